package app.symetrie.mirror;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.symetrie.mirror.MirrorRecords.Point;
import app.symetrie.mirror.MirrorRecords.Scatter;
import app.symetrie.organization.Department;
import app.symetrie.organization.DepartmentId;
import app.symetrie.organization.DepartmentKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** Pearson's r, its Fisher interval and the pairing of waves with quarters, on fixed data checked by hand. */
class CorrelationTest {

    private static final double EPS = 1e-6;

    private static List<@Nullable Double> values(@Nullable Double... values) {
        return new ArrayList<>(Arrays.asList(values));
    }

    @Test
    void r_and_its_fisher_interval_match_the_hand_computation() {
        // x = 1..5, y = 2 4 5 4 5: means 3 and 4; Sxy = 4 + 0 + 0 + 0 + 2 = 6, Sxx = 10, Syy = 4 + 0 + 1 + 0 + 1 = 6
        // r = 6 / √60 = 0.774597; z = atanh(r) = 1.031719; half-width 1.959964 / √(5 − 3) = 1.385904
        // low = tanh(1.031719 − 1.385904) = tanh(−0.354185) = −0.340082; high = tanh(2.417622) = 0.984236
        Correlation c = Correlation.of(values(1.0, 2.0, 3.0, 4.0, 5.0), values(2.0, 4.0, 5.0, 4.0, 5.0));
        assertThat(c.n()).isEqualTo(5);
        assertThat(c.r()).isCloseTo(0.774597, within(EPS));
        assertThat(c.low()).isCloseTo(-0.340082, within(EPS));
        assertThat(c.high()).isCloseTo(0.984236, within(EPS));
        assertThat(c.few()).isTrue();
    }

    @Test
    void units_missing_either_figure_are_left_out() {
        // the same five pairs as above, plus two units with one figure only
        Correlation c = Correlation.of(values(1.0, null, 2.0, 3.0, 4.0, 5.0, 9.0),
                values(2.0, 7.0, 4.0, 5.0, 4.0, 5.0, null));
        assertThat(c.n()).isEqualTo(5);
        assertThat(c.r()).isCloseTo(0.774597, within(EPS));
    }

    @Test
    void three_units_give_r_without_an_interval_and_two_give_no_r() {
        // x = 50 60 70, y = 80 70 60: exactly on a falling line, r = −200 / √(200 × 200) = −1
        Correlation three = Correlation.of(values(50.0, 60.0, 70.0), values(80.0, 70.0, 60.0));
        assertThat(three.n()).isEqualTo(3);
        assertThat(three.r()).isCloseTo(-1.0, within(EPS));
        assertThat(three.low()).isNull();
        assertThat(three.high()).isNull();

        Correlation two = Correlation.of(values(50.0, 60.0), values(80.0, 70.0));
        assertThat(two.n()).isEqualTo(2);
        assertThat(two.r()).isNull();
    }

    @Test
    void a_figure_that_does_not_vary_gives_no_r() {
        Correlation c = Correlation.of(values(50.0, 60.0, 70.0, 80.0), values(75.0, 75.0, 75.0, 75.0));
        assertThat(c.n()).isEqualTo(4);
        assertThat(c.r()).isNull();
    }

    @Test
    void a_wave_stands_for_the_quarter_its_close_date_falls_in_the_later_one_winning() {
        record W(String id, LocalDate closesOn) {
        }
        W march = new W("march", LocalDate.of(2026, 3, 31));
        W april = new W("april", LocalDate.of(2026, 4, 1));
        W june = new W("june", LocalDate.of(2026, 6, 30));
        W december = new W("december", LocalDate.of(2026, 12, 31));
        SortedMap<Quarter, W> byQuarter = Pairing.byQuarter(List.of(june, march, april, december), W::closesOn);
        assertThat(byQuarter).containsExactly(Map.entry(new Quarter(2026, 1), march),
                Map.entry(new Quarter(2026, 2), june), Map.entry(new Quarter(2026, 4), december));
        assertThat(Pairing.customerPeriod(new Quarter(2026, 2), false)).isEqualTo(new Quarter(2026, 2));
        assertThat(Pairing.customerPeriod(new Quarter(2026, 4), true)).isEqualTo(new Quarter(2027, 1));
    }

