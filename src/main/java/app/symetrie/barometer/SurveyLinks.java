package app.symetrie.barometer;

import app.symetrie.barometer.internal.ParticipationDocument;
import app.symetrie.barometer.internal.Tokens;
import app.symetrie.common.UserFacingException;
import app.symetrie.organization.Employee;
import app.symetrie.organization.EmployeeId;
import app.symetrie.organization.OrganizationService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Answering through a personal survey link, without signing in (docs/decisions/013-survey-links-and-kiosk.md). The
 * link is a bearer token for one thing only: answering its wave once, as its participation. It opens no session,
 * grants no role and shows nothing else; it is looked up by its hash, spent by the same atomic claim as a signed-in
 * submit (so one answer per participation, whichever way in), and it never reaches the ballot: the ballot holds the
 * department and team, as for any answer. Its hash goes with the participation records when the wave closes.
 */
@Service
public class SurveyLinks {

    private final MongoTemplate mongo;
    private final BarometerService barometer;
    private final CampaignService campaigns;
    private final QuestionnaireService questionnaires;
    private final OrganizationService organization;
    private final WayInGuard guard;
    private final Clock clock;

    SurveyLinks(MongoTemplate mongo, BarometerService barometer, CampaignService campaigns,
                QuestionnaireService questionnaires, OrganizationService organization, WayInGuard guard, Clock clock) {
        this.guard = guard;
        this.mongo = mongo;
        this.barometer = barometer;
        this.campaigns = campaigns;
        this.questionnaires = questionnaires;
        this.organization = organization;
        this.clock = clock;
    }

    /**
     * What the link opens. Anyone holding a link may ask; an unknown one learns that it does not work, nothing more.
     * A client that had too many links refused lately is told so before anything is looked up (decision 017).
     *
     * @param client the client's address, for the throttle (it is never stored in clear)
     */
    @PreAuthorize("permitAll()")
    public AnonymousSurvey open(String token, String client) {
        if (!guard.admits(WayInGuard.Way.LINK, client)) {
            return AnonymousSurvey.throttled();
        }
        Optional<ParticipationDocument> found = find(token);
        if (found.isEmpty()) {
            return refused(client, AnonymousSurvey.invalid());
        }
        ParticipationDocument participation = found.get();
        Optional<Employee> person = person(participation);
        Optional<Wave> wave = campaigns.wave(new WaveId(participation.waveId()))
                .filter(w -> w.status() == WaveStatus.OPEN && w.acceptsAnswersOn(LocalDate.now(clock)));
        if (person.isEmpty() || wave.isEmpty()) {
            return refused(client, AnonymousSurvey.invalid());
        }
        if (participation.done() && !participation.kiosk()) {
            // In the visitor's language, not the invited person's: a spent link tells nothing of whose it was
            return refused(client, AnonymousSurvey.used(null));
        }
        return new AnonymousSurvey(AnonymousSurvey.State.TO_ANSWER, wave.get(),
                questionnaires.version(wave.get().questionnaireVersion()), person.get().locale(),
                ServiceStatements.offeredTo(organization.departments(), participation.departmentId()));
    }

    private AnonymousSurvey refused(String client, AnonymousSurvey survey) {
        guard.refused(WayInGuard.Way.LINK, client, survey.state() == AnonymousSurvey.State.USED ? "used" : "invalid");
        return survey;
    }

    /**
     * Answers the link's wave, once: the link is spent when this returns. Nothing is recorded of an answer that goes
     * through; a refusal is counted and recorded for the client (decision 017).
     *
     * @param client the client's address, for the throttle
     * @throws AnswerRejected      when required answers are missing (nothing is written, the link still works)
     * @throws UserFacingException when the link is unknown or its wave closed, or it was already used, or this
     *                             client had too many links refused lately
     */
    @PreAuthorize("permitAll()")
    public void submit(String token, String client, AnswerForm form) {
        if (!guard.admits(WayInGuard.Way.LINK, client)) {
            throw new UserFacingException("survey-link.error.throttled");
        }
        Optional<ParticipationDocument> found = find(token).filter(p -> person(p).isPresent());
        if (found.isEmpty()) {
            guard.refused(WayInGuard.Way.LINK, client, "invalid");
            throw new UserFacingException("survey-link.error.invalid");
        }
        ParticipationDocument participation = found.get();
        WaveId waveId = new WaveId(participation.waveId());
        Wave wave = barometer.accepting(waveId, form);
        ParticipationDocument claimed = barometer.claimOwn(participation.waveId(), participation.employeeId());
        if (claimed == null) {
            boolean open = barometer.stillOpen(waveId);
            guard.refused(WayInGuard.Way.LINK, client, open ? "used" : "invalid");
            throw new UserFacingException(open ? "survey-link.error.used" : "barometer.error.closed");
        }
        barometer.cast(wave, claimed, claimed.teamId(), form, () -> barometer.unclaim(claimed));
    }

    private Optional<ParticipationDocument> find(String token) {
        if (!Tokens.looksLikeLinkToken(token)) {
            return Optional.empty();
        }
        return Optional.ofNullable(mongo.findOne(Query.query(Criteria.where("linkHash").is(Tokens.hash(token))),
                ParticipationDocument.class));
    }

    /** The invited person, if still in the organization: a person who left has no way in, not even their link. */
    private Optional<Employee> person(ParticipationDocument participation) {
        List<Employee> found = organization.employees(List.of(new EmployeeId(participation.employeeId())));
        return found.stream().filter(Employee::active).findFirst();
    }
}
