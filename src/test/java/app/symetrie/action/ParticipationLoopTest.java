package app.symetrie.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.symetrie.action.internal.ActionDocument;
import app.symetrie.barometer.AnonymityThresholds;
import app.symetrie.barometer.CampaignId;
import app.symetrie.barometer.Wave;
import app.symetrie.barometer.WaveId;
import app.symetrie.barometer.WaveStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Participation before and after acting, on three waves of three departments counted by hand: A (20 invited), B (20)
 * and C (10), k = 5.
 */
class ParticipationLoopTest {

    static Wave wave(int slot, LocalDate opens, int a, int b, int c) {
        return new Wave(new WaveId("w" + slot), new CampaignId("c"), "Baromètre", slot, opens, opens.plusDays(20),
                WaveStatus.CLOSED, 1, AnonymityThresholds.DEFAULT, Map.of("A", 20, "B", 20, "C", 10),
                Map.of("A", a, "B", b, "C", c), null);
    }

    static ActionDocument action(String department, LocalDate start) {
        return new ActionDocument("act-" + department + start, 0, department, "Action", "", null, null, List.of(),
                start, null, ActionStatus.IN_PROGRESS, 10, Visibility.TEAM, List.of(), List.of(), false, List.of(),
                0, null, Instant.EPOCH);
    }

    @Test
    void each_wave_shows_participation_its_change_and_the_departments_that_acted_against_the_others() {
        List<Wave> waves = List.of(
                wave(0, LocalDate.of(2026, 1, 1), 10, 10, 5),   // 25 / 50
                wave(1, LocalDate.of(2026, 4, 1), 16, 11, 5),   // 32 / 50
                wave(2, LocalDate.of(2026, 7, 1), 16, 13, 4));  // 33 / 50
        List<ActionDocument> started = List.of(
                action("A", LocalDate.of(2026, 2, 1)),  // between wave 0 (closed 21 Jan) and wave 1
                action("C", LocalDate.of(2026, 5, 1)),  // between wave 1 and wave 2
                action("B", LocalDate.of(2026, 1, 10))); // while wave 0 was open: counts for no wave

        List<ParticipationLoop.WaveRow> rows = YouSaidWeDidService.loop(waves, started, w -> Set.of("A", "B", "C"));

        assertThat(rows).hasSize(3);
        assertThat(rows.get(0).participation()).isCloseTo(0.5, within(1e-12));
        assertThat(rows.get(0).change()).isNull();
        assertThat(rows.get(0).actionsStarted()).isZero();

        // Wave 1: 32/50 = 64 %, +14 points; A acted: 10/20 → 16/20 = +30 points; B and C: 15/30 → 16/30 = +3.33.
        ParticipationLoop.WaveRow w1 = rows.get(1);
        assertThat(w1.participation()).isCloseTo(0.64, within(1e-12));
        assertThat(w1.change()).isCloseTo(14.0, within(1e-9));
        assertThat(w1.actionsStarted()).isEqualTo(1);
        assertThat(w1.departmentsActed()).isEqualTo(1);
        assertThat(w1.actedChange()).isCloseTo(30.0, within(1e-9));
        assertThat(w1.otherChange()).isCloseTo(100.0 / 30, within(1e-9));

        // Wave 2: 33/50 = 66 %, +2 points; C acted but answered 4 < k: no split, so C's count cannot be read.
        ParticipationLoop.WaveRow w2 = rows.get(2);
        assertThat(w2.participation()).isCloseTo(0.66, within(1e-12));
        assertThat(w2.change()).isCloseTo(2.0, within(1e-9));
        assertThat(w2.actionsStarted()).isEqualTo(1);
        assertThat(w2.departmentsActed()).isEqualTo(1);
        assertThat(w2.actedChange()).isNull();
        assertThat(w2.otherChange()).isNull();
    }

    @Test
    void the_split_is_withheld_when_neither_group_is_made_of_counts_the_participation_page_shows() {
        List<Wave> waves = List.of(
                wave(0, LocalDate.of(2026, 1, 1), 10, 10, 5),
                wave(1, LocalDate.of(2026, 4, 1), 16, 11, 5));
        List<ActionDocument> started = List.of(action("A", LocalDate.of(2026, 2, 1)),
                action("C", LocalDate.of(2026, 2, 1)));

        // A and C acted (21 → 21 answers, ≥ k); B alone is the others. The page hides C in both waves and B in the
        // first: the acted group's count (computable from the split and the overall rates) minus A's shown count
        // would give C's hidden 5, and the others' group is no published count either.
        ParticipationLoop.WaveRow hidden = YouSaidWeDidService.loop(waves, started,
                w -> w.slot() == 0 ? Set.of("A") : Set.of("A", "B")).get(1);
        assertThat(hidden.actedChange()).isNull();
        assertThat(hidden.otherChange()).isNull();
        assertThat(hidden.change()).as("the overall change is still given").isCloseTo(14.0, within(1e-9));

        // B shown in both waves: the others are a published count, the acted ones the total minus it — nothing new.
        ParticipationLoop.WaveRow shown = YouSaidWeDidService.loop(waves, started, w -> Set.of("A", "B")).get(1);
        assertThat(shown.actedChange()).isCloseTo(100.0 * (21.0 / 30 - 15.0 / 30), within(1e-9));
        assertThat(shown.otherChange()).isCloseTo(100.0 * (11.0 / 20 - 10.0 / 20), within(1e-9));
    }
}
