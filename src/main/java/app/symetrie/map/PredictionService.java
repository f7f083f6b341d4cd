package app.symetrie.map;

import app.symetrie.barometer.CampaignService;
import app.symetrie.barometer.CatalogItem;
import app.symetrie.barometer.Dimension;
import app.symetrie.barometer.Questionnaire;
import app.symetrie.barometer.QuestionnaireService;
import app.symetrie.barometer.Wave;
import app.symetrie.barometer.WaveId;
import app.symetrie.common.AppMessages;
import app.symetrie.common.InvalidValueException;
import app.symetrie.common.PublicUrl;
import app.symetrie.common.Role;
import app.symetrie.common.Unrestricted;
import app.symetrie.common.UserFacingException;
import app.symetrie.mail.MailService;
import app.symetrie.map.internal.PredictionDocument;
import app.symetrie.map.internal.PredictionReminderDocument;
import app.symetrie.organization.Department;
import app.symetrie.organization.DepartmentId;
import app.symetrie.organization.Employee;
import app.symetrie.organization.OrganizationService;
import app.symetrie.security.CurrentUser;
import app.symetrie.security.SignedInUser;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Managers' predictions. While a wave is open, each manager predicts for their own department (a lead for the
 * company); the prediction may be changed until the wave stops taking answers, and is locked from then on — so that it
 * is a prediction, made before anyone has seen the results. Managers who have not predicted a few days before the
 * close get one reminder e-mail.
 */
@Service
public class PredictionService {

    private static final Logger log = LoggerFactory.getLogger(PredictionService.class);
    /** Reminders go to managers who have not predicted once the wave is this close to its last day. */
    static final int REMIND_DAYS_BEFORE_CLOSE = 3;
    static final String COMPANY = "company";

    /**
     * A prediction a person may make (or has made) in an open wave.
     *
     * @param department null: the company's (a lead's)
     * @param current    what they predicted so far, if anything
     */
    public record Target(WaveId waveId, String campaignName, LocalDate closesOn, @Nullable DepartmentId department,
                         String unitName, Questionnaire questionnaire, @Nullable Prediction current) {
    }

    private final CampaignService campaigns;
    private final QuestionnaireService questionnaires;
    private final OrganizationService organization;
    private final MongoTemplate mongo;
    private final MailService mail;
    private final PublicUrl publicUrl;
    private final Clock clock;

    PredictionService(CampaignService campaigns, QuestionnaireService questionnaires, OrganizationService organization,
                      MongoTemplate mongo, MailService mail, PublicUrl publicUrl, Clock clock) {
        this.campaigns = campaigns;
        this.questionnaires = questionnaires;
        this.organization = organization;
        this.mongo = mongo;
        this.mail = mail;
        this.publicUrl = publicUrl;
        this.clock = clock;
    }

    /** The signed-in person's employee record when it carries the manager flag (a manager predicts their department). */
    private Optional<Employee> managerRecord(SignedInUser user) {
        if (user.employeeId() == null) {
            return Optional.empty();
        }
        return organization.employee(user.employeeId()).filter(e -> e.manager() && e.active());
    }

    private static String predictorId(SignedInUser user) {
        return user.employeeId() != null ? user.employeeId().value() : user.email();
    }

    private static String id(WaveId wave, String predictor, @Nullable DepartmentId department) {
        return wave.value() + "|" + predictor + "|" + (department == null ? COMPANY : department.value());
    }

