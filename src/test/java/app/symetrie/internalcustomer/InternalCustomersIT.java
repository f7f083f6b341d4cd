package app.symetrie.internalcustomer;

import static app.symetrie.barometer.BarometerFixture.as;
import static app.symetrie.barometer.BarometerFixture.campaign;
import static app.symetrie.barometer.BarometerFixture.complete;
import static app.symetrie.barometer.BarometerFixture.department;
import static app.symetrie.barometer.BarometerFixture.submitAs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import app.symetrie.barometer.BarometerService;
import app.symetrie.barometer.Campaign;
import app.symetrie.barometer.CampaignService;
import app.symetrie.barometer.Questionnaire;
import app.symetrie.barometer.QuestionnaireService;
import app.symetrie.barometer.ServiceStatements;
import app.symetrie.barometer.Wave;
import app.symetrie.common.Role;
import app.symetrie.internalcustomer.InternalCustomerRecords.Panel;
import app.symetrie.internalcustomer.InternalCustomerRecords.SymmetryPoint;
import app.symetrie.internalcustomer.InternalCustomerRecords.WavePanel;
import app.symetrie.organization.DepartmentId;
import app.symetrie.organization.DepartmentKind;
import app.symetrie.organization.Employee;
import app.symetrie.organization.OrganizationService;
import app.symetrie.security.SignedInUser;
import app.symetrie.test.IntegrationTest;
import app.symetrie.test.TestClock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Ratings of support functions from the survey to the panel: given in the form, sealed in the ballot, rolled up at the
 * close with hand-checked values, and read back only by whom may — with the groups of raters under k (k = 5) hidden,
 * including the one total-minus-front-office would give away.
 */
@IntegrationTest
@Import(TestClock.Config.class)
class InternalCustomersIT {

    @Autowired
    CampaignService campaigns;
    @Autowired
    BarometerService barometer;
    @Autowired
    QuestionnaireService questionnaires;
    @Autowired
    OrganizationService organization;
    @Autowired
    InternalCustomerService service;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    TestClock clock;

    List<Employee> it;
    List<Employee> payroll;
    List<Employee> shop;
    List<Employee> floor;
    DepartmentId itId;
    DepartmentId payrollId;
    Wave wave;

    @BeforeEach
    void aClosedWaveWithRatings() {
        String tag = Long.toString(System.nanoTime(), 36);
        it = department(organization, "IC Informatique " + tag, DepartmentKind.SUPPORT, 4);
        payroll = department(organization, "IC Paie " + tag, DepartmentKind.SUPPORT, 3);
        shop = department(organization, "IC Boutique " + tag, DepartmentKind.FRONT_OFFICE, 6);
        floor = department(organization, "IC Plateau " + tag, DepartmentKind.FRONT_OFFICE, 5);
        itId = it.getFirst().departmentId();
        payrollId = payroll.getFirst().departmentId();
        LocalDate opening = LocalDate.of(2027, 1, 4).plusDays(Math.floorMod(tag.hashCode(), 200));
        Campaign c = as(Role.LEAD, () -> campaigns.saveCampaign(campaign("Clients internes " + tag, opening,
                List.of(itId, payrollId, shop.getFirst().departmentId(), floor.getFirst().departmentId()))));
        clock.setDay(opening.plusDays(1));
        campaigns.advance(opening.plusDays(1));
        wave = campaigns.waves(c.id()).getFirst();
        Questionnaire q = questionnaires.version(wave.questionnaireVersion());

        // IT rated by the shop (front office) 2, 2, 3, 1, 2, 3 on every statement: 25, 25, 50, 0, 25, 50 → sum 175;
        // by payroll (support) 4, 5, 4: 75, 100, 75 → 250. Payroll rated by the shop 4 (75) and the floor 3 (50).
        int[] shopRatesIt = {2, 2, 3, 1, 2, 3};
        for (int i = 0; i < shop.size(); i++) {
            submitAs(shop.get(i), barometer, wave.id(), complete(q, 3, "").withServices(Map.of(
                    itId.value(), every(shopRatesIt[i]), payrollId.value(), every(4))));
        }
        for (Employee e : floor) {
            submitAs(e, barometer, wave.id(), complete(q, 3, "").withServices(Map.of(payrollId.value(), every(3))));
        }
        int[] payrollRatesIt = {4, 5, 4};
        for (int i = 0; i < payroll.size(); i++) {
            submitAs(payroll.get(i), barometer, wave.id(), complete(q, 3, "").withServices(Map.of(
                    itId.value(), every(payrollRatesIt[i]))));
        }
        // IT people: one rates IT itself with a form the UI never offers; dropped at the close, whatever it says.
        submitAs(it.getFirst(), barometer, wave.id(), complete(q, 3, "").withServices(Map.of(itId.value(), every(5))));
        for (Employee e : it.subList(1, it.size())) {
            submitAs(e, barometer, wave.id(), complete(q, 3, ""));
        }
        as(Role.LEAD, () -> campaigns.closeNow(wave.id()));
    }

    private static Map<String, Integer> every(int value) {
        Map<String, Integer> ratings = new HashMap<>();
        ServiceStatements.CODES.forEach(code -> ratings.put(code, value));
        return ratings;
    }

