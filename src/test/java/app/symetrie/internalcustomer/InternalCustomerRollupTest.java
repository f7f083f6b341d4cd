package app.symetrie.internalcustomer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.symetrie.barometer.ServiceRatingsReleased;
import app.symetrie.barometer.ServiceRatingsReleased.Rater;
import app.symetrie.barometer.WaveId;
import app.symetrie.internalcustomer.InternalCustomerRecords.Satisfaction;
import app.symetrie.internalcustomer.internal.FunctionFiguresDocument;
import app.symetrie.internalcustomer.internal.FunctionFiguresDocument.Group;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The internal-customer figures on fixed ratings, every value checked by hand, and the rule that no group of raters
 * under k can be read or deduced by subtraction (k = 3 here).
 */
class InternalCustomerRollupTest {

    static final int K = 3;
    static final String FRONT = "FRONT_OFFICE";
    static final String SUPPORT = "SUPPORT";

    private final List<Rater> raters = new ArrayList<>();

    /** A rater of {@code function}: responsiveness, clarity, self-service (null = skipped). */
    private void rate(@Nullable String kind, String function, @Nullable Integer r, @Nullable Integer c,
                      @Nullable Integer s, String... pains) {
        Map<String, Integer> ratings = new HashMap<>();
        if (r != null) {
            ratings.put("responsiveness", r);
        }
        if (c != null) {
            ratings.put("clarity", c);
        }
        if (s != null) {
            ratings.put("self_service", s);
        }
        raters.add(new Rater(kind, Map.of(function, ratings), Set.of(pains)));
    }

    private FunctionFiguresDocument figures(String function, int respondents, Map<String, Integer> painCounts) {
        return InternalCustomerRollup.of(new ServiceRatingsReleased(new WaveId("w1"), K, respondents, painCounts,
                raters)).stream().filter(f -> f.functionId().equals(function)).findFirst().orElseThrow();
    }

    private static @Nullable Group group(FunctionFiguresDocument f, String raters) {
        return f.groups().stream().filter(g -> g.raters().equals(raters)).findFirst().orElse(null);
    }

    private static Satisfaction satisfaction(FunctionFiguresDocument f, String raters) {
        Satisfaction s = InternalCustomerService.satisfaction(group(f, raters));
        assertThat(s).as(raters).isNotNull();
        return s;
    }

    @Test
    void satisfaction_is_the_mean_of_each_rater_s_mean_on_zero_to_hundred_per_group_and_per_statement() {
        rate(FRONT, "it", 5, 4, 3);      // mean 4 → 75
        rate(FRONT, "it", 2, 2, 2);      // 2 → 25
        rate(FRONT, "it", 3, 3, null);   // 3 → 50 (self-service skipped)
        rate(FRONT, "it", 1, 2, 3);      // 2 → 25
        rate(SUPPORT, "it", 4, 4, 4);    // 75
        rate(SUPPORT, "it", 5, 5, 5);    // 100
        rate(SUPPORT, "it", 3, 4, 5);    // 4 → 75
        FunctionFiguresDocument it = figures("it", 20, Map.of());

        Satisfaction all = satisfaction(it, "ALL");
        assertThat(all.overall().n()).isEqualTo(7);
        assertThat(all.overall().value()).isCloseTo(425.0 / 7, within(1e-9));   // 60.71
        assertThat(satisfaction(it, FRONT).overall().value()).isCloseTo(43.75, within(1e-9));   // 175 / 4
        assertThat(satisfaction(it, SUPPORT).overall().value()).isCloseTo(250.0 / 3, within(1e-9)); // 83.33
        // responsiveness: 5 2 3 1 | 4 5 3 → 23 / 7 = 3.2857 → 57.14; front 11 / 4 = 2.75 → 43.75; 4 or 5: 3 of 7 (5, 4, 5)
        assertThat(all.statements().get("responsiveness").value()).isCloseTo((23.0 / 7 - 1) / 4 * 100, within(1e-9));
        assertThat(all.statements().get("responsiveness").favourable()).isCloseTo(300.0 / 7, within(1e-9));
        assertThat(satisfaction(it, FRONT).statements().get("responsiveness").value()).isCloseTo(43.75, within(1e-9));
        // self-service: front 3, 2, 3 (one skipped) → 8 / 3 → 41.67, n = 3
        assertThat(satisfaction(it, FRONT).statements().get("self_service").n()).isEqualTo(3);
        assertThat(satisfaction(it, FRONT).statements().get("self_service").value())
                .isCloseTo((8.0 / 3 - 1) / 4 * 100, within(1e-9));
        // the margin of the whole: scores 75 25 50 25 75 100 75, s = √(4821.43 / 6) = 28.35, t(0.975; 6) = 2.4469,
        // 2.4469 × 28.35 / √7 → ± 26.22
        assertThat(all.overall().margin()).isCloseTo(26.22, within(0.01));
    }

