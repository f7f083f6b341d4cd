package app.symetrie.action;

import app.symetrie.organization.DepartmentId;
import app.symetrie.organization.DepartmentKind;
import java.util.List;
import java.util.Map;

/**
 * The lead's view of every plan.
 *
 * @param departments  each department's actions by status, with its latest published DCI (null when hidden)
 * @param byTarget     actions by kind of target (and "none") and status
 * @param overdue      open actions past their due date, the most overdue first
 * @param lowNoAction  departments whose latest published DCI is under the company's and that have no open action
 * @param managers     each manager's follow-through: actions they created (or accepted from their team) and done
 */
public record ActionOverview(List<DepartmentRow> departments, Map<String, Map<ActionStatus, Integer>> byTarget,
                             List<Action> overdue, List<LowScore> lowNoAction, List<ManagerRow> managers,
                             int companyWide) {

    public record DepartmentRow(DepartmentId id, String name, DepartmentKind kind,
                                Map<ActionStatus, Integer> byStatus, int open, int overdue) {
        public int total() {
            return byStatus.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    public record LowScore(DepartmentId id, String name, double dci, double companyDci) {
    }

    public record ManagerRow(String name, String department, int created, int done) {
    }
}
