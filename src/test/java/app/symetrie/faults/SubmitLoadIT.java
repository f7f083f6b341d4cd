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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * A bounded load test (docs/decisions/019-faults.md): 200 people submit at the same instant, each twice (a double
 * click, a second tab), against the services. Zero lost, zero counted twice, and the figures the close computes are
 * those a rebuild from the answers computes.
 */
@IntegrationTest
@Import(TestClock.Config.class)
class SubmitLoadIT {

    static final int SUBMITTERS = 200;

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
    void two_hundred_people_submitting_at_once_twice_each_leave_exactly_one_answer_each() throws Exception {
        List<Employee> people = department(organization, "Charge", DepartmentKind.FRONT_OFFICE, SUBMITTERS);
        LocalDate opening = LocalDate.of(2029, 1, 1);
        Campaign c = as(Role.LEAD, () -> campaigns.saveCampaign(campaign("Charge", opening,
                List.of(people.getFirst().departmentId()))));
        clock.setDay(opening);
        campaigns.advance(opening);
        Wave wave = campaigns.waves(c.id()).getFirst();
        Questionnaire q = questionnaires.version(wave.questionnaireVersion());

        CountDownLatch go = new CountDownLatch(1);
        AtomicInteger thanked = new AtomicInteger();
        Map<String, String> unexpected = new ConcurrentHashMap<>();
        AtomicInteger alreadyAnswered = new AtomicInteger();
        List<Thread> threads = new ArrayList<>();
        for (Employee e : people) {
            threads.add(Thread.ofPlatform().start(() -> {
                try {
                    go.await();
                } catch (InterruptedException interrupted) {
                    return;
                }
                for (int attempt = 0; attempt < 2; attempt++) {
                    try {
                        submitAs(e, barometer, wave.id(), complete(q, 1 + (e.hashCode() & 3), null));
                        thanked.incrementAndGet();
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
            }));
        }
        go.countDown();
        for (Thread t : threads) {
            t.join();
        }

        assertThat(unexpected).isEmpty();
        assertThat(thanked).hasValue(SUBMITTERS);
        assertThat(alreadyAnswered).hasValue(SUBMITTERS);
        assertThat(mongo.count(Query.query(Criteria.where("waveId").is(wave.id().value()).and("pending")
                .exists(true)), "participations")).isZero();

        Wave closed = as(Role.LEAD, () -> campaigns.closeNow(wave.id()));
        assertThat(closed.answered().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(SUBMITTERS);
        assertThat(mongo.count(Query.query(Criteria.where("waveId").is(wave.id().value())), "answers"))
                .isEqualTo(SUBMITTERS);
        assertThat(as(Role.ADMIN, () -> boards.previewRebuild()).rollupsChanged())
                .as("the figures are those a rebuild from the answers computes").isZero();
    }
}
