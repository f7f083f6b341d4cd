package app.symetrie.barometer;

import static app.symetrie.barometer.BarometerFixture.as;
import static app.symetrie.barometer.BarometerFixture.campaign;
import static app.symetrie.barometer.BarometerFixture.complete;
import static app.symetrie.barometer.BarometerFixture.department;
import static app.symetrie.barometer.BarometerFixture.submitAs;
import static org.assertj.core.api.Assertions.assertThat;

import app.symetrie.common.Role;
import app.symetrie.common.UserFacingException;
import app.symetrie.organization.DepartmentKind;
import app.symetrie.organization.Employee;
import app.symetrie.organization.OrganizationService;
import app.symetrie.test.IntegrationTest;
import app.symetrie.test.TestClock;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The ballot box against what a database administrator could read (docs/ANONYMITY.md): every command the driver
 * sends — what a MongoDB oplog or the embedded store's write order would hold — and the races and crashes around a
 * wave's close.
 */
@IntegrationTest
@Import({TestClock.Config.class, BallotBoxIT.Recording.class})
class BallotBoxIT {

    /** A command the application's driver sent, copied while the driver still holds it. */
    record Command(String name, String collection, Document body) {
        String json() {
            return body.toJson();
        }
    }

    /** Every command the application's driver sends, in order. */
    static final List<Command> COMMANDS = new CopyOnWriteArrayList<>();

    @TestConfiguration(proxyBeanMethods = false)
    static class Recording {
        @Bean
        MongoClientSettingsBuilderCustomizer recordingCommands() {
            return settings -> settings.addCommandListener(new CommandListener() {
                @Override
                public void commandStarted(CommandStartedEvent event) {
                    String name = event.getCommandName();
                    String collection = switch (name) {
                        case "insert", "update", "delete", "findAndModify", "find", "count", "aggregate" ->
                                event.getCommand().get(name).isString()
                                        ? event.getCommand().getString(name).getValue() : "";
                        default -> "";
                    };
                    COMMANDS.add(new Command(name, collection, Document.parse(event.getCommand().toJson())));
                }
            });
        }
    }

    @Autowired
    CampaignService campaigns;
    @Autowired
    BarometerService barometer;
    @Autowired
    QuestionnaireService questionnaires;
    @Autowired
    OrganizationService organization;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    TestClock clock;
    @Autowired
    ClaimRecovery recovery;

    private static final AtomicInteger OPENINGS = new AtomicInteger();

    private Wave openWave(List<Employee> people) {
        LocalDate opening = LocalDate.of(2027, 1, 4).plusWeeks(OPENINGS.getAndIncrement() * 20L);
        Campaign c = as(Role.LEAD, () -> campaigns.saveCampaign(campaign("Urne " + opening, opening,
                List.of(people.getFirst().departmentId()))));
        clock.setDay(opening);
        campaigns.advance(opening);
        return campaigns.waves(c.id()).getFirst();
    }

    private long released(Wave wave) {
        return mongo.count(Query.query(Criteria.where("waveId").is(wave.id().value())), "answers");
    }

