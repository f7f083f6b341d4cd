package app.symetrie.barometer;

import app.symetrie.common.Unrestricted;
import app.symetrie.barometer.internal.QuestionnaireDocument;
import app.symetrie.barometer.internal.QuestionnaireRepository;
import app.symetrie.common.UserFacingException;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * The versioned questionnaire. The first call on an empty store saves the default questionnaire as version 1.
 * Saving an edit never changes a version: it creates the next one, and open waves keep theirs.
 */
@Service
public class QuestionnaireService implements BarometerCatalog {

    private final QuestionnaireRepository repository;
    private final Clock clock;

    QuestionnaireService(QuestionnaireRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    @Unrestricted("The questionnaire is reference data, shown to every respondent (survey links and kiosk included)")
    public Questionnaire current() {
        return repository.findTopByOrderByVersionDesc().map(QuestionnaireDocument::body).orElseGet(() -> {
            Questionnaire first = DefaultQuestionnaire.version1();
            try {
                repository.insert(new QuestionnaireDocument(1, clock.instant(), "system", first));
            } catch (DuplicateKeyException alreadySavedByAnotherCall) {
                return repository.findById(1).orElseThrow().body();
            }
            return first;
        });
    }

    @Unrestricted("The questionnaire is reference data, shown to every respondent (survey links and kiosk included)")
    public Questionnaire version(int version) {
        return repository.findById(version).map(QuestionnaireDocument::body)
                .orElseThrow(() -> new IllegalStateException("questionnaire version " + version + " is missing"));
    }

    /**
     * Saves an edited questionnaire as a new version.
     *
     * @param basedOn the version the editor started from: if someone saved meanwhile, the edit is refused rather
     *                than silently overwriting their change
     */
    @PreAuthorize("hasRole('LEAD')")
    public Questionnaire saveNewVersion(Questionnaire edited, int basedOn) {
        int latest = current().version();
        if (latest != basedOn) {
            throw new UserFacingException("error.questionnaire.changed-meanwhile", latest);
        }
        Questionnaire next = edited.withVersion(latest + 1);
        String author = Objects.requireNonNull(SecurityContextHolder.getContext().getAuthentication(),
                "only a signed-in lead gets here").getName();
        try {
            repository.insert(new QuestionnaireDocument(next.version(), clock.instant(), author, next));
        } catch (DuplicateKeyException e) {
            throw new UserFacingException("error.questionnaire.changed-meanwhile", latest + 1);
        }
        return next;
    }

    @Override
    @Unrestricted("The questionnaire is reference data, shown to every respondent (survey links and kiosk included)")
    public List<CatalogItem> tools() {
        return current().tools();
    }

    @Override
    @Unrestricted("The questionnaire is reference data, shown to every respondent (survey links and kiosk included)")
    public List<CatalogItem> painPoints() {
        return current().painPoints();
    }
}
