package app.symetrie.barometer;

import app.symetrie.barometer.internal.ParticipationDocument;
import app.symetrie.barometer.internal.WaveDocument;
import app.symetrie.common.AppMessages;
import app.symetrie.organization.Employee;
import app.symetrie.organization.EmployeeId;
import app.symetrie.organization.OrganizationService;
import app.symetrie.mail.MailService;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * Reminds non-respondents by e-mail on the campaign's reminder days (in their language), with their personal survey
 * link. Nobody who answered is reminded, nor anyone whose invitation has not gone yet. A reminder day is claimed
 * atomically on the wave, so it is sent once even with several instances; a reminder day that passed while the
 * application was down is caught up at the next run — once, however many days were missed.
 */
@Service
class ReminderService {

    private static final Logger log = LoggerFactory.getLogger(ReminderService.class);

    private final MongoTemplate mongo;
    private final CampaignService campaigns;
    private final OrganizationService organization;
    private final MailService mail;
    private final Invitations invitations;

    ReminderService(MongoTemplate mongo, CampaignService campaigns, OrganizationService organization,
                    MailService mail, Invitations invitations) {
        this.invitations = invitations;
        this.mongo = mongo;
        this.campaigns = campaigns;
        this.organization = organization;
        this.mail = mail;
    }

    /** @return how many reminders were sent */
    int remind(LocalDate today) {
        int sent = 0;
        for (Wave wave : campaigns.openWaves()) {
            Campaign campaign = campaigns.campaign(wave.campaignId()).orElse(null);
            if (campaign == null || !wave.acceptsAnswersOn(today)) {
                continue;
            }
            List<LocalDate> due = dueDays(campaign, wave, today);
            if (due.isEmpty() || !claim(wave, due)) {
                continue;
            }
            sent += remindNonRespondents(wave, today);
        }
        return sent;
    }

    /** The outbox tag of a wave's reminders, forgotten when the wave closes (they list who had not answered). */
    static String tag(WaveId wave) {
        return "reminder:" + wave.value();
    }

    /** The wave's reminder days up to {@code today}, oldest first. */
    static List<LocalDate> dueDays(Campaign campaign, Wave wave, LocalDate today) {
        return campaign.reminderDays().stream().sorted().map(d -> wave.opensOn().plusDays(d))
                .filter(day -> !day.isAfter(today)).toList();
    }

    /**
     * Claims the latest due reminder day (and every earlier one with it): only the run whose update finds it not yet
     * sent reminds. Earlier days missed during downtime are not sent on top — one reminder catches up.
     */
    private boolean claim(Wave wave, List<LocalDate> due) {
        return mongo.findAndModify(Query.query(Criteria.where("_id").is(wave.id().value())
                        .and("remindersSent").ne(due.getLast())),
                new Update().addToSet("remindersSent").each(due.toArray()),
                FindAndModifyOptions.options().returnNew(true), WaveDocument.class) != null;
    }

    private int remindNonRespondents(Wave wave, LocalDate today) {
        List<ParticipationDocument> pending = mongo.find(Query.query(Criteria.where("waveId").is(wave.id().value())
                .and("done").is(false).and("invited").is(true)), ParticipationDocument.class);
        Map<String, Employee> people = organization.employees(pending.stream()
                        .map(p -> new EmployeeId(p.employeeId())).toList()).stream()
                .filter(Employee::active) // a person who left is not reminded
                .collect(Collectors.toMap(e -> e.id().value(), Function.identity()));
        for (ParticipationDocument participation : pending) {
            Employee person = people.get(participation.employeeId());
            if (person == null) {
                continue;
            }
            mail.send(person.email(),
                    AppMessages.get(person.locale(), "mail.reminder.subject"),
                    AppMessages.get(person.locale(), "mail.reminder.body", person.firstName(),
                            Invitations.closes(wave, person), invitations.link(participation)),
                    tag(wave.id()));
        }
        mongo.updateMulti(Query.query(Criteria.where("_id").in(pending.stream().map(ParticipationDocument::id)
                .toList())), new Update().addToSet("reminded", today), ParticipationDocument.class);
        log.info("Reminded {} people who had not answered wave {} of {}", people.size(), wave.slot(),
                wave.campaignName());
        return people.size();
    }
}