    @Test
    void no_command_before_the_close_carries_an_answer_in_clear_and_the_release_is_shuffled() {
        // Twelve answer, a thirteenth does not: the close must treat them all alike.
        List<Employee> invited = department(organization, "Trésorerie", DepartmentKind.SUPPORT, 13);
        List<Employee> people = invited.subList(0, 12);
        Wave wave = openWave(invited);
        Questionnaire q = questionnaires.version(wave.questionnaireVersion());
        List<String> markers = new ArrayList<>();
        COMMANDS.clear();
        for (int i = 0; i < people.size(); i++) {
            String marker = "marqueur-" + i + "-" + wave.id().value().substring(0, 6);
            markers.add(marker);
            submitAs(people.get(i), barometer, wave.id(), complete(q, 1 + i % 5, marker));
        }
        List<Command> whileOpen = List.copyOf(COMMANDS);
        COMMANDS.clear();
        as(Role.LEAD, () -> campaigns.closeNow(wave.id()));
        List<Command> atClose = List.copyOf(COMMANDS);

        int personWrites = 0;
        for (Command command : whileOpen) {
            String json = command.json();
            if (people.stream().anyMatch(p -> json.contains(p.id().value()))) {
                personWrites++;
            }
            assertThat(markers).as("%s carries no answer in clear", command.name())
                    .noneMatch(json::contains);
            assertThat(command.collection()).as("nothing but participations and sealed ballots is written")
                    .isNotIn("answers", "comments", "rollups");
        }
        assertThat(personWrites).as("the participations were claimed, and seen by the recorder")
                .isGreaterThanOrEqualTo(people.size());

        List<String> releasedOrder = new ArrayList<>();
        java.util.Map<String, Integer> namings = new java.util.HashMap<>();
        for (Command command : atClose) {
            String json = command.json();
            for (Employee p : invited) {
                if (json.contains(p.id().value()) || json.contains(p.email().value())) {
                    namings.merge(p.id().value(), 1, Integer::sum);
                }
            }
            if (List.of("notifications", "notification_settings", "mail_outbox").contains(command.collection())) {
                assertThat(markers).as("%s on %s carries no answer", command.name(), command.collection())
                        .noneMatch(json::contains);
            }
            if ("comments".equals(command.collection()) && command.name().equals("insert")) {
                command.body().getList("documents", Document.class).forEach(d -> releasedOrder.add(d.getString("text")));
            }
        }
        // No command of the close names anyone invited, whether they answered or not ("results published" is
        // announced after the release, by the notification module's own job, to everyone invited alike).
        assertThat(namings).as("commands at the close naming an invited person").isEmpty();
        assertThat(releasedOrder).as("the recorder sees released comments")
                .containsExactlyInAnyOrderElementsOf(markers);
        assertThat(releasedOrder).as("released in shuffled order, not in the order people answered")
                .isNotEqualTo(markers);
        assertThat(released(wave)).isEqualTo(people.size());
    }

