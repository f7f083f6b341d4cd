package app.symetrie.bench;

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
import app.symetrie.common.Role;
import app.symetrie.organization.DepartmentKind;
import app.symetrie.organization.Employee;
import app.symetrie.organization.OrganizationService;
import app.symetrie.test.IntegrationTest;
import app.symetrie.test.TestClock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * Prints how long submitting takes with the ballot box (one participation claim, one sealed 12 KiB ballot, one wave
 * read) and how long a wave's close takes (opening every ballot, writing shuffled answers and comments, rollups and
 * publication). Figures, not assertions on time: see docs/PERFORMANCE.md.
 */
@Tag("benchmark")
@IntegrationTest
@Import(TestClock.Config.class)
class SubmitBenchmarkIT {

    static final int PEOPLE = 600;
    static final int THREADS = 8;

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

    @Test
    void submitting_and_closing_a_wave_of_600() throws Exception {
        List<Employee> people = department(organization, "Banc d'essai", DepartmentKind.FRONT_OFFICE, PEOPLE);
        LocalDate opening = LocalDate.of(2028, 1, 3);
        Campaign c = as(Role.LEAD, () -> campaigns.saveCampaign(campaign("Banc", opening,
                List.of(people.getFirst().departmentId()))));
        clock.setDay(opening);
        campaigns.advance(opening);
        Wave wave = campaigns.waves(c.id()).getFirst();
        Questionnaire q = questionnaires.version(wave.questionnaireVersion());

        List<Long> sequential = new ArrayList<>();
        for (Employee e : people.subList(0, PEOPLE / 2)) {
            long start = System.nanoTime();
            submitAs(e, barometer, wave.id(), complete(q, 4, "Un commentaire d'essai"));
            sequential.add(System.nanoTime() - start);
        }
        print("submit, one person at a time", sequential);

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<Long>> futures = new ArrayList<>();
        long wall = System.nanoTime();
        for (Employee e : people.subList(PEOPLE / 2, PEOPLE)) {
            futures.add(pool.submit(() -> {
                long start = System.nanoTime();
                submitAs(e, barometer, wave.id(), complete(q, 3, null));
                return System.nanoTime() - start;
            }));
        }
        List<Long> concurrent = new ArrayList<>();
        for (Future<Long> f : futures) {
            concurrent.add(f.get());
        }
        wall = System.nanoTime() - wall;
        pool.shutdown();
        print("submit, " + THREADS + " people at once", concurrent);
        System.out.printf("BENCH %-50s %6.0f answers/s%n", "submit throughput, " + THREADS + " at once",
                (PEOPLE / 2) / (wall / 1e9));

        long start = System.nanoTime();
        Wave closed = as(Role.LEAD, () -> campaigns.closeNow(wave.id()));
        System.out.printf("BENCH %-50s %6d ms%n", "close: release " + PEOPLE + " ballots, rollups, publication",
                (System.nanoTime() - start) / 1_000_000);
        assertThat(closed.answered().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(PEOPLE);
    }

    private static void print(String what, List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        System.out.printf("BENCH %-50s p50 %5.1f ms  p99 %6.1f ms  (%d)%n", what,
                sorted.get(sorted.size() / 2) / 1e6, sorted.get((int) (sorted.size() * 0.99)) / 1e6, sorted.size());
    }
}
