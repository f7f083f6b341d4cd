package app.symetrie.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.symetrie.board.UnitFigures;
import app.symetrie.board.UnitFigures.Interval;
import app.symetrie.map.SatisfactionMap.PainRow;
import app.symetrie.map.SatisfactionMap.Row;
import app.symetrie.map.SatisfactionMap.Verdict;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The map's gaps and verdicts on fixed figures, each checked by hand (docs/METHODS.md, "Satisfaction Map"). */
class GapsTest {

    /**
     * Four answers 2, 3, 3, 4: n = 4, sum = 12, sum of squares = 38, mean 3, s² = (38 − 12²/4) / 3 = 2/3, standard
     * error √(2/3) / 2 = 0.408248, t(0.975; 3) = 3.182446, margin 1.299228: the interval is 1.700772–4.299228.
     */
    private static final Interval FOUR = UnitFigures.interval(4, 12, 38);

    @Test
    void the_employees_interval_is_the_student_t_interval_of_their_mean() {
        assertThat(FOUR.mean()).isEqualTo(3.0);
        assertThat(FOUR.margin()).isCloseTo(1.299228, within(1e-6));
        assertThat(FOUR.low()).isCloseTo(1.700772, within(1e-6));
        assertThat(FOUR.high()).isCloseTo(4.299228, within(1e-6));
    }

    @Test
    void a_prediction_above_the_interval_is_a_blind_spot_below_a_hidden_strength_inside_in_line() {
        Row blind = Gaps.row("support", "Support", 4.5, FOUR);
        assertThat(blind.gap()).isCloseTo(1.5, within(1e-12));
        assertThat(blind.verdict()).isEqualTo(Verdict.BLIND_SPOT);
        Row hidden = Gaps.row("skills", "Skills", 1.5, FOUR);
        assertThat(hidden.gap()).isCloseTo(-1.5, within(1e-12));
        assertThat(hidden.verdict()).isEqualTo(Verdict.HIDDEN_STRENGTH);
        Row inLine = Gaps.row("equipment", "Equipment", 4.0, FOUR);
        assertThat(inLine.gap()).as("a gap of one point, but within the noise of four answers").isCloseTo(1.0,
                within(1e-12));
        assertThat(inLine.verdict()).isEqualTo(Verdict.IN_LINE);
        assertThat(inLine.n()).isEqualTo(4);
    }

    @Test
    void no_prediction_or_too_few_ratings_give_no_gap() {
        Row none = Gaps.row("a", "A", null, FOUR);
        assertThat(none.verdict()).isEqualTo(Verdict.NO_PREDICTION);
        assertThat(none.gap()).isNull();
        assertThat(none.employees()).isEqualTo(3.0);
        Row unrated = Gaps.row("b", "B", 4.0, null);
        assertThat(unrated.verdict()).isEqualTo(Verdict.NOT_ENOUGH_ANSWERS);
        assertThat(unrated.employees()).isNull();
        assertThat(unrated.gap()).isNull();
        assertThat(unrated.n()).isZero();
    }

    @Test
    void several_managers_predictions_are_averaged_and_rows_sort_by_gap_largest_over_estimation_first() {
        assertThat(Gaps.mean(List.of(Map.of("a", 4), Map.of("a", 5), Map.of("b", 1)), "a")).isEqualTo(4.5);
        assertThat(Gaps.mean(List.of(Map.of("b", 1)), "a")).isNull();
        List<Row> sorted = Gaps.sorted(List.of(Gaps.row("in", "In", 4.0, FOUR), Gaps.row("none", "None", null, FOUR),
                Gaps.row("hidden", "Hidden", 1.5, FOUR), Gaps.row("blind", "Blind", 4.5, FOUR)));
        assertThat(sorted).extracting(Row::code).containsExactly("blind", "in", "hidden", "none");
    }

    /**
     * Ten respondents ticked a 6 times, b 5, c 4, d once, e never; managers expected a (one of them) and d (two).
     * The employees' top three are a, b, c (third share 0.4). d: mean 0.1, s² = (1 − 1/10) / 9 = 0.1, standard error
     * 0.1, t(0.975; 9) = 2.262157, so its interval ends at 0.326216, below 0.4: clearly not a top pain point.
     */
    @Test
    void pain_points_expected_by_nobody_among_the_top_three_are_blind_spots_and_expected_ones_far_below_hidden_strengths() {
        Map<String, Interval> prevalence = Map.of("a", UnitFigures.interval(10, 6, 6),
                "b", UnitFigures.interval(10, 5, 5), "c", UnitFigures.interval(10, 4, 4),
                "d", UnitFigures.interval(10, 1, 1), "e", UnitFigures.interval(10, 0, 0));
        Map<String, String> labels = new LinkedHashMap<>();
        List.of("a", "b", "c", "d", "e").forEach(c -> labels.put(c, c.toUpperCase()));
        List<PainRow> rows = Gaps.pains(prevalence, Map.of("a", 1, "d", 2), labels);
        assertThat(rows).extracting(PainRow::code).containsExactly("b", "c", "d", "a", "e");
        assertThat(rows).extracting(PainRow::verdict).containsExactly(Verdict.BLIND_SPOT, Verdict.BLIND_SPOT,
                Verdict.HIDDEN_STRENGTH, Verdict.IN_LINE, Verdict.IN_LINE);
        PainRow d = rows.get(2);
        assertThat(d.rank()).isEqualTo(4);
        assertThat(d.predictedBy()).isEqualTo(2);
        assertThat(d.prevalence()).isCloseTo(0.1, within(1e-12));
        assertThat(d.high()).isCloseTo(0.326216, within(1e-6));
        assertThat(rows.get(0).rank()).isEqualTo(2);
    }

    @Test
    void a_pain_point_tied_with_the_third_counts_as_top() {
        Map<String, Interval> prevalence = Map.of("a", UnitFigures.interval(10, 5, 5),
                "b", UnitFigures.interval(10, 4, 4), "c", UnitFigures.interval(10, 3, 3),
                "d", UnitFigures.interval(10, 3, 3));
        Map<String, String> labels = new LinkedHashMap<>();
        List.of("a", "b", "c", "d").forEach(c -> labels.put(c, c));
        List<PainRow> rows = Gaps.pains(prevalence, Map.of("a", 1, "b", 1), labels);
        assertThat(rows.stream().filter(r -> r.verdict() == Verdict.BLIND_SPOT).map(PainRow::code))
                .containsExactlyInAnyOrder("c", "d");
    }
}