    @Test
    void a_kind_of_raters_under_k_hides_the_other_kind_too_when_the_total_would_give_it_away() {
        for (int i = 0; i < 5; i++) {
            rate(FRONT, "hr", 4, 4, 4);
        }
        rate(SUPPORT, "hr", 1, 1, 1);
        rate(SUPPORT, "hr", 2, 1, 1);
        FunctionFiguresDocument hr = figures("hr", 20, Map.of());
        assertThat(hr.groups()).extracting(Group::raters).containsExactly("ALL");
        assertThat(group(hr, "ALL").n()).isEqualTo(7);
    }

    @Test
    void raters_whose_kind_the_wave_could_not_name_count_in_the_rest_that_must_reach_k() {
        for (int i = 0; i < 3; i++) {
            rate(FRONT, "legal", 3, 3, 3);
        }
        rate(null, "legal", 5, 5, 5);
        rate(null, "legal", 5, 5, 5);
        FunctionFiguresDocument legal = figures("legal", 20, Map.of());
        // 5 raters, 3 of them front office: 5 − 3 = 2 would be the two of unknown kind
        assertThat(legal.groups()).extracting(Group::raters).containsExactly("ALL");
    }

    @Test
    void both_kinds_show_when_each_reaches_k_and_nothing_under_k_is_left() {
        for (int i = 0; i < 3; i++) {
            rate(FRONT, "buy", 2, 2, 2);
            rate(SUPPORT, "buy", 4, 4, 4);
        }
        FunctionFiguresDocument buy = figures("buy", 20, Map.of());
        assertThat(buy.groups()).extracting(Group::raters).containsExactly("ALL", FRONT, SUPPORT);
        assertThat(satisfaction(buy, FRONT).overall().value()).isCloseTo(25.0, within(1e-9));
        assertThat(satisfaction(buy, SUPPORT).overall().value()).isCloseTo(75.0, within(1e-9));
    }

    @Test
    void a_statement_skipped_by_some_is_shown_per_kind_only_when_its_own_counts_pass_the_same_rule() {
        for (int i = 0; i < 4; i++) {
            rate(FRONT, "buy", 2, 3, 2);
        }
        rate(SUPPORT, "buy", 4, 4, 4);
        rate(SUPPORT, "buy", 4, 4, 4);
        rate(SUPPORT, "buy", 4, null, 4); // one support rater skips clarity: 2 support answers to it
        FunctionFiguresDocument buy = figures("buy", 20, Map.of());
        assertThat(buy.groups()).extracting(Group::raters).containsExactly("ALL", FRONT, SUPPORT);
        assertThat(satisfaction(buy, "ALL").statements()).containsKey("clarity");
        // clarity: 6 answers, 4 front and 2 support — the front's 4 would give the support's 2 away
        assertThat(satisfaction(buy, FRONT).statements()).doesNotContainKey("clarity").containsKey("responsiveness");
        assertThat(satisfaction(buy, SUPPORT).statements()).doesNotContainKey("clarity");
    }

    @Test
    void a_function_rated_by_fewer_than_k_has_no_figure_and_a_wave_under_k_has_none_at_all() {
        rate(FRONT, "facilities", 1, 1, 1);
        rate(FRONT, "facilities", 2, 2, 2);
        assertThat(figures("facilities", 20, Map.of()).groups()).isEmpty();
        assertThat(InternalCustomerRollup.of(new ServiceRatingsReleased(new WaveId("w1"), K, 2, Map.of(), raters)))
                .isEmpty();
    }

    @Test
    void pain_points_of_the_dissatisfied_raters_are_kept_only_where_they_and_everyone_else_reach_k() {
        rate(FRONT, "it", 1, 2, 1, "slow_it", "access");   // 8.33: dissatisfied
        rate(FRONT, "it", 2, 2, 2, "slow_it");             // 25
        rate(FRONT, "it", 2, 3, 2, "slow_it", "vpn");      // 33.3
        rate(FRONT, "it", 4, 4, 4, "vpn");                 // 75: satisfied
        // one satisfied rater beside the total would tell that exactly one scored it 50 or more: nothing shown
        assertThat(figures("it", 10, Map.of("slow_it", 4, "access", 1, "vpn", 5)).pains()).isNull();
        rate(FRONT, "it", 5, 4, 4);                        // 91.7: satisfied
        rate(FRONT, "it", 3, 4, 5);                        // 75: satisfied
        FunctionFiguresDocument it = figures("it", 10, Map.of("slow_it", 4, "access", 1, "vpn", 5));
        assertThat(it.pains()).isNotNull();
        assertThat(it.pains().dissatisfied()).isEqualTo(3);
        assertThat(it.pains().counts()).extracting(c -> c.code() + "=" + c.count())
                .containsExactly("access=1", "slow_it=3", "vpn=1");
        assertThat(it.pains().respondents()).isEqualTo(10);
        // with 5 respondents, only 2 are not among the 3 dissatisfied: their pain points could be deduced
        assertThat(figures("it", 5, Map.of()).pains()).isNull();
    }
}
