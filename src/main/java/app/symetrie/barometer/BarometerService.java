package app.symetrie.barometer;

import app.symetrie.barometer.internal.AnswerDocument;
import app.symetrie.barometer.internal.CommentDocument;
import app.symetrie.barometer.internal.ParticipationDocument;
import app.symetrie.common.Ids;
import app.symetrie.common.UserFacingException;
import app.symetrie.organization.EmployeeId;
import app.symetrie.security.CurrentUser;
import app.symetrie.security.SignedInUser;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Answering the barometer. The answer is stored without any link to its author (PRODUCT.md): a random id, the
 * person's department and team, the wave and the day; the comment apart; the participation record only says "done".
 * Submitting is once per wave: the participation record is claimed atomically first, so two submits at the same
 * instant store exactly one answer.
 */
@Service
public class BarometerService {

    private final MongoTemplate mongo;
    private final CampaignService campaigns;
    private final QuestionnaireService questionnaires;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    BarometerService(MongoTemplate mongo, CampaignService campaigns, QuestionnaireService questionnaires,
                     ApplicationEventPublisher events, Clock clock) {
        this.mongo = mongo;
        this.campaigns = campaigns;
        this.questionnaires = questionnaires;
        this.events = events;
        this.clock = clock;
    }

    /** The signed-in person's barometer: what to answer, or that they did, or when the next wave opens. */
    @PreAuthorize("isAuthenticated()")
    public MyBarometer mine() {
        SignedInUser user = CurrentUser.require();
        List<Wave> open = campaigns.openWaves().stream().sorted(Comparator.comparing(Wave::opensOn)).toList();
        if (user.employeeId() != null) {
            // A wave still awaiting their answer comes first; then one they answered.
            Wave answered = null;
            for (Wave wave : open) {
                Optional<ParticipationDocument> participation = participation(wave.id(), user.employeeId());
                if (participation.isPresent() && !participation.get().done()) {
                    return new MyBarometer(MyBarometer.State.TO_ANSWER, wave,
                            questionnaires.version(wave.questionnaireVersion()), null);
                }
                if (participation.isPresent() && answered == null) {
                    answered = wave;
                }
            }
            if (answered != null) {
                return new MyBarometer(MyBarometer.State.ANSWERED, answered, null, null);
            }
        }
        if (!open.isEmpty()) {
            return new MyBarometer(MyBarometer.State.NOT_INVITED, open.getFirst(), null, null);
        }
        LocalDate next = campaigns.campaigns().stream().map(campaigns::nextOpening).flatMap(Optional::stream)
                .min(Comparator.naturalOrder()).orElse(null);
        return new MyBarometer(MyBarometer.State.NO_OPEN_WAVE, null, null, next);
    }

    private Optional<ParticipationDocument> participation(WaveId wave, EmployeeId employee) {
        return Optional.ofNullable(mongo.findOne(Query.query(Criteria.where("waveId").is(wave.value())
                .and("employeeId").is(employee.value())), ParticipationDocument.class));
    }

    /**
     * Stores the signed-in person's answer to an open wave, once.
     *
     * @throws AnswerRejected      when required answers are missing (nothing is written)
     * @throws UserFacingException when the wave is closed or not yet open, the person already answered or was not
     *                             invited, or a value was tampered with
     */
    @PreAuthorize("isAuthenticated()")
    public void submit(WaveId waveId, AnswerForm form) {
        SignedInUser user = CurrentUser.require();
        if (user.employeeId() == null) {
            throw new UserFacingException("barometer.error.not-invited");
        }
        Wave wave = campaigns.wave(waveId).orElseThrow(() -> new UserFacingException("barometer.error.closed"));
        LocalDate today = LocalDate.now(clock);
        if (today.isBefore(wave.opensOn()) || wave.status() == WaveStatus.OPENING) {
            throw new UserFacingException("barometer.error.not-yet-open");
        }
        if (!wave.acceptsAnswersOn(today)) {
            throw new UserFacingException("barometer.error.closed");
        }
        AnswerValidator.validate(questionnaires.version(wave.questionnaireVersion()), form);

        ParticipationDocument claimed = mongo.findAndModify(
                Query.query(Criteria.where("waveId").is(waveId.value())
                        .and("employeeId").is(user.employeeId().value()).and("done").is(false)),
                new Update().set("done", true), ParticipationDocument.class);
        if (claimed == null) {
            boolean invited = participation(waveId, user.employeeId()).isPresent();
            throw new UserFacingException(invited ? "barometer.error.already-answered" : "barometer.error.not-invited");
        }
        AnswerDocument answer = toDocument(wave, claimed, form, today);
        try {
            mongo.insert(answer);
            if (form.comment() != null && !form.comment().isBlank()) {
                mongo.insert(new CommentDocument(Ids.random(), wave.id().value(), claimed.departmentId(),
                        form.comment().strip()));
            }
        } catch (RuntimeException e) {
            // Give the person their answer back rather than marking them done without an answer.
            mongo.updateFirst(Query.query(Criteria.where("_id").is(claimed.id())), new Update().set("done", false),
                    ParticipationDocument.class);
            mongo.remove(Query.query(Criteria.where("_id").is(answer.id())), AnswerDocument.class);
            throw e;
        }
        events.publishEvent(new AnswerSubmitted(answer.id(), wave.id(), claimed.departmentId(), claimed.teamId()));
    }

    static AnswerDocument toDocument(Wave wave, ParticipationDocument who, AnswerForm form, LocalDate day) {
        List<AnswerDocument.Score> scores = form.scores().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> new AnswerDocument.Score(e.getKey(), e.getValue())).toList();
        List<AnswerDocument.ToolAnswer> tools = form.tools().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> new AnswerDocument.ToolAnswer(e.getKey(), e.getValue().frequency(), e.getValue().comfort()))
                .toList();
        return new AnswerDocument(Ids.random(), wave.id().value(), who.departmentId(), who.teamId(), day,
                wave.questionnaireVersion(), scores, tools, form.painPoints().stream().sorted().toList(),
                form.recommend());
    }
}
