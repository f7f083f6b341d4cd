package app.symetrie.faults;

import static app.symetrie.barometer.BarometerFixture.as;
import static app.symetrie.barometer.BarometerFixture.campaign;
import static app.symetrie.barometer.BarometerFixture.complete;
import static app.symetrie.barometer.BarometerFixture.department;
import static app.symetrie.barometer.BarometerFixture.submitAs;
import static org.assertj.core.api.Assertions.assertThat;

import app.symetrie.barometer.BarometerService;
import app.symetrie.barometer.Campaign;
import app.symetrie.barometer.CampaignService;
import app.symetrie.barometer.Questionnaire;
import app.symetrie.barometer.QuestionnaireService;
import app.symetrie.barometer.Wave;
import app.symetrie.board.BoardService;
import app.symetrie.common.Role;
import app.symetrie.common.UserFacingException;
import app.symetrie.organization.DepartmentKind;
import app.symetrie.organization.Employee;
import app.symetrie.organization.OrganizationService;
import app.symetrie.test.IntegrationTest;
import app.symetrie.test.TestClock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * A bounded load test (docs/decisions/019-faults.md): 200 people submit at the same instant, then for about a minute
 * 200 submitters keep coming back — each one a new person after a pause of 2–6 s, like people finishing the survey
 * one after another after a reminder — and one in four submits twice (a double click, a second tab), against the
 * services. Zero lost, zero counted twice, and the figures the close computes are those a rebuild from the answers
 * computes.
 */
@IntegrationTest
@Import(TestClock.Config.class)
class SubmitLoadIT {

    static final int SUBMITTERS = 200;
    static final int PEOPLE = 3_000;
    static final Duration RUN = Duration.ofSeconds(60);

    @Autowired
    CampaignService campaigns;
    @Autowired
    BarometerService barometer;
    @Autowired
    QuestionnaireService questionnaires;
    @Autowired
    OrganizationService organization;
    @Autowired
    BoardService boards;
    @Autowired
    TestClock clock;
    @Autowired
    MongoTemplate mongo;

    @Test
    void two_hundred_submitters_for_a_minute_leave_exactly_one_answer_per_person_who_was_thanked() throws Exception {
        List<Employee> people = people();
        LocalDate opening = LocalDate.of(2029, 1, 1);
        Campaign c = as(Role.LEAD, () -> campaigns.saveCampaign(campaign("Charge", opening,
                people.stream().map(Employee::departmentId).distinct().toList())));
        clock.setDay(opening);
        campaigns.advance(opening);
        Wave wave = campaigns.waves(c.id()).getFirst();
        Questionnaire q = questionnaires.version(wave.questionnaireVersion());

        ConcurrentLinkedQueue<Employee> waiting = new ConcurrentLinkedQueue<>(people);
        Set<String> thanked = ConcurrentHashMap.newKeySet();
        AtomicInteger thanks = new AtomicInteger();
        AtomicInteger alreadyAnswered = new AtomicInteger();
        AtomicInteger doubles = new AtomicInteger();
        Map<String, String> unexpected = new ConcurrentHashMap<>();
        CountDownLatch go = new CountDownLatch(1);
        long end = System.nanoTime() + RUN.toNanos();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < SUBMITTERS; t++) {
            threads.add(Thread.ofPlatform().start(() -> {
                ThreadLocalRandom random = ThreadLocalRandom.current();
                try {
                    go.await();
                    Employee e;
                    while (System.nanoTime() < end && (e = waiting.poll()) != null) {
                        int attempts = random.nextInt(4) == 0 ? 2 : 1;
                        if (attempts == 2) {
                            doubles.incrementAndGet();
                        }
                        for (int attempt = 0; attempt < attempts; attempt++) {
                            try {
                                submitAs(e, barometer, wave.id(), complete(q, 1 + (e.hashCode() & 3), null));
                                thanks.incrementAndGet();
                                thanked.add(e.id().value());
                            } catch (UserFacingException refused) {
                                if (refused.messageKey().equals("barometer.error.already-answered")) {
                                    alreadyAnswered.incrementAndGet();
                                } else {
                                    unexpected.put(e.id().value(), refused.messageKey());
                                }
                            } catch (RuntimeException failure) {
                                unexpected.put(e.id().value(), failure.toString());
                            }
                        }
                        Thread.sleep(2_000 + random.nextInt(4_000));
                    }
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                }
            }));
        }
        long started = System.nanoTime();
        go.countDown();
        for (Thread t : threads) {
            t.join();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("LOAD %d submitters, %.0f s: %d answers (%d people submitted twice), %d refused as "
                + "already answered%n", SUBMITTERS, seconds, thanks.get(), doubles.get(), alreadyAnswered.get());

        assertThat(unexpected).isEmpty();
        assertThat(thanks.get()).as("thanked once per person").isEqualTo(thanked.size());
        assertThat(thanks.get()).as("a minute of load, not a burst").isGreaterThan(4 * SUBMITTERS);
        assertThat(alreadyAnswered).hasValue(doubles.get());
        assertThat(mongo.count(Query.query(Criteria.where("waveId").is(wave.id().value()).and("pending")
                .exists(true)), "participations")).isZero();
        assertThat(mongo.count(Query.query(Criteria.where("waveId").is(wave.id().value()).and("done").is(true)),
                "participations")).as("nobody blocked, nobody counted twice").isEqualTo(thanked.size());

        Wave closed = as(Role.LEAD, () -> campaigns.closeNow(wave.id()));
        assertThat(closed.answered().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(thanked.size());
        assertThat(mongo.count(Query.query(Criteria.where("waveId").is(wave.id().value())), "answers"))
                .isEqualTo(thanked.size());
        assertThat(as(Role.ADMIN, () -> boards.previewRebuild()).rollupsChanged())
                .as("the figures are those a rebuild from the answers computes").isZero();
    }

    /** {@value #PEOPLE} people in four departments, saved through the service by four threads. */
    private List<Employee> people() throws Exception {
        List<Employee> all = Collections.synchronizedList(new ArrayList<>());
        List<Thread> makers = new ArrayList<>();
        for (int d = 0; d < 4; d++) {
            String name = "Charge " + (char) ('A' + d);
            makers.add(Thread.ofPlatform().start(() -> all.addAll(department(organization, name,
                    DepartmentKind.FRONT_OFFICE, PEOPLE / 4))));
        }
        for (Thread t : makers) {
            t.join();
        }
        assertThat(all).hasSize(PEOPLE);
        return all;
    }
}
