package app.symetrie.action;

import app.symetrie.organization.Department;
import app.symetrie.organization.DepartmentId;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The "You said, we did" page of one department: what its people said at the last closed wave (as its board publishes
 * it — hidden figures stay hidden) and what was done since, with each action's status and check-in.
 *
 * @param choices        the departments the signed-in person may read (to switch, when more than one)
 * @param results        the last closed wave's published results; null when no wave has closed yet
 * @param actions        the department's actions (team and company-visible), proposals still waiting excluded
 * @param companyActions the company-wide actions
 * @param checkIns       each listed action's check-in
 */
public record YouSaidWeDid(List<Department> choices, @Nullable DepartmentId departmentId, String department,
                           @Nullable Results results, List<Action> actions, List<Action> companyActions,
                           Map<ActionId, CheckIn> checkIns) {

    /**
     * @param shown         the department reached the threshold k in that wave: when false nothing else is filled
     * @param participation answered / invited, when shown
     * @param dci           the Digital Comfort Index 0–100 with its 95 % margin, when shown
     * @param dimensions    each dimension's score, weakest first
     * @param pains         the pain points reported by the most people, with the previous wave's share
     */
    public record Results(LocalDate opensOn, LocalDate closesOn, int k, boolean shown, int n,
                          @Nullable Double participation, @Nullable Score dci, List<Line> dimensions,
                          List<Pain> pains) {
    }

    public record Score(double value, double margin) {
    }

    public record Line(String code, String label, Score score) {
    }

    public record Pain(String code, String label, double prevalence, @Nullable Double previous) {
    }
}