    /** The predictions the signed-in person may make now: their department's, and the company's for a lead. */
    @PreAuthorize("hasRole('MANAGER')")
    public List<Target> targets() {
        SignedInUser user = CurrentUser.require();
        LocalDate today = LocalDate.now(clock);
        Optional<Employee> manager = managerRecord(user);
        List<Target> targets = new ArrayList<>();
        for (Wave wave : campaigns.openWaves()) {
            if (!wave.acceptsAnswersOn(today)) {
                continue;
            }
            Questionnaire q = questionnaires.version(wave.questionnaireVersion());
            if (manager.isPresent() && wave.invited().containsKey(manager.get().departmentId().value())) {
                DepartmentId department = manager.get().departmentId();
                String name = organization.department(department).map(Department::name).orElse(department.value());
                targets.add(new Target(wave.id(), wave.campaignName(), wave.closesOn(), department, name, q,
                        find(wave.id(), predictorId(user), department)));
            }
            if (user.has(Role.LEAD)) {
                targets.add(new Target(wave.id(), wave.campaignName(), wave.closesOn(), null, "", q,
                        find(wave.id(), predictorId(user), null)));
            }
        }
        return targets;
    }

    private @Nullable Prediction find(WaveId wave, String predictor, @Nullable DepartmentId department) {
        PredictionDocument d = mongo.findById(id(wave, predictor, department), PredictionDocument.class);
        return d == null ? null : toPrediction(d);
    }

    private static Prediction toPrediction(PredictionDocument d) {
        return new Prediction(d.dimensions(), Set.copyOf(d.painPoints()), d.moments());
    }

    /**
     * Saves (or replaces) the signed-in person's prediction for their department (null: the company's, a lead's),
     * while the wave takes answers.
     *
     * @throws UserFacingException   when the wave no longer takes answers: the prediction is locked
     * @throws InvalidValueException when a dimension or a moment is not predicted, or a code is not of the wave
     */
    @PreAuthorize("hasRole('MANAGER')")
    public void save(WaveId waveId, @Nullable DepartmentId department, Prediction prediction) {
        SignedInUser user = CurrentUser.require();
        Wave wave = campaigns.wave(waveId).orElseThrow(() -> new UserFacingException("map.error.unknown-wave"));
        if (department == null) {
            if (!user.has(Role.LEAD)) {
                throw new AccessDeniedException("only a lead predicts for the company");
            }
        } else {
            Employee manager = managerRecord(user).filter(e -> e.departmentId().equals(department))
                    .orElseThrow(() -> new AccessDeniedException("a manager predicts for their own department only"));
            if (!wave.invited().containsKey(manager.departmentId().value())) {
                throw new UserFacingException("map.error.unknown-wave");
            }
        }
        if (!wave.acceptsAnswersOn(LocalDate.now(clock))) {
            throw new UserFacingException("map.error.locked");
        }
        requireComplete(questionnaires.version(wave.questionnaireVersion()), prediction);
        String predictor = predictorId(user);
        mongo.save(new PredictionDocument(id(waveId, predictor, department), waveId.value(),
                department == null ? null : department.value(), predictor, user.displayName(),
                prediction.dimensions(), prediction.painPoints().stream().sorted().toList(), prediction.moments(),
                clock.instant()));
    }

    /** Every dimension and every journey moment of the wave predicted, nothing else; pain points of the wave. */
    static void requireComplete(Questionnaire q, Prediction p) {
        Set<String> dimensions = q.dimensions().stream().map(Dimension::code).collect(Collectors.toSet());
        Set<String> moments = q.moments().stream().map(CatalogItem::code).collect(Collectors.toSet());
        Set<String> pains = q.painPoints().stream().map(CatalogItem::code).collect(Collectors.toSet());
        if (!p.dimensions().keySet().equals(dimensions)) {
            throw new InvalidValueException("dimensions", "map.error.every-dimension");
        }
        if (!p.moments().keySet().equals(moments)) {
            throw new InvalidValueException("moments", "map.error.every-moment");
        }
        if (!pains.containsAll(p.painPoints())) {
            throw new InvalidValueException("painPoints", "map.error.unknown-pain");
        }
    }

    /** The predictions made for a department (null: the company) in a wave. */
    List<PredictionDocument> predictions(WaveId waveId, @Nullable DepartmentId department) {
        return mongo.find(Query.query(Criteria.where("waveId").is(waveId.value()).and("departmentId")
                .is(department == null ? null : department.value())), PredictionDocument.class).stream()
                .sorted(Comparator.comparing(PredictionDocument::predictorName)).toList();
    }

