package app.symetrie.action;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * An action's check-in, a month after it started: one question to its team ("is this making a difference?", 1–5),
 * anonymous, open two weeks, published at the threshold k (decision 032).
 *
 * @param department    the action's department name ("" for a company-wide action)
 * @param answeredByMe  the signed-in person has answered it
 * @param mayAnswer     open, the signed-in person is of the action's team and has not answered yet
 * @param result        once released, and only for whoever may read the department's figures
 */
public record CheckIn(ActionId actionId, String title, String department, @Nullable LocalDate opensOn,
                      @Nullable LocalDate closesOn, State state, boolean answeredByMe, boolean mayAnswer,
                      @Nullable CheckInResult result) {

    public enum State {
        /** The action has not started (or was dropped before it did): no check-in. */
        NONE,
        /** It opens a month after the action started. */
        NOT_YET,
        OPEN,
        /** Past its last day, the answers not yet opened (at the next run of the release, within a minute). */
        CLOSING,
        CLOSED,
        /** Closed, but the viewer may not read this department's figures. */
        NOT_READABLE
    }
}
