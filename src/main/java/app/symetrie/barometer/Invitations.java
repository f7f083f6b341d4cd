package app.symetrie.barometer;

import app.symetrie.common.PublicUrl;
import app.symetrie.barometer.internal.BallotSeal;
import app.symetrie.barometer.internal.ParticipationDocument;
import app.symetrie.barometer.internal.Tokens;
import app.symetrie.barometer.internal.WaveDocument;
import app.symetrie.common.AppMessages;
import app.symetrie.mail.MailService;
import app.symetrie.organization.Employee;
import app.symetrie.organization.EmployeeId;
import app.symetrie.organization.OrganizationService;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Sends each invited person of an open wave their invitation e-mail, in their language, with their personal survey
 * link (docs/decisions/013-survey-links-and-kiosk.md). Run by the scheduler: each participation's {@code invited}
 * flag is claimed atomically just before its e-mail goes, so a second run, a second instance or a run after a crash
 * never sends one twice and goes on where the last one stopped. A crash between the claim and the sending loses that
 * one invitation (at most one per crash); the reminders carry the same link.
 */
@Component
class Invitations {

    private static final Logger log = LoggerFactory.getLogger(Invitations.class);
    private static final int BATCH = 200;

    private final MongoTemplate mongo;
    private final CampaignService campaigns;
    private final OrganizationService organization;
    private final MailService mail;
    private final BallotSeal seal;
    private final PublicUrl publicUrl;

    Invitations(MongoTemplate mongo, CampaignService campaigns, OrganizationService organization, MailService mail,
                BallotSeal seal, PublicUrl publicUrl) {
        this.mongo = mongo;
        this.campaigns = campaigns;
        this.organization = organization;
        this.mail = mail;
        this.seal = seal;
        this.publicUrl = publicUrl;
    }

    /** The outbox tag of a wave's invitations, forgotten when the wave closes (with its reminders). */
    static String tag(WaveId wave) {
        return "invitation:" + wave.value();
    }

    /** The personal survey link of a participation: the same in the invitation and in every reminder. */
    String link(ParticipationDocument participation) {
        return publicUrl.get() + "/answer/" + seal.linkToken(participation.id());
    }

    /** @return how many invitations were sent, over every open wave */
    int send(LocalDate today) {
        int sent = 0;
        for (Wave wave : campaigns.openWaves()) {
            if (wave.acceptsAnswersOn(today)) {
                sent += send(wave, today, Integer.MAX_VALUE);
            }
        }
        return sent;
    }

    /** Sends at most {@code limit} of a wave's invitations not sent yet (the limit stands for a run cut short). */
    int send(Wave wave, LocalDate today, int limit) {
        int sent = 0;
        while (sent < limit) {
            List<ParticipationDocument> batch = mongo.find(Query.query(Criteria.where("waveId").is(wave.id().value())
                    .and("invited").ne(true).and("done").is(false)).limit(Math.min(BATCH, limit - sent)),
                    ParticipationDocument.class);
            if (batch.isEmpty()) {
                break;
            }
            Map<String, Employee> people = organization.employees(batch.stream()
                            .map(p -> new EmployeeId(p.employeeId())).toList()).stream()
                    .filter(Employee::active) // a person who left is not invited
                    .collect(Collectors.toMap(e -> e.id().value(), Function.identity()));
            for (ParticipationDocument participation : batch) {
                // The claim: only the run that flips the flag sends (the hash is set too, for records made before
                // survey links existed — the same value every time).
                ParticipationDocument claimed = mongo.findAndModify(Query.query(Criteria.where("_id")
                                .is(participation.id()).and("invited").ne(true)),
                        new Update().set("invited", true)
                                .set("linkHash", Tokens.hash(seal.linkToken(participation.id()))),
                        ParticipationDocument.class);
                Employee person = people.get(participation.employeeId());
                if (claimed == null || person == null) {
                    continue; // another run sent it, or the person left the organization
                }
                mail.send(person.email(), AppMessages.get(person.locale(), "mail.invitation.subject"),
                        AppMessages.get(person.locale(), "mail.invitation.body", person.firstName(),
                                closes(wave, person), link(participation), wave.thresholds().k()),
                        tag(wave.id()));
                sent++;
            }
        }
        if (sent > 0) {
            skipDueReminders(wave, today);
            log.info("Sent {} invitations to wave {} of {}", sent, wave.slot(), wave.campaignName());
        }
        return sent;
    }

    /** A reminder day already due when the invitations go out is passed over: the invitation is the fresher news. */
    private void skipDueReminders(Wave wave, LocalDate today) {
        campaigns.campaign(wave.campaignId()).ifPresent(campaign -> {
            List<LocalDate> due = ReminderService.dueDays(campaign, wave, today);
            if (!due.isEmpty()) {
                mongo.updateFirst(Query.query(Criteria.where("_id").is(wave.id().value())),
                        new Update().addToSet("remindersSent").each(due.toArray()), WaveDocument.class);
            }
        });
    }

    static String closes(Wave wave, Employee person) {
        return wave.closesOn().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(person.locale()));
    }
}
