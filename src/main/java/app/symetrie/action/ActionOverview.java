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
 * @param managers     each manager's follow-through: actions they created (or accepted from their team), started,
 *                     done, dropped and overdue, and their check-ins
 * @param byKind       actions by kind of department (support functions, front office) and status
 */
public record ActionOverview(List<DepartmentRow> departments, Map<String, Map<ActionStatus, Integer>> byTarget,
                             List<Action> overdue, List<LowScore> lowNoAction, List<ManagerRow> managers,
                             int companyWide, Map<DepartmentKind, Map<ActionStatus, Integer>> byKind) {

    public record DepartmentRow(DepartmentId id, String name, DepartmentKind kind,
                                Map<ActionStatus, Integer> byStatus, int open, int overdue) {
        public int total() {
            return byStatus.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    public record LowScore(DepartmentId id, String name, double dci, double companyDci) {
    }

    /**
     * @param created  actions they created or accepted from their team
     * @param done     of those, done
     * @param overdue  of those, still open after their due date
     * @param checkIns of those, check-ins released with enough answers to show a result
     */
    public record ManagerRow(String name, String department, int created, int done, int overdue, int checkIns) {

        /** Done out of created, 0–1; null when they created none. */
        public @org.jspecify.annotations.Nullable Double followThrough() {
            return created == 0 ? null : (double) done / created;
        }
    }
}