    private WavePanel latest(Panel panel) {
        return panel.waves().stream().filter(w -> w.wave().id().equals(wave.id())).findFirst().orElseThrow();
    }

    @Test
    void a_function_rated_by_too_few_of_one_kind_shows_its_total_only_so_no_kind_is_given_away_by_subtraction() {
        WavePanel w = latest(as(Role.LEAD, () -> service.panel(itId, Locale.ENGLISH)));
        assertThat(w.rated()).isTrue();
        // 9 raters (its own member's rating of IT dropped): (175 + 250) / 9 = 47.22
        assertThat(w.all().overall().n()).isEqualTo(9);
        assertThat(w.all().overall().value()).isCloseTo(425.0 / 9, within(1e-9));
        assertThat(w.all().statements().get("clarity").value()).isCloseTo(425.0 / 9, within(1e-9));
        // three support raters are under k; six front-office raters are not, but 9 − 6 would give the three away
        assertThat(w.otherSupport()).isNull();
        assertThat(w.frontOffice()).isNull();
    }

    @Test
    void a_function_rated_by_enough_people_of_one_kind_and_none_of_the_other_shows_that_kind() {
        WavePanel w = latest(as(Role.LEAD, () -> service.panel(payrollId, Locale.ENGLISH)));
        // shop 6 × 75, floor 5 × 50: 700 / 11 = 63.64, all of them front office
        assertThat(w.all().overall().value()).isCloseTo(700.0 / 11, within(1e-9));
        assertThat(w.frontOffice().overall().n()).isEqualTo(11);
        assertThat(w.frontOffice().overall().value()).isCloseTo(700.0 / 11, within(1e-9));
        assertThat(w.otherSupport()).isNull();
        // the responsiveness answers: six 4s, five 3s → mean 39/11, scored (39/11 − 1) / 4 × 100 = 63.64; 4 or 5: 6/11
        assertThat(w.frontOffice().statements().get("responsiveness").favourable())
                .isCloseTo(600.0 / 11, within(1e-9));
        // nobody rated payroll low: no group of dissatisfied raters to show
        assertThat(w.dissatisfied()).isNull();
    }

    @Test
    void nothing_stored_about_a_wave_covers_fewer_than_k_raters_nor_names_anyone() {
        List<Document> stored = mongo.find(Query.query(Criteria.where("waveId").is(wave.id().value())),
                Document.class, "internal_customer_figures");
        assertThat(stored).hasSize(2);
        Set<String> people = new java.util.HashSet<>();
        List<Employee> everyone = new ArrayList<>(it);
        everyone.addAll(payroll);
        everyone.addAll(shop);
        everyone.addAll(floor);
        everyone.forEach(e -> {
            people.add(e.id().value());
            people.add(e.email().value());
        });
        for (Document figures : stored) {
            assertThat(figures.toJson()).doesNotContain(people);
            for (Document group : figures.getList("groups", Document.class)) {
                assertThat(group.getInteger("n")).isGreaterThanOrEqualTo(5);
                for (Document statement : group.getList("statements", Document.class)) {
                    assertThat(statement.getInteger("n")).isGreaterThanOrEqualTo(5);
                }
            }
        }
    }

    @Test
    void a_support_function_s_manager_reads_its_panel_only_and_other_people_none() {
        Employee itManager = it.get(1);
        assertThat(asManager(itManager, service::readableFunctions)).extracting(f -> f.id()).containsExactly(itId);
        assertThat(asManager(itManager, () -> service.panel(itId, Locale.FRENCH)).function().id()).isEqualTo(itId);
        assertThatThrownBy(() -> asManager(itManager, () -> service.panel(payrollId, Locale.FRENCH)))
                .isInstanceOf(AccessDeniedException.class);
        Employee shopManager = shop.getFirst();
        assertThat(asManager(shopManager, service::readableFunctions)).isEmpty();
        assertThatThrownBy(() -> asManager(shopManager, () -> service.panel(itId, Locale.FRENCH)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(shop.get(1), () -> service.panel(itId, Locale.FRENCH)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> asManager(itManager, () -> service.symmetry(null, Locale.FRENCH)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_two_axes_place_each_function_where_both_figures_are_published() {
        List<SymmetryPoint> points = as(Role.LEAD, () -> service.symmetry(wave.id(), Locale.ENGLISH)).orElseThrow()
                .points();
        SymmetryPoint payrollPoint = points.stream().filter(p -> p.function().id().equals(payrollId)).findFirst()
                .orElseThrow();
        assertThat(payrollPoint.satisfaction()).isCloseTo(700.0 / 11, within(1e-9));
        assertThat(payrollPoint.raters()).isEqualTo(11);
        // payroll's own three answers are under k: its board publishes no comfort
        assertThat(payrollPoint.comfort()).isNull();
    }

    private <T> T asManager(Employee e, Callable<T> work) {
        SignedInUser user = new SignedInUser(e.email().value(), e.fullName(), "", Role.expand(Set.of(Role.MANAGER)),
                e.id(), e.departmentId(), e.locale(), true);
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.call();
        } catch (RuntimeException e2) {
            throw e2;
        } catch (Exception e2) {
            throw new IllegalStateException(e2);
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
