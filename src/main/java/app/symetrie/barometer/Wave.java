package app.symetrie.barometer;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One wave of a campaign. What it opened with is fixed for its whole life: the questionnaire version, the
 * anonymity thresholds, and who was invited (per department), so participation rates are exact.
 *
 * @param slot     the campaign's schedule slot it fills (0 = first opening); unique per campaign
 * @param closesOn the last day answers are accepted
 * @param invited  people invited per department id when the wave opened
 * @param answered once the wave is closed, answers per department id (empty before)
 * @param reopenableUntil when a lead closed it by hand: until when the close can be undone (answers are refused
 *                        meanwhile, nothing is released); null otherwise (docs/decisions/022-undoing-a-close.md)
 */
public record Wave(WaveId id, CampaignId campaignId, String campaignName, int slot, LocalDate opensOn,
                   LocalDate closesOn, WaveStatus status, int questionnaireVersion, AnonymityThresholds thresholds,
                   Map<String, Integer> invited, Map<String, Integer> answered, @Nullable Instant reopenableUntil) {

    public Wave {
        invited = Map.copyOf(invited);
        answered = Map.copyOf(answered);
    }

    public int invitedTotal() {
        return invited.values().stream().mapToInt(Integer::intValue).sum();
    }

    public boolean acceptsAnswersOn(LocalDate day) {
        return status == WaveStatus.OPEN && reopenableUntil == null && !day.isBefore(opensOn)
                && !day.isAfter(closesOn);
    }

    /** Closed by hand, its release waiting for the end of the time to undo it. */
    public boolean closeScheduled() {
        return status == WaveStatus.OPEN && reopenableUntil != null;
    }

    /** A short label: "Q3 2026" style for people, e.g. "2026-07-01 → 2026-07-21". */
    public String period() {
        return opensOn + " → " + closesOn;
    }
}