    /** The active managers of a department who have not predicted in the wave, by name. */
    List<Employee> missing(WaveId waveId, DepartmentId department) {
        Set<String> predicted = predictions(waveId, department).stream().map(PredictionDocument::predictorId)
                .collect(Collectors.toSet());
        return organization.workforce(Set.of(department)).stream()
                .filter(e -> e.manager() && e.active() && e.departmentId().equals(department)
                        && !predicted.contains(e.id().value()))
                .sorted(Comparator.comparing(Employee::lastName).thenComparing(Employee::firstName)).toList();
    }

    /**
     * Every department's managers who have not predicted an open wave yet, for a lead following the exercise:
     * department name → managers' names.
     */
    @PreAuthorize("hasRole('LEAD')")
    public Map<String, List<String>> missingInOpenWave(WaveId waveId) {
        Wave wave = campaigns.wave(waveId).orElseThrow(() -> new UserFacingException("map.error.unknown-wave"));
        Map<String, List<String>> result = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (Department d : organization.departments()) {
            if (wave.invited().containsKey(d.id().value())) {
                List<String> names = missing(waveId, d.id()).stream().map(e -> e.firstName() + " " + e.lastName())
                        .toList();
                if (!names.isEmpty()) {
                    result.put(d.name(), names);
                }
            }
        }
        return result;
    }

    /** A prediction of the demo company, stored as given, whatever the wave's state. */
    public record Seeded(WaveId waveId, @Nullable DepartmentId department, Employee predictor, Prediction prediction) {
    }

    /** System work (demo company): stores predictions as given, in bulk — closed waves included. */
    @PreAuthorize("hasRole('ADMIN')")
    public void importDemo(List<Seeded> seeded) {
        List<PredictionDocument> docs = seeded.stream().map(s -> new PredictionDocument(
                id(s.waveId(), s.predictor().id().value(), s.department()), s.waveId().value(),
                s.department() == null ? null : s.department().value(), s.predictor().id().value(),
                s.predictor().firstName() + " " + s.predictor().lastName(), s.prediction().dimensions(),
                s.prediction().painPoints().stream().sorted().toList(), s.prediction().moments(), clock.instant()))
                .toList();
        mongo.insertAll(docs);
    }

    /**
     * Sends the one reminder to each manager who has not predicted an open wave that closes within
     * {@link #REMIND_DAYS_BEFORE_CLOSE} days. Each is claimed before it goes (a unique document), so two runs or two
     * instances never send it twice; a crash between the claim and the send loses that reminder.
     *
     * @return reminders sent
     */
    @Unrestricted("scheduled work, run by PredictionReminders as the system")
    public int remind(LocalDate today) {
        int sent = 0;
        for (Wave wave : campaigns.openWaves()) {
            if (!wave.acceptsAnswersOn(today) || today.isBefore(wave.closesOn().minusDays(REMIND_DAYS_BEFORE_CLOSE))) {
                continue;
            }
            Set<DepartmentId> departments = new HashSet<>();
            wave.invited().keySet().forEach(id -> departments.add(new DepartmentId(id)));
            for (DepartmentId department : departments) {
                for (Employee manager : missing(wave.id(), department)) {
                    try {
                        mongo.insert(new PredictionReminderDocument(wave.id().value() + "|" + manager.id().value(),
                                wave.id().value(), manager.id().value(), clock.instant()));
                    } catch (DuplicateKeyException alreadyReminded) {
                        continue;
                    }
                    mail.send(manager.email(), AppMessages.get(manager.locale(), "mail.prediction.subject"),
                            AppMessages.get(manager.locale(), "mail.prediction.body", manager.firstName(),
                                    wave.campaignName(), wave.closesOn().toString(), publicUrl.get() + "/map/predict"),
                            "prediction:" + wave.id().value());
                    sent++;
                }
            }
        }
        if (sent > 0) {
            log.info("Prediction reminders sent: {}", sent);
        }
        return sent;
    }
}