    @Test
    void the_lag_sets_comfort_beside_the_next_quarters_figures() {
        Department a = front("A");
        Department b = front("B");
        Department c = front("C");
        Department d = front("D");
        Department e = front("E");
        List<Department> departments = List.of(a, b, c, d, e);
        // comfort of the wave closed in 2026-Q1; E was hidden under k that wave: no comfort point
        Map<String, Double> comfort = Map.of(a.id().value(), 60.0, b.id().value(), 65.0, c.id().value(), 70.0,
                d.id().value(), 75.0);
        Map<Quarter, Map<String, Double>> customer = Map.of(
                new Quarter(2026, 1), Map.of(a.id().value(), 70.0, b.id().value(), 74.0, c.id().value(), 73.0,
                        d.id().value(), 79.0, e.id().value(), 90.0),
                new Quarter(2026, 2), Map.of(a.id().value(), 70.0, b.id().value(), 72.0, c.id().value(), 80.0,
                        d.id().value(), 78.0));

        // same quarter: x 60 65 70 75 (mean 67.5), y 70 74 73 79 (mean 74); Sxy = 65, Sxx = 125, Syy = 42
        // r = 65 / √5250 = 0.897085; z = 1.457086, half-width 1.959964 / √1; interval tanh(−0.502878) = −0.464377
        // to tanh(3.417050) = 0.997849
        Scatter same = Pairing.scatter(departments, comfort,
                customer.get(Pairing.customerPeriod(new Quarter(2026, 1), false)));
        assertThat(same.points()).extracting(Point::name).containsExactly("A", "B", "C", "D", "E");
        assertThat(same.points().getLast().complete()).isFalse();
        assertThat(same.correlation().n()).isEqualTo(4);
        assertThat(same.correlation().r()).isCloseTo(0.897085, within(EPS));
        assertThat(same.correlation().low()).isCloseTo(-0.464377, within(EPS));
        assertThat(same.correlation().high()).isCloseTo(0.997849, within(EPS));

        // one quarter later: y 70 72 80 78 (mean 75); Sxy = 80, Sxx = 125, Syy = 68
        // r = 80 / √8500 = 0.867722; z = 1.323784; interval tanh(−0.636180) = −0.562293 to tanh(3.283748) = 0.997193
        Scatter lagged = Pairing.scatter(departments, comfort,
                customer.get(Pairing.customerPeriod(new Quarter(2026, 1), true)));
        assertThat(lagged.points()).extracting(Point::name).containsExactly("A", "B", "C", "D");
        assertThat(lagged.correlation().r()).isCloseTo(0.867722, within(EPS));
        assertThat(lagged.correlation().low()).isCloseTo(-0.562293, within(EPS));
        assertThat(lagged.correlation().high()).isCloseTo(0.997193, within(EPS));
    }

    @Test
    void a_counter_example_among_six_departments_leaves_no_clear_link() {
        // x 55 60 65 70 75 80 (mean 67.5), y 70 74 73 79 81 60 (mean 72.833): the last department has the best
        // comfort and the worst customers. Sxy = −57.5, Sxx = 437.5, Syy = 278.833
        // r = −57.5 / √121989.58 = −0.164629; z = −0.166141, half-width 1.959964 / √3 = 1.131586
        // interval tanh(−1.297727) = −0.861137 to tanh(0.965445) = 0.746696: it includes 0
        Correlation c = Correlation.of(values(55.0, 60.0, 65.0, 70.0, 75.0, 80.0),
                values(70.0, 74.0, 73.0, 79.0, 81.0, 60.0));
        assertThat(c.r()).isCloseTo(-0.164629, within(EPS));
        assertThat(c.low()).isCloseTo(-0.861137, within(EPS));
        assertThat(c.high()).isCloseTo(0.746696, within(EPS));
    }

    private static Department front(String name) {
        return new Department(DepartmentId.random(), name, DepartmentKind.FRONT_OFFICE, null);
    }
}
