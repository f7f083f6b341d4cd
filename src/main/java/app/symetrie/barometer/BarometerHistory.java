package app.symetrie.barometer;

import app.symetrie.barometer.internal.AnswerDocument;
import app.symetrie.barometer.internal.CommentDocument;
import app.symetrie.barometer.internal.ParticipationDocument;
import app.symetrie.barometer.internal.WaveDocument;
import app.symetrie.common.Ids;
import app.symetrie.common.UserFacingException;
import app.symetrie.organization.DepartmentId;
import app.symetrie.organization.EmployeeId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Loads a barometer history in bulk — past waves and their answers — for the demo company (and, later, an import
 * of a previous tool's results). Answers go through the same validation and the same anonymous storage as
 * answers given in the app: each one claims one participation of its department.
 */
@Service
public class BarometerHistory {

    private final MongoTemplate mongo;
    private final CampaignService campaigns;
    private final QuestionnaireService questionnaires;
    private final ApplicationEventPublisher events;

    BarometerHistory(MongoTemplate mongo, CampaignService campaigns, QuestionnaireService questionnaires,
                     ApplicationEventPublisher events) {
        this.mongo = mongo;
        this.campaigns = campaigns;
        this.questionnaires = questionnaires;
        this.events = events;
    }

    /** Opens the wave of a schedule slot with the schedule's dates (past or present), inviting today's workforce. */
    @PreAuthorize("hasRole('ADMIN')")
    public Wave openSlot(CampaignId campaignId, int slot) {
        Campaign campaign = campaigns.campaign(campaignId)
                .orElseThrow(() -> new UserFacingException("error.campaign.unknown"));
        LocalDate opensOn = campaign.cadence().opening(campaign.firstOpening(), slot);
        return campaigns.open(campaign, slot, opensOn, opensOn.plusDays(campaign.waveLengthDays() - 1L));
    }

    /**
     * Records answers of one department: each claims a pending participation of that department (never one of
     * {@code excluded}); stops when none is left.
     *
     * @return how many answers were stored
     */
    @PreAuthorize("hasRole('ADMIN')")
    public int recordAnswers(WaveId waveId, DepartmentId department, List<AnswerForm> answers,
                             Set<EmployeeId> excluded, List<LocalDate> days) {
        Wave wave = campaigns.wave(waveId).orElseThrow(() -> new UserFacingException("error.wave.unknown"));
        Questionnaire questionnaire = questionnaires.version(wave.questionnaireVersion());
        answers.forEach(a -> AnswerValidator.validate(questionnaire, a));
        Query pending = Query.query(Criteria.where("waveId").is(waveId.value())
                .and("departmentId").is(department.value()).and("done").is(false)
                .and("employeeId").nin(excluded.stream().map(EmployeeId::value).toList())).limit(answers.size());
        List<ParticipationDocument> claimed = mongo.find(pending, ParticipationDocument.class);
        mongo.updateMulti(Query.query(Criteria.where("_id").in(claimed.stream().map(ParticipationDocument::id)
                .toList())), new Update().set("done", true), ParticipationDocument.class);
        List<AnswerDocument> documents = new ArrayList<>();
        List<CommentDocument> comments = new ArrayList<>();
        for (int i = 0; i < claimed.size(); i++) {
            AnswerForm form = answers.get(i);
            documents.add(BarometerService.toDocument(wave, claimed.get(i), form, days.get(i % days.size())));
            if (form.comment() != null && !form.comment().isBlank()) {
                comments.add(new CommentDocument(Ids.random(), waveId.value(), department.value(),
                        form.comment().strip()));
            }
        }
        mongo.insertAll(documents);
        mongo.insertAll(comments);
        return documents.size();
    }

    /** Tells the boards that a wave's answers were loaded in bulk, once all its departments are recorded. */
    @PreAuthorize("hasRole('ADMIN')")
    public void finishLoading(WaveId waveId) {
        events.publishEvent(new AnswersImported(waveId));
    }

    @PreAuthorize("hasRole('ADMIN')")
    public void close(WaveId waveId) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(waveId.value())),
                new Update().set("status", WaveStatus.CLOSED), WaveDocument.class);
    }
}
