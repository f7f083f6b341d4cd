package app.symetrie.barometer;

import java.time.LocalDate;

/** How often a campaign opens a wave. */
public enum Cadence {
    MONTHLY(1),
    QUARTERLY(3),
    HALF_YEARLY(6);

    private final int months;

    Cadence(int months) {
        this.months = months;
    }

    public int months() {
        return months;
    }

    /** Opening date of the wave in slot {@code slot} (0 = the first opening). */
    public LocalDate opening(LocalDate first, int slot) {
        return first.plusMonths((long) months * slot);
    }
}
