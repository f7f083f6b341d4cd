package app.symetrie.action;

import app.symetrie.board.IndicatorFigures;
import org.jspecify.annotations.Nullable;

/**
 * The measured change of an action's target indicator: at the last closed wave before it started and at each closed
 * wave since. Worded as an association: many things change between two waves.
 *
 * @param track the figures when {@code state} is {@link State#MEASURED}
 */
public record ActionEffect(State state, IndicatorFigures.@Nullable Indicator indicator,
                           IndicatorFigures.@Nullable Track track) {

    public enum State {
        /** The action addresses nothing the barometer measures. */
        NO_TARGET,
        /** No start date, or a start date still to come. */
        NOT_STARTED,
        /** The viewer may not read this department's figures. */
        NOT_READABLE,
        MEASURED
    }

    static ActionEffect of(State state) {
        return new ActionEffect(state, null, null);
    }
}
