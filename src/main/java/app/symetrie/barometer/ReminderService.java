package app.symetrie.barometer;

import app.symetrie.barometer.internal.ParticipationDocument;
import app.symetrie.barometer.internal.WaveDocument;
import app.symetrie.common.AppMessages;
import app.symetrie.organization.Employee;
import app.symetrie.organization.EmployeeId;
import app.symetrie.organization.OrganizationService;
import app.symetrie.mail.MailService;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * Reminds non-respondents by e-mail on the campaign's reminder days (in their language). Nobody who answered is
 * reminded; a wave's reminder day is claimed atomically, so it is sent once even with several instances.
 */
@Service
class ReminderService {

    private static final Logger log = LoggerFactory.getLogger(ReminderService.class);

    private final MongoTemplate mongo;
    private final CampaignService campaigns;
    private final OrganizationService organization;
    private final MailService mail;

    ReminderService(MongoTemplate mongo, CampaignService campaigns, OrganizationService organization,
                    MailService mail) {
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
            int day = (int) ChronoUnit.DAYS.between(wave.opensOn(), today);
            if (!campaign.reminderDays().contains(day) || !claim(wave, today)) {
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

    private boolean claim(Wave wave, LocalDate today) {
        return mongo.findAndModify(Query.query(Criteria.where("_id").is(wave.id().value())
                        .and("remindersSent").ne(today)),
                new Update().addToSet("remindersSent", today), FindAndModifyOptions.options().returnNew(true),
                WaveDocument.class) != null;
    }

    private int remindNonRespondents(Wave wave, LocalDate today) {
        List<ParticipationDocument> pending = mongo.find(Query.query(Criteria.where("waveId").is(wave.id().value())
                .and("done").is(false)), ParticipationDocument.class);
        List<Employee> people = organization.employees(pending.stream()
                .map(p -> new EmployeeId(p.employeeId())).toList());
        for (Employee person : people) {
            String closes = wave.closesOn().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                    .withLocale(person.locale()));
            mail.send(person.email(),
                    AppMessages.get(person.locale(), "mail.reminder.subject"),
                    AppMessages.get(person.locale(), "mail.reminder.body", person.firstName(), closes),
                    tag(wave.id()));
        }
        mongo.updateMulti(Query.query(Criteria.where("waveId").is(wave.id().value()).and("done").is(false)),
                new Update().addToSet("reminded", today), ParticipationDocument.class);
        log.info("Reminded {} people who had not answered wave {} of {}", people.size(), wave.slot(),
                wave.campaignName());
        return people.size();
    }
}
