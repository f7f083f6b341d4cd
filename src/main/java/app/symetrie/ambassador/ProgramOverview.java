package app.symetrie.ambassador;

import app.symetrie.organization.Department;
import app.symetrie.organization.DepartmentKind;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;

/**
 * The program view of a transformation lead.
 *
 * @param quarters    the quarters of {@link DepartmentCoverage#hoursPerEmployee()}, oldest first (the last one is
 *                    the current, unfinished quarter)
 * @param departments coverage and coaching intensity of every department
 * @param kinds       support functions compared with front office
 * @param months      coaching activity of the last 12 months, oldest first
 * @param topTools    the tools coached most over the last 12 months
 * @param topTopics   the pain points coached most over the last 12 months
 * @param outsideCoverageSessions sessions of the last 12 months held with a department their ambassador does not
 *                    cover
 */
public record ProgramOverview(List<Quarter> quarters, List<DepartmentCoverage> departments,
                              List<KindComparison> kinds, List<MonthActivity> months, List<TopicCount> topTools,
                              List<TopicCount> topTopics, RequestStats requests, long outsideCoverageSessions,
                              int activeAmbassadors, int pausedAmbassadors, int pendingApplications) {

    /** Departments with no active ambassador, support functions first. */
    public List<Department> uncoveredDepartments() {
        return departments.stream().filter(DepartmentCoverage::uncovered).map(DepartmentCoverage::department)
                .sorted(Comparator.comparing(Department::kind).reversed().thenComparing(Department::name))
                .toList();
    }

    /**
     * @param activeAmbassadors active ambassadors covering the department
     * @param hoursPerEmployee  coaching hours per employee, one value per quarter of {@link #quarters()}
     */
    public record DepartmentCoverage(Department department, long headcount, int activeAmbassadors, double per100,
                                     List<Double> hoursPerEmployee) {

        public boolean uncovered() {
            return activeAmbassadors == 0;
        }
    }

    /** @param ambassadors distinct active ambassadors covering at least one department of this kind */
    public record KindComparison(DepartmentKind kind, int departments, int uncoveredDepartments, long headcount,
                                 int ambassadors, double per100, List<Double> hoursPerEmployee) {
    }

    public record MonthActivity(YearMonth month, int sessions, double hours, int people) {
    }

    /**
     * @param open                help requests waiting for an answer
     * @param meanOpenWaitHours   how long they have been waiting, on average
     * @param oldestOpenWaitHours the longest wait so far
     * @param medianAnswerHours   median time to an answer over the last 90 days
     */
    public record RequestStats(int open, double meanOpenWaitHours, double oldestOpenWaitHours,
                               double medianAnswerHours, int answeredLast90Days) {
    }
}
