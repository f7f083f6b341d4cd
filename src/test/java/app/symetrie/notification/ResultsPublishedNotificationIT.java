package app.symetrie.notification;

import static app.symetrie.barometer.BarometerFixture.as;
import static app.symetrie.barometer.BarometerFixture.campaign;
import static app.symetrie.barometer.BarometerFixture.complete;
import static app.symetrie.barometer.BarometerFixture.department;
import static org.assertj.core.api.Assertions.assertThat;

import app.symetrie.barometer.BarometerFixture;
import app.symetrie.barometer.BarometerService;
import app.symetrie.barometer.Campaign;
import app.symetrie.barometer.CampaignService;
import app.symetrie.barometer.QuestionnaireService;
import app.symetrie.barometer.Wave;
import app.symetrie.common.Role;
import app.symetrie.organization.DepartmentKind;
import app.symetrie.organization.Employee;
import app.symetrie.organization.OrganizationService;
import app.symetrie.test.IntegrationTest;
import app.symetrie.test.TestClock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * After a wave's release, the announcer tells everyone it invited that its results are published — those who answered and those who did
 * not alike, in their language, with the campaign's name and a link and no figure (docs/ANONYMITY.md) — once, even if
 * a run is cut short and made again — and nothing of it happens inside the close.
 */
@IntegrationTest
@Import(TestClock.Config.class)
class ResultsPublishedNotificationIT {

    @Autowired
    CampaignService campaigns;
    @Autowired
    BarometerService barometer;
    @Autowired
    QuestionnaireService questionnaires;
    @Autowired
    OrganizationService organization;
    @Autowired
    NotificationService notifications;
    @Autowired
    ResultsAnnouncer announcer;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    TestClock clock;

    @Test
    void a_release_tells_everyone_invited_once_in_their_language_and_reveals_no_figure() {
        List<Employee> people = department(organization, "Publication", DepartmentKind.FRONT_OFFICE, 4);
        Employee english = as(Role.ADMIN, () -> organization.saveEmployee(new Employee(people.get(3).id(), "Ann",
                "Reader", people.get(3).email(), people.get(3).departmentId(), null, false, Locale.ENGLISH)));
        List<Employee> outside = department(organization, "Ailleurs", DepartmentKind.SUPPORT, 2);
        LocalDate opening = LocalDate.of(2027, 5, 3);
        Campaign campaign = as(Role.LEAD, () -> campaigns.saveCampaign(
                campaign("Baromètre de mai", opening, List.of(people.getFirst().departmentId()))));
        clock.setDay(opening);
        campaigns.advance(opening);
        Wave wave = campaigns.waves(campaign.id()).getFirst();
        // one answer only: a group far too small to be shown
        BarometerFixture.submitAs(people.getFirst(), barometer, wave.id(),
                complete(questionnaires.version(wave.questionnaireVersion()), 2, "Trop lent"));

        as(Role.LEAD, () -> campaigns.closeNow(wave.id()));
        for (Employee person : people) {
            assertThat(as(person, () -> notifications.mine(10))).as("nothing is sent inside the close").isEmpty();
        }
        assertThat(announcer.announceDue()).as("this wave, and any other closed lately by other tests")
                .isPositive();
        assertThat(announcer.announceDue()).as("announced once").isZero();
        // a run cut short after the notifications, before the wave was marked announced: run again, nothing twice
        mongo.remove(Query.query(Criteria.where("_id").is(wave.id().value())), "notification_announced_waves");
        assertThat(announcer.announceDue()).isEqualTo(1);

        for (Employee person : List.of(people.get(0), people.get(1), people.get(2), english)) {
            List<Notification> mine = as(person, () -> notifications.mine(10));
            assertThat(mine).as(person.fullName()).hasSize(1);
            Notification published = mine.getFirst();
            assertThat(published.kind()).isEqualTo(NotificationKind.RESULTS_PUBLISHED);
            assertThat(published.args()).containsExactly("Baromètre de mai");
            assertThat(published.when()).isNull();
            assertThat(published.link()).isEqualTo("board");
        }
        for (Employee person : outside) {
            assertThat(as(person, () -> notifications.mine(10))).as("not invited, not told").isEmpty();
        }

        List<Document> mails = mongo.find(Query.query(Criteria.where("subject").regex("Baromètre de mai")),
                Document.class, "mail_outbox");
        assertThat(mails).hasSize(4);
        Document toAnn = mails.stream().filter(m -> m.getString("to").equals(english.email().value())).findFirst()
                .orElseThrow();
        assertThat(toAnn.getString("subject")).isEqualTo("Symétrie: The results of the barometer “Baromètre de mai” "
                + "are published: see them on your board.");
        assertThat(toAnn.getString("body")).startsWith("Hello Ann,");
        Document toFirst = mails.stream().filter(m -> m.getString("to").equals(people.getFirst().email().value()))
                .findFirst().orElseThrow();
        assertThat(toFirst.getString("subject")).startsWith("Symétrie : Les résultats du baromètre");
        for (Document mail : mails) {
            String text = (mail.getString("subject") + mail.getString("body")).replaceAll("https?://\\S+", "")
                    .replaceAll("P\\d", ""); // the fixture's first names
            assertThat(text).as("no figure, no comment, no count").doesNotContainPattern("\\d")
                    .doesNotContain("Trop lent");
        }
    }
}
