package app.symetrie.board;

import static org.assertj.core.api.Assertions.assertThat;

import app.symetrie.board.BoardRecords.Change;
import app.symetrie.board.internal.RollupKeys;
import app.symetrie.board.internal.RollupView;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import org.bson.Document;
import org.junit.jupiter.api.Test;

/**
 * Alerts are not noise: on the demo company's sizes, waves with no true change raise a false alert in at most 5 % of
 * waves (Benjamini–Hochberg over every department and indicator), where testing each comparison alone at 5 % would
 * raise some almost every wave; and a true drop is caught.
 */
class AlertSimulationTest {

    /** Headcounts of the demo company's 15 departments (demo/OrganizationDemo). */
    static final int[] DEMO = {28, 22, 30, 55, 18, 12, 16, 80, 125, 35, 30, 12, 45, 50, 45};
    static final int[] DIMENSION_SIZES = {3, 3, 2, 3, 2, 3};
    static final int PAINS = 10;
    static final int K = 5;

    /** What one department answers: a 1–5 distribution per statement and a prevalence per pain point. */
    record Profile(double[][] statementWeights, double[] painRates) {
    }

    static Profile profile(Random random) {
        double[][] weights = new double[16][5];
        for (double[] w : weights) {
            for (int i = 0; i < 5; i++) {
                w[i] = 0.2 + random.nextDouble();
            }
        }
        double[] pains = new double[PAINS];
        for (int i = 0; i < PAINS; i++) {
            pains[i] = 0.03 + random.nextDouble() * 0.5;
        }
        return new Profile(weights, pains);
    }

    static int draw(double[] weights, Random random) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double x = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x < 0) {
                return i + 1;
            }
        }
        return weights.length;
    }

    /** A department's rollup from {@code n} respondents drawn from its profile, DCI shifted by {@code shift}. */
    static RollupView wave(Profile profile, int n, double shift, double[] painShift, Random random) {
        double sum = 0;
        double sq = 0;
        int[] pains = new int[PAINS];
        for (int r = 0; r < n; r++) {
            int statement = 0;
            double dci = 0;
            for (int size : DIMENSION_SIZES) {
                double total = 0;
                for (int s = 0; s < size; s++) {
                    total += draw(profile.statementWeights()[statement++], random);
                }
                dci += (total / size - 1) / 4 * 100;
            }
            dci = Math.max(0, Math.min(100, dci / DIMENSION_SIZES.length + shift));
            sum += dci;
            sq += dci * dci;
            for (int p = 0; p < PAINS; p++) {
                if (random.nextDouble() < profile.painRates()[p] + painShift[p]) {
                    pains[p]++;
                }
            }
        }
        Document pain = new Document();
        for (int p = 0; p < PAINS; p++) {
            pain.put(RollupKeys.field("pain." + p), pains[p]);
        }
        return new RollupView(new Document("n", n).append("dci", new Document("n", n).append("sum", sum)
                .append("sq", sq)).append("p", pain));
    }

    static List<String> painCodes() {
        return IntStream.range(0, PAINS).mapToObj(p -> "pain." + p).toList();
    }

    /** One pair of waves of the demo company with nothing changed; returns [BH alerts, naive alerts]. */
    static int[] nullWave(Random random) {
        Map<String, RollupView> now = new HashMap<>();
        Map<String, RollupView> before = new HashMap<>();
        double[] noShift = new double[PAINS];
        for (int d = 0; d < DEMO.length; d++) {
            Profile profile = profile(random);
            int a = (int) Math.round(DEMO[d] * (0.55 + random.nextDouble() * 0.30));
            int b = (int) Math.round(DEMO[d] * (0.55 + random.nextDouble() * 0.30));
            if (a >= K && b >= K) {
                now.put("d" + d, wave(profile, a, 0, noShift, random));
                before.put("d" + d, wave(profile, b, 0, noShift, random));
            }
        }
        WaveComparisons comparisons = WaveComparisons.of(now, before, now.keySet(), painCodes());
        int called = 0;
        int naive = 0;
        for (Change c : comparisons.dciChanges().values()) {
            called += c.significant() ? 1 : 0;
            naive += c.pValue() < 0.05 ? 1 : 0;
        }
        for (Map<String, WaveComparisons.PainTest> byCode : comparisons.painTests().values()) {
            for (WaveComparisons.PainTest t : byCode.values()) {
                called += t.significant() ? 1 : 0;
                naive += t.pValue() < 0.05 ? 1 : 0;
            }
        }
        return new int[] {called, naive};
    }

    @Test
    void with_no_true_change_at_most_five_percent_of_waves_raise_a_false_alert() {
        Random random = new Random(20_260_101L);
        int waves = 400;
        int wavesWithFalseAlert = 0;
        int wavesWithNaiveAlert = 0;
        for (int i = 0; i < waves; i++) {
            int[] result = nullWave(random);
            wavesWithFalseAlert += result[0] > 0 ? 1 : 0;
            wavesWithNaiveAlert += result[1] > 0 ? 1 : 0;
        }
        assertThat((double) wavesWithFalseAlert / waves).as("waves with a false alert, FDR controlled")
                .isLessThanOrEqualTo(0.05);
        assertThat((double) wavesWithNaiveAlert / waves).as("each test alone at 5 %: false alarms every wave")
                .isGreaterThan(0.9);
    }

    @Test
    void a_true_drop_and_a_true_rise_of_a_pain_point_are_caught_and_nothing_else() {
        Random random = new Random(7L);
        Map<String, RollupView> now = new HashMap<>();
        Map<String, RollupView> before = new HashMap<>();
        double[] noShift = new double[PAINS];
        // Fifteen departments of 30 respondents, unchanged, but "drop": its comfort index falls by 15 points, and its
        // pain point 3 goes from its usual rate to 45 points more.
        List<String> ids = new ArrayList<>();
        Profile dropping = null;
        for (int d = 0; d < 15; d++) {
            Profile profile = profile(random);
            String id = d == 0 ? "drop" : "d" + d;
            ids.add(id);
            double[] painShift = new double[PAINS];
            if (d == 0) {
                dropping = profile;
                painShift[3] = 0.45;
            }
            before.put(id, wave(profile, 30, 0, noShift, random));
            now.put(id, wave(profile, 30, d == 0 ? -15 : 0, painShift, random));
        }
        assertThat(dropping).isNotNull();
        WaveComparisons comparisons = WaveComparisons.of(now, before, Set.copyOf(ids), painCodes());
        assertThat(comparisons.tests()).isEqualTo(15 * 11);
        Change drop = comparisons.dci("drop");
        assertThat(drop).isNotNull();
        assertThat(drop.significant()).isTrue();
        assertThat(drop.direction()).isEqualTo(-1);
        assertThat(drop.delta()).isBetween(-20.0, -10.0);
        assertThat(drop.high()).as("the change's own interval excludes 0").isNegative();
        WaveComparisons.PainTest pain = comparisons.pain("drop", "pain.3");
        assertThat(pain).isNotNull();
        assertThat(pain.significant()).isTrue();
        assertThat(pain.now()).isGreaterThan(pain.before());
        comparisons.dciChanges().forEach((id, c) -> {
            if (!id.equals("drop")) {
                assertThat(c.significant()).as(id).isFalse();
            }
        });
    }
}
