package app.symetrie.action;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Participation wave after wave, beside what was done between waves: results shared and acted on are expected to
 * raise the next wave's participation. An association, not a proof.
 *
 * @param waves each closed wave, oldest first
 */
public record ParticipationLoop(List<WaveRow> waves) {

    /**
     * @param participation  the company's answered / invited
     * @param change         change since the previous wave, in points of percentage (null for the first)
     * @param actionsStarted actions started between the previous wave's close and this wave's opening
     * @param departmentsActed departments with such an action
     * @param actedChange    participation change of the departments that acted, in points — null when either group of
     *                       departments (those that acted, the others) has fewer than k answers in either wave, so
     *                       that no small department's participation can be read or subtracted
     * @param otherChange    the same for the departments that did not act
     */
    public record WaveRow(LocalDate opensOn, @Nullable Double participation, @Nullable Double change,
                          int actionsStarted, int departmentsActed, @Nullable Double actedChange,
                          @Nullable Double otherChange) {
    }
}
