package app.symetrie.action;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an action stands. A proposal of the team is accepted (planned) or rejected (dropped) by the manager; a planned
 * action starts, is done or is dropped; a done action may be reopened and a dropped one taken up again, so a
 * mistaken click is never final.
 */
public enum ActionStatus {
    PROPOSED,
    PLANNED,
    IN_PROGRESS,
    DONE,
    DROPPED;

    /** The statuses this one may move to (itself excluded). */
    public Set<ActionStatus> next() {
        return switch (this) {
            case PROPOSED -> EnumSet.of(PLANNED, DROPPED);
            case PLANNED -> EnumSet.of(IN_PROGRESS, DONE, DROPPED);
            case IN_PROGRESS -> EnumSet.of(PLANNED, DONE, DROPPED);
            case DONE -> EnumSet.of(IN_PROGRESS);
            case DROPPED -> EnumSet.of(PLANNED);
        };
    }

    public boolean canMoveTo(ActionStatus target) {
        return target == this || next().contains(target);
    }

    /** Still to be done: counts for "overdue" and for "a department with an action". */
    public boolean open() {
        return this == PLANNED || this == IN_PROGRESS;
    }
}
