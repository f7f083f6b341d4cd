package app.symetrie.mirror;

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
import app.symetrie.mirror.MirrorRecords.Mirror;
import app.symetrie.mirror.MirrorRecords.Point;
import app.symetrie.organization.DepartmentId;
import app.symetrie.organization.DepartmentKind;
import app.symetrie.organization.Employee;
import app.symetrie.organization.OrganizationService;
import app.symetrie.test.IntegrationTest;
import app.symetrie.test.TestClock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * The anonymity rule of the mirror: comfort is only what the wave published. Four front-office shops answer a wave
 * (6, 6, 3 and 2 people, k = 5; the two small ones together reach k, so the two large ones can be shown) with
 * hand-set scores; each has a customer figure for the wave's quarter. The small shops keep their customer figure but
 * get no comfort point — none computed from their answers — and only the two others pair up.
 */
@IntegrationTest
@Import(TestClock.Config.class)
class MirrorComfortIT {

    @Autowired
    CampaignService campaigns;
    @Autowired
    BarometerService barometer;
    @Autowired
    QuestionnaireService questionnaires;
    @Autowired
    OrganizationService organization;
    @Autowired
    CustomerMirrorService mirror;
    @Autowired
    TestClock clock;

    List<Employee> north;
    List<Employee> south;
    List<Employee> small;
    List<Employee> tiny;
    Wave wave;
    List<CustomerFigure> figures = List.of();

    /** Closes a wave of the shops (a stand of {@code standSize} people only if not 0) in a quarter of {@code year}. */
    void closeWave(int year, int standSize) {
        String tag = Long.toString(System.nanoTime(), 36);
        north = department(organization, "MC Nord " + tag, DepartmentKind.FRONT_OFFICE, 6);
        south = department(organization, "MC Sud " + tag, DepartmentKind.FRONT_OFFICE, 6);
        small = department(organization, "MC Kiosque " + tag, DepartmentKind.FRONT_OFFICE, 3);
        tiny = standSize == 0 ? List.of()
                : department(organization, "MC Stand " + tag, DepartmentKind.FRONT_OFFICE, standSize);
        List<Employee> office = department(organization, "MC Siège " + tag, DepartmentKind.SUPPORT, 6);
        // a quarter no other test uses, so that this wave stands for it
        LocalDate opening = LocalDate.of(year, 1, 5).plusDays(Math.floorMod(tag.hashCode(), 60));
        List<DepartmentId> targets = new java.util.ArrayList<>(List.of(id(north), id(south), id(small), id(office)));
        if (!tiny.isEmpty()) {
            targets.add(id(tiny));
        }
        Campaign c = as(Role.LEAD, () -> campaigns.saveCampaign(campaign("Miroir " + tag, opening, targets)));
        clock.setDay(opening.plusDays(1));
        campaigns.advance(opening.plusDays(1));
        wave = campaigns.waves(c.id()).getFirst();
        Questionnaire q = questionnaires.version(wave.questionnaireVersion());
        north.forEach(e -> submitAs(e, barometer, wave.id(), complete(q, 4, "")));
        south.forEach(e -> submitAs(e, barometer, wave.id(), complete(q, 2, "")));
        small.forEach(e -> submitAs(e, barometer, wave.id(), complete(q, 5, "")));
        tiny.forEach(e -> submitAs(e, barometer, wave.id(), complete(q, 1, "")));
        office.forEach(e -> submitAs(e, barometer, wave.id(), complete(q, 3, "")));
        as(Role.LEAD, () -> campaigns.closeNow(wave.id()));

        Quarter quarter = Quarter.of(as(Role.LEAD, () -> campaigns.closedWaves()).stream()
                .filter(w -> w.id().equals(wave.id())).findFirst().orElseThrow().closesOn());
        List<CustomerFigure> all = new java.util.ArrayList<>(List.of(
                new CustomerFigure(id(north), quarter, MeasureKind.CSAT, 80, null, null),
                new CustomerFigure(id(south), quarter, MeasureKind.CSAT, 60, null, null),
                new CustomerFigure(id(small), quarter, MeasureKind.CSAT, 95, null, null)));
        if (!tiny.isEmpty()) {
            all.add(new CustomerFigure(id(tiny), quarter, MeasureKind.CSAT, 40, null, null));
        }
        figures = all;
        figures.forEach(f -> as(Role.LEAD, () -> mirror.save(f, null)));
    }

    @AfterEach
    void removeFigures() {
        figures.forEach(f -> as(Role.LEAD, () -> {
            mirror.delete(f.key());
            return null;
        }));
    }

    @Test
    void a_large_shop_the_wave_hid_so_that_a_small_one_cannot_be_deduced_gets_no_comfort_either() {
        closeWave(2044, 0);
        Mirror m = as(Role.LEAD, () -> mirror.mirror(MeasureKind.CSAT, wave.id(), false, Locale.FRENCH));
        Map<DepartmentId, Point> points = m.customers().points().stream()
                .collect(Collectors.toMap(Point::id, Function.identity()));
        // front office 6 + 6 + 3: showing both large shops would give the small one away (15 − 12 = 3), so the
        // wave's one decision hides one of them too; whatever it hid, the mirror shows no comfort for it
        assertThat(points.get(id(small)).comfort()).isNull();
        assertThat(java.util.Arrays.asList(points.get(id(north)).comfort(), points.get(id(south)).comfort()))
                .containsOnlyOnce((Double) null);
        assertThat(m.customers().points()).filteredOn(Point::complete).extracting(Point::id)
                .containsAnyOf(id(north), id(south)).doesNotContain(id(small));
    }

    private static DepartmentId id(List<Employee> department) {
        return department.getFirst().departmentId();
    }

    @Test
    void shops_under_k_keep_their_customer_figure_but_get_no_comfort_point_and_pair_with_nothing() {
        closeWave(2043, 2);
        Mirror m = as(Role.LEAD, () -> mirror.mirror(MeasureKind.CSAT, wave.id(), false, Locale.FRENCH));
        assertThat(m.wave()).isNotNull();
        assertThat(m.wave().id()).isEqualTo(wave.id());
        Map<DepartmentId, Point> points = m.customers().points().stream()
                .collect(Collectors.toMap(Point::id, Function.identity()));

        // answers of 4 everywhere score 75, of 2 score 25 (the index maps 1–5 to 0–100)
        assertThat(points.get(id(north)).comfort()).isEqualTo(75.0);
        assertThat(points.get(id(south)).comfort()).isEqualTo(25.0);
        // three answers of 5 and two of 1, each under k: no comfort at all — not 100 or 0, not anything
        for (List<Employee> hidden : List.of(small, tiny)) {
            assertThat(points.get(id(hidden)).comfort()).isNull();
            assertThat(m.trends().stream().filter(t -> t.id().equals(id(hidden))).findFirst().orElseThrow().points())
                    .allSatisfy(p -> assertThat(p.comfort()).isNull());
        }
        assertThat(points.get(id(small)).other()).isEqualTo(95.0);
        assertThat(points.get(id(tiny)).other()).isEqualTo(40.0);

        // only the two published shops pair up (and those of other tests in this store, if any)
        assertThat(m.customers().points()).filteredOn(Point::complete).extracting(Point::id)
                .contains(id(north), id(south)).doesNotContain(id(small), id(tiny));
    }
}
