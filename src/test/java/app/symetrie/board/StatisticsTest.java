package app.symetrie.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The methods of docs/METHODS.md on hand-computed data and published tables. */
class StatisticsTest {

    @Test
    void t_quantiles_match_the_published_table() {
        // Student's t, two-sided 95 % (0.975 quantile), from any statistics textbook's table.
        assertThat(Statistics.t95(1)).isCloseTo(12.706, within(5e-4));
        assertThat(Statistics.t95(4)).isCloseTo(2.776, within(5e-4));
        assertThat(Statistics.t95(9)).isCloseTo(2.262, within(5e-4));
        assertThat(Statistics.t95(29)).isCloseTo(2.045, within(5e-4));
        assertThat(Statistics.t95(120)).isCloseTo(1.980, within(5e-4));
        // whole degrees of freedom are remembered, fractional ones (Welch) computed: the same values either way
        assertThat(Statistics.t95(29)).isCloseTo(Statistics.tQuantile(29, 0.975), within(1e-12));
        assertThat(Statistics.t95(29.5)).isCloseTo(Statistics.tQuantile(29.5, 0.975), within(1e-12))
                .isBetween(Statistics.t95(30), Statistics.t95(29));
        assertThat(Statistics.t95(1e7)).as("tends to the normal 1.96").isCloseTo(1.960, within(5e-4));
    }

    @Test
    void a_small_group_gets_the_wider_t_margin_not_the_normal_one() {
        // Scores 25, 25, 25, 75, 75, 75: mean 50, sample variance 750; t(0.975, 5) = 2.5706.
        double margin = Statistics.margin(6, 300, 3 * 625 + 3 * 5625);
        assertThat(margin).isCloseTo(2.5706 * Math.sqrt(750.0 / 6), within(1e-3));
        assertThat(margin).isGreaterThan(1.96 * Math.sqrt(750.0 / 6));
        assertThat(Statistics.margin(1, 50, 2500)).as("no margin from one answer").isNaN();
    }

    @Test
    void welch_gives_its_own_interval_with_satterthwaite_degrees_of_freedom() {
        // Now: n = 10, mean 50, variance 4 → sum 500, sum of squares 4·9 + 500²/10 = 25,036.
        // Before: n = 20, mean 45, variance 16 → sum 900, sum of squares 16·19 + 900²/20 = 40,804.
        // a = 4/10 = 0.4, b = 16/20 = 0.8; df = 1.2² / (0.4²/9 + 0.8²/19) = 27.982; se = √1.2 = 1.0954;
        // t = 5 / 1.0954 = 4.564; t(0.975, 27.98) = 2.0484 → 5 ± 2.244; p = 9.13e-5 (as scipy's ttest_ind_from_stats).
        Statistics.Welch w = Statistics.welch(10, 500, 25_036, 20, 900, 40_804);
        assertThat(w).isNotNull();
        assertThat(w.delta()).isCloseTo(5.0, within(1e-9));
        assertThat(w.df()).isCloseTo(27.982, within(1e-3));
        assertThat(w.low()).isCloseTo(5 - 2.2440, within(1e-3));
        assertThat(w.high()).isCloseTo(5 + 2.2440, within(1e-3));
        assertThat(w.pValue()).isCloseTo(9.13e-5, within(1e-7));
        assertThat(w.before()).isCloseTo(45, within(1e-9));
        assertThat(w.now()).isCloseTo(50, within(1e-9));
        assertThat(Statistics.welch(1, 50, 2500, 20, 900, 40_804)).as("one answer: no test").isNull();
    }

    @Test
    void the_two_proportion_test_matches_the_hand_computation() {
        // 30 of 100 now, 15 of 100 before: pooled 0.225, se = √(0.225·0.775·0.02) = 0.05906, z = 2.540, p = 0.01109.
        assertThat(Statistics.twoProportionPValue(30, 100, 15, 100)).isCloseTo(0.01109, within(1e-5));
        assertThat(Statistics.twoProportionPValue(0, 40, 0, 30)).as("nobody either time").isEqualTo(1.0);
        assertThat(Statistics.twoProportionPValue(12, 40, 9, 30)).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void benjamini_hochberg_steps_up_from_the_largest_rank() {
        // m = 4, q = 5 %: thresholds 1.25 %, 2.5 %, 3.75 %, 5 %.
        assertThat(Statistics.benjaminiHochberg(List.of(0.5, 0.001, 0.03, 0.02), 0.05))
                .containsExactly(false, true, true, true);
        // 0.03 alone fails its own threshold (1.25 %), but rank 4 passes (0.049 ≤ 5 %): all four are discoveries.
        assertThat(Statistics.benjaminiHochberg(List.of(0.03, 0.04, 0.045, 0.049), 0.05))
                .containsExactly(true, true, true, true);
        // Ten tests, one at 1 %: 1 % > 1 · 5 % / 10 → nothing, where testing each alone would call it.
        assertThat(Statistics.benjaminiHochberg(List.of(0.01, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95), 0.05))
                .containsOnly(false);
        assertThat(Statistics.benjaminiHochberg(List.of(), 0.05)).isEmpty();
    }

    @Test
    void enps_is_the_mean_of_plus_and_minus_one_hundred_with_a_t_interval() {
        // 5 promoters, 3 passives, 2 detractors: 50 % − 20 % = +30.
        // Per-respondent scores +100 ×5, 0 ×3, −100 ×2: sample variance 10/9 · (0.5 + 0.2 − 0.3²) · 100² = 6,777.8;
        // margin t(0.975, 9) · √(6,777.8 / 10) = 2.2622 · 26.034 = 58.89.
        Statistics.EnpsFigures enps = Statistics.enps(5, 3, 2);
        assertThat(enps).isNotNull();
        assertThat(enps.value()).isCloseTo(30.0, within(1e-9));
        assertThat(enps.margin()).isCloseTo(58.89, within(0.01));
        assertThat(Statistics.enps(0, 0, 0)).isNull();
        assertThat(Statistics.enps(1, 0, 0).margin()).isNaN();
    }

    @Test
    void a_heatmap_cell_stands_out_only_when_its_interval_excludes_the_company_value() {
        // 20, 22, 24, 26, 28: mean 24, s² = 40 / 4 = 10, margin t(0.975, 4) × √(10 / 5) = 2.7764 × 1.4142 = 3.926
        // → [20.07, 27.93].
        double margin = Statistics.margin(5, 120, 400 + 484 + 576 + 676 + 784);
        org.assertj.core.api.Assertions.assertThat(margin)
                .isCloseTo(2.776445105 * Math.sqrt(2), org.assertj.core.api.Assertions.within(1e-6));
        org.assertj.core.api.Assertions.assertThat(Statistics.versus(24, margin, 30)).isEqualTo(-1);
        org.assertj.core.api.Assertions.assertThat(Statistics.versus(24, margin, 27)).isZero();
        org.assertj.core.api.Assertions.assertThat(Statistics.versus(24, margin, 20)).isEqualTo(1);
        org.assertj.core.api.Assertions.assertThat(Statistics.versus(24, margin, 20.1)).isZero();
        // One answer: no interval, never marked.
        org.assertj.core.api.Assertions.assertThat(Statistics.versus(90, Double.NaN, 10)).isZero();
    }
}
