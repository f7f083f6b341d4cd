package app.symetrie.barometer;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Where the signed-in person stands with the barometer.
 *
 * @param wave          the open wave that concerns them, if any
 * @param questionnaire its questionnaire version, when they still have to answer
 * @param nextOpening   when the next wave opens, when none is open
 */
public record MyBarometer(State state, @Nullable Wave wave, @Nullable Questionnaire questionnaire,
                          @Nullable LocalDate nextOpening) {

    public enum State {
        /** An open wave awaits their answer. */
        TO_ANSWER,
        /** They answered the open wave. */
        ANSWERED,
        /** A wave is open but they were not invited (e.g. they joined after it opened). */
        NOT_INVITED,
        /** No wave is open. */
        NO_OPEN_WAVE
    }
}
