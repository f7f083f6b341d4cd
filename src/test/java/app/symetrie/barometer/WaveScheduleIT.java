package app.symetrie.barometer;

import static app.symetrie.barometer.BarometerFixture.as;
import static app.symetrie.barometer.BarometerFixture.campaign;
import static app.symetrie.barometer.BarometerFixture.department;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.symetrie.common.Role;
import app.symetrie.common.UserFacingException;
import app.symetrie.organization.DepartmentKind;
import app.symetrie.organization.Employee;
import app.symetrie.organization.OrganizationService;
import app.symetrie.test.IntegrationTest;
import app.symetrie.test.TestClock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * The wave scheduler as several application instances run it (one store, one lock document), and the anonymity
 * thresholds a campaign keeps once a wave is open. It moves the clock into 2027 and closes a wave there, which would
 * become "the last wave" of other tests' boards: it runs in a Spring context (and store) of its own.
 */
@IntegrationTest
@Import(TestClock.Config.class)
@TestPropertySource(properties = "symetrie.test.own-context=wave-schedule")
class WaveScheduleIT {

    static final String LOCKS = "job_locks";

    @Autowired
    WaveScheduler scheduler;
    @Autowired
    CampaignService campaigns;
    @Autowired
    OrganizationService organization;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    TestClock clock;

    Campaign made;

    @AfterEach
    void pauseAndFreeTheLock() {
        if (made != null) {
            Campaign c = campaigns.campaign(made.id()).orElseThrow();
            as(Role.LEAD, () -> campaigns.saveCampaign(new Campaign(c.id(), c.name(), c.cadence(), c.firstOpening(),
                    c.waveLengthDays(), c.targetDepartments(), c.reminderDays(), c.thresholds(), false)));
        }
        mongo.getCollection(LOCKS).deleteOne(new Document("_id", WaveScheduler.LOCK));
    }

    /** A campaign on a new department whose first wave is due on the test clock's day. */
    private Campaign dueToday(String name) {
        List<Employee> people = department(organization, name, DepartmentKind.SUPPORT, 6);
        made = as(Role.LEAD, () -> campaigns.saveCampaign(campaign(name, clock.today(),
                List.of(people.getFirst().departmentId()))));
        return made;
    }

    /** Another instance's lock, valid until {@code until}. */
    private void heldByAnotherInstance(java.time.Instant until) {
        mongo.getCollection(LOCKS).replaceOne(new Document("_id", WaveScheduler.LOCK),
                new Document("_id", WaveScheduler.LOCK).append("owner", "another-instance")
                        .append("lockedUntil", Date.from(until)),
                new com.mongodb.client.model.ReplaceOptions().upsert(true));
    }

    @Test
    void while_another_instance_holds_the_schedule_this_one_opens_nothing() {
        clock.setDay(LocalDate.of(2027, 1, 4));
        Campaign campaign = dueToday("Ordonnancement");
        heldByAnotherInstance(clock.instant().plus(Duration.ofMinutes(3)));

        scheduler.tick();
        assertThat(campaigns.waves(campaign.id())).as("the other instance's turn").isEmpty();
        Document lock = mongo.getCollection(LOCKS).find(new Document("_id", WaveScheduler.LOCK)).first();
        assertThat(lock.getString("owner")).isEqualTo("another-instance");
    }

    @Test
    void a_lock_left_by_a_dead_instance_is_taken_over_and_the_due_wave_opens_once() {
        clock.setDay(LocalDate.of(2027, 2, 1));
        Campaign campaign = dueToday("Reprise");
        heldByAnotherInstance(clock.instant().minusSeconds(1));

        scheduler.tick();
        List<Wave> waves = campaigns.waves(campaign.id());
        assertThat(waves).hasSize(1);
        assertThat(waves.getFirst().status()).isEqualTo(WaveStatus.OPEN);
        assertThat(waves.getFirst().invitedTotal()).isEqualTo(6);
        Document lock = mongo.getCollection(LOCKS).find(new Document("_id", WaveScheduler.LOCK)).first();
        assertThat(lock.getString("owner")).as("this instance took it over").isNotEqualTo("another-instance");
        assertThat(lock.getDate("lockedUntil").toInstant()).as("and released it when done")
                .isBeforeOrEqualTo(clock.instant());

        scheduler.tick();
        assertThat(campaigns.waves(campaign.id())).as("the next tick of the same instance runs and opens nothing more")
                .hasSize(1);
    }

    @Test
    void thresholds_can_change_until_a_wave_opens_and_are_locked_while_it_is_open() {
        clock.setDay(LocalDate.of(2027, 3, 1));
        List<Employee> people = department(organization, "Seuils", DepartmentKind.SUPPORT, 6);
        LocalDate opening = clock.today().plusDays(7);
        Campaign planned = as(Role.LEAD, () -> campaigns.saveCampaign(campaign("Seuils", opening,
                List.of(people.getFirst().departmentId()))));
        made = planned;
        AnonymityThresholds stricter = new AnonymityThresholds(7, 14);
        as(Role.LEAD, () -> campaigns.saveCampaign(with(planned, stricter, planned.name())));
        assertThat(campaigns.campaign(planned.id()).orElseThrow().thresholds()).as("no wave yet: free to change")
                .isEqualTo(stricter);

        clock.setDay(opening);
        campaigns.advance(opening);
        Wave open = campaigns.waves(planned.id()).getFirst();
        assertThat(open.thresholds()).isEqualTo(stricter);

        assertThatThrownBy(() -> as(Role.LEAD, () -> campaigns.saveCampaign(with(planned,
                AnonymityThresholds.DEFAULT, planned.name()))))
                .isInstanceOf(UserFacingException.class).hasMessage("error.campaign.thresholds.locked");
        assertThat(campaigns.campaign(planned.id()).orElseThrow().thresholds()).isEqualTo(stricter);
        assertThat(campaigns.wave(open.id()).orElseThrow().thresholds()).isEqualTo(stricter);

        as(Role.LEAD, () -> campaigns.saveCampaign(with(planned, stricter, "Seuils renommé")));
        assertThat(campaigns.campaign(planned.id()).orElseThrow().name()).as("other edits stay possible")
                .isEqualTo("Seuils renommé");

        as(Role.LEAD, () -> campaigns.closeNow(open.id()));
        as(Role.LEAD, () -> campaigns.saveCampaign(with(planned, AnonymityThresholds.DEFAULT, "Seuils renommé")));
        assertThat(campaigns.campaign(planned.id()).orElseThrow().thresholds()).as("closed: the next wave may differ")
                .isEqualTo(AnonymityThresholds.DEFAULT);
        assertThat(campaigns.wave(open.id()).orElseThrow().thresholds()).as("the closed wave keeps its own")
                .isEqualTo(stricter);
    }

    private static Campaign with(Campaign c, AnonymityThresholds thresholds, String name) {
        return new Campaign(c.id(), name, c.cadence(), c.firstOpening(), c.waveLengthDays(), c.targetDepartments(),
                c.reminderDays(), thresholds, c.active());
    }
}
