package app.symetrie.faults;

import static app.symetrie.barometer.BarometerFixture.as;
import static app.symetrie.barometer.BarometerFixture.campaign;
import static app.symetrie.barometer.BarometerFixture.complete;
import static app.symetrie.barometer.BarometerFixture.department;
import static app.symetrie.barometer.BarometerFixture.submitAs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.symetrie.Application;
import app.symetrie.barometer.BarometerService;
import app.symetrie.barometer.Campaign;
import app.symetrie.barometer.CampaignService;
import app.symetrie.barometer.Questionnaire;
import app.symetrie.barometer.QuestionnaireService;
import app.symetrie.barometer.Wave;
import app.symetrie.common.Role;
import app.symetrie.common.UserFacingException;
import app.symetrie.organization.DepartmentKind;
import app.symetrie.organization.Employee;
import app.symetrie.organization.OrganizationService;
import app.symetrie.store.EmbeddedMongo;
import app.symetrie.store.EmbeddedStoreProperties;
import app.symetrie.test.SecurityStrategyExtension;
import app.symetrie.test.TestClock;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The store goes away and comes back (docs/decisions/019-faults.md): the application runs on a MongoDB-compatible
 * store reached through a relay the test cuts. Not an {@code @IntegrationTest}: it needs a store it can take away,
 * whatever Docker offers.
 */
@SpringBootTest
@ActiveProfiles("test")
@ExtendWith(SecurityStrategyExtension.class)
@Import(TestClock.Config.class)
class StoreOutageIT {

    static final String SECRET = "outage-test-secret-0123456789-abcdefghij";
    static final EmbeddedMongo STORE = EmbeddedMongo.start(new EmbeddedStoreProperties(null, true, null, 0, true,
            SECRET));
    static final FlakyProxy PROXY;

    static {
        try {
            PROXY = new FlakyProxy(URI.create(STORE.connectionString()).getPort());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", () -> uri("outage"));
        registry.add("symetrie.store.server-selection-timeout", () -> "1500");
    }

    static String uri(String database) {
        return "mongodb://symetrie:" + SECRET + "@127.0.0.1:" + PROXY.port() + "/" + database + "?authSource=admin";
    }

    @AfterAll
    static void stop() throws Exception {
        PROXY.close();
        STORE.close();
    }

    @Autowired
    HealthIndicator storeHealthIndicator;
    @Autowired
    CampaignService campaigns;
    @Autowired
    BarometerService barometer;
    @Autowired
    QuestionnaireService questionnaires;
    @Autowired
    OrganizationService organization;
    @Autowired
    TestClock clock;
    @Autowired
    MongoTemplate mongo;

    @Test
    void a_store_lost_while_running_shows_down_fast_and_a_submit_meanwhile_stores_one_answer_once_it_is_back()
            throws Exception {
        List<Employee> people = department(organization, "Panne", DepartmentKind.SUPPORT, 6);
        LocalDate opening = LocalDate.of(2028, 1, 3);
        Campaign c = as(Role.LEAD, () -> campaigns.saveCampaign(campaign("Panne", opening,
                List.of(people.getFirst().departmentId()))));
        clock.setDay(opening);
        campaigns.advance(opening);
        Wave wave = campaigns.waves(c.id()).getFirst();
        Questionnaire q = questionnaires.version(wave.questionnaireVersion());
        assertThat(storeHealthIndicator.health().getStatus()).isEqualTo(Status.UP);

        PROXY.down();
        long start = System.nanoTime();
        assertThat(storeHealthIndicator.health().getStatus()).isEqualTo(Status.DOWN);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));

        Employee someone = people.get(1);
        assertThatThrownBy(() -> submitAs(someone, barometer, wave.id(), complete(q, 4, null)))
                .isInstanceOf(UserFacingException.class).hasMessage("barometer.error.store-unavailable");

        PROXY.up();
        awaitUp();
        submitAs(someone, barometer, wave.id(), complete(q, 4, null));

        assertThat(mongo.count(Query.query(Criteria.where("waveId").is(wave.id().value()).and("void").ne(true)),
                "ballots")).isEqualTo(1);
        assertThat(mongo.count(Query.query(Criteria.where("waveId").is(wave.id().value()).and("done").is(true)
                .and("pending").exists(false)), "participations")).isEqualTo(1);
    }

    @Test
    void an_external_store_down_at_start_lets_the_application_start_and_it_recovers_when_the_store_returns()
            throws Exception {
        PROXY.down();
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class)
                .profiles("test")
                .properties("spring.mongodb.uri=" + uri("down_at_start"), "server.port=0",
                        "symetrie.store.server-selection-timeout=1000")
                .run()) {
            HealthIndicator health = app.getBean("storeHealthIndicator", HealthIndicator.class);
            assertThat(health.health().getStatus()).isEqualTo(Status.DOWN);

            PROXY.up();
            MongoTemplate store = app.getBean(MongoTemplate.class);
            long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            boolean indexed = false;
            while (!indexed && System.nanoTime() < end) {
                Thread.sleep(500);
                indexed = store.getCollectionNames().contains("participations")
                        && store.indexOps("participations").getIndexInfo().stream()
                        .anyMatch(i -> i.getName().equals("wave_employee"));
            }
            assertThat(indexed).as("indexes created once the store is back, without a restart").isTrue();
            assertThat(health.health().getStatus()).isEqualTo(Status.UP);
        } finally {
            PROXY.up();
        }
    }

    private void awaitUp() throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (storeHealthIndicator.health().getStatus() != Status.UP && System.nanoTime() < end) {
            Thread.sleep(200);
        }
        assertThat(storeHealthIndicator.health().getStatus()).isEqualTo(Status.UP);
    }
}
