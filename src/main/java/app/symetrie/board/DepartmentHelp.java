package app.symetrie.board;

import app.symetrie.ambassador.CoachingIntensity;
import app.symetrie.ambassador.ProgramOverview;
import app.symetrie.training.TrainingReach;
import org.jspecify.annotations.Nullable;

/**
 * The help around one department as its board shows it to a lead, as of a day (a wave's close, or today): its
 * ambassador coverage, coaching intensity of its subtree in the last complete quarter, training reach of its subtree.
 *
 * @param coverage     the department's own ambassador coverage; null for a department that no longer exists
 * @param subtreeSize  how many departments the coaching and training figures cover (itself and those under it)
 */
public record DepartmentHelp(ProgramOverview.@Nullable DepartmentCoverage coverage, CoachingIntensity coaching,
                             TrainingReach reach, int subtreeSize) {
}