    @Test
    void a_submit_racing_the_close_is_either_in_the_wave_or_refused() throws Exception {
        for (int round = 0; round < 4; round++) {
            List<Employee> people = department(organization, "Course " + "ABCD".charAt(round), DepartmentKind.FRONT_OFFICE, 24);
            Wave wave = openWave(people);
            Questionnaire q = questionnaires.version(wave.questionnaireVersion());
            ExecutorService pool = Executors.newFixedThreadPool(6);
            CountDownLatch start = new CountDownLatch(1);
            CountDownLatch someAccepted = new CountDownLatch(2 + 3 * round);
            List<Future<Boolean>> outcomes = new ArrayList<>();
            for (Employee e : people) {
                outcomes.add(pool.submit(() -> {
                    start.await();
                    try {
                        submitAs(e, barometer, wave.id(), complete(q, 3, null));
                        someAccepted.countDown();
                        return true;
                    } catch (UserFacingException refused) {
                        assertThat(refused).hasMessage("barometer.error.closed");
                        return false;
                    }
                }));
            }
            start.countDown();
            someAccepted.await(); // close while the others are still submitting
            as(Role.LEAD, () -> campaigns.closeNow(wave.id()));
            int accepted = 0;
            for (Future<Boolean> outcome : outcomes) {
                accepted += outcome.get() ? 1 : 0;
            }
            pool.shutdown();
            System.out.printf("close race, round %d: %d of %d submits accepted%n", round, accepted, people.size());
            Wave closed = campaigns.wave(wave.id()).orElseThrow();
            assertThat(released(wave)).as("round %d: every accepted answer, and only those", round)
                    .isEqualTo(accepted);
            assertThat(closed.answered().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(accepted);
            assertThat(mongo.count(Query.query(Criteria.where("waveId").is(wave.id().value())), "ballots"))
                    .as("no ballot left behind").isZero();
        }
    }

    @Test
    void a_close_interrupted_by_a_crash_releases_every_answer_exactly_once_at_the_next_run() {
        List<Employee> people = department(organization, "Reprise", DepartmentKind.SUPPORT, 7);
        Wave wave = openWave(people);
        Questionnaire q = questionnaires.version(wave.questionnaireVersion());
        people.forEach(e -> submitAs(e, barometer, wave.id(), complete(q, 4, "Reprise")));
        Query ofWave = Query.query(Criteria.where("waveId").is(wave.id().value()));
        List<Document> ballots = mongo.find(ofWave, Document.class, "ballots");

        // The close began (status CLOSING) and the process died: the next run releases the wave.
        mongo.updateFirst(Query.query(Criteria.where("_id").is(wave.id().value())),
                new Update().set("status", WaveStatus.CLOSING), "waves");
        campaigns.advance(clock.today());
        assertThat(campaigns.wave(wave.id()).orElseThrow().status()).isEqualTo(WaveStatus.CLOSED);
        assertThat(released(wave)).isEqualTo(7);
        assertThat(mongo.count(ofWave, "comments")).isEqualTo(7);

        // Died after writing the answers but before emptying the box: released again, nothing is written twice.
        ballots.forEach(b -> mongo.insert(b.append("released", true), "ballots"));
        mongo.updateFirst(Query.query(Criteria.where("_id").is(wave.id().value())),
                new Update().set("status", WaveStatus.CLOSING), "waves");
        campaigns.advance(clock.today());
        assertThat(released(wave)).isEqualTo(7);
        assertThat(mongo.count(ofWave, "comments")).isEqualTo(7);
        assertThat(mongo.count(ofWave, "ballots")).isZero();
        Wave closed = campaigns.wave(wave.id()).orElseThrow();
        assertThat(closed.status()).isEqualTo(WaveStatus.CLOSED);
        assertThat(closed.answered()).isEqualTo(java.util.Map.of(people.getFirst().departmentId().value(), 7));
        assertThat(mongo.findOne(Query.query(Criteria.where("waveId").is(wave.id().value()).and("unitType")
                .is("COMPANY")), Document.class, "rollups").getInteger("n")).isEqualTo(7);
        assertThat(shelvedComments(wave)).hasSize(7).doesNotHaveDuplicates();

        // Died while emptying the box (a delete cut short): the next run finds two of the seven ballots. The wave's
        // comment shelf keeps all seven, not the two (boards would lose five comments and single out two).
        ballots.subList(0, 2).forEach(b -> mongo.insert(b, "ballots"));
        mongo.updateFirst(Query.query(Criteria.where("_id").is(wave.id().value())),
                new Update().set("status", WaveStatus.CLOSING), "waves");
        campaigns.advance(clock.today());
        assertThat(released(wave)).isEqualTo(7);
        assertThat(shelvedComments(wave)).hasSize(7).doesNotHaveDuplicates();
    }

    private List<String> shelvedComments(Wave wave) {
        Document shelf = mongo.findById(wave.id().value(), Document.class, "comment_shelves");
        assertThat(shelf).isNotNull();
        List<String> ids = new ArrayList<>();
        shelf.getList("shelves", Document.class).forEach(s -> ids.addAll(s.getList("commentIds", String.class)));
        return ids;
    }

    @Test
    void the_crash_recovery_takes_only_real_claims_and_a_record_without_a_value_does_not_stop_it() {
        List<Employee> people = department(organization, "Récupération", DepartmentKind.SUPPORT, 3);
        Wave wave = openWave(people);
        Questionnaire q = questionnaires.version(wave.questionnaireVersion());
        submitAs(people.get(0), barometer, wave.id(), complete(q, 3, "Récupération"));
        // a record read with the field but no value (as the embedded server once returned under load), and a
        // submit that died after its claim, before its ballot
        mongo.updateFirst(participationOf(wave, people.get(1)), new Update().set("pending", null), "participations");
        mongo.updateFirst(participationOf(wave, people.get(2)), new Update().set("done", true)
                .set("pending", "claim-of-a-dead-submit"), "participations");

        assertThat(recovery.pending()).filteredOn(p -> p.waveId().equals(wave.id().value()))
                .extracting(p -> p.employeeId())
                .containsExactly(people.get(2).id().value());
        recovery.tick(); // seen once: it may still be in flight
        recovery.tick(); // seen again: given back
        Document dead = mongo.findOne(participationOf(wave, people.get(2)), Document.class, "participations");
        assertThat(dead.getBoolean("done")).as("the person can answer again").isFalse();
        assertThat(dead).doesNotContainKey("pending");
        assertThat(mongo.findOne(participationOf(wave, people.get(0)), Document.class, "participations")
                .getBoolean("done")).as("a finished submit is left alone").isTrue();
    }

    private static Query participationOf(Wave wave, Employee person) {
        return Query.query(Criteria.where("waveId").is(wave.id().value()).and("employeeId").is(person.id().value()));
    }
}
