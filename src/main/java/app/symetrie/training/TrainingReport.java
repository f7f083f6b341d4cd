package app.symetrie.training;

import app.symetrie.organization.Department;
import app.symetrie.organization.DepartmentKind;
import java.util.List;

/**
 * The lead's view of trainings over the last 12 months and what is scheduled: fill rates, waiting lists (a demand
 * signal), completion and ratings, by course, by course format, by department and by kind of department.
 */
public record TrainingReport(List<CourseRow> courses, List<FormatRow> formats, List<DepartmentRow> departments,
                             List<KindRow> kinds, Figures total) {

    /**
     * Figures of a group of enrolments.
     *
     * @param capacity       seats offered by the group's sessions (courses and formats only)
     * @param seatsTaken     seats taken in them
     * @param waitlisted     people waiting now for an upcoming session
     * @param enrolledPast   people enrolled in sessions that have ended
     * @param completed      of those, people who completed
     * @param ratings        ratings given
     * @param meanRating     their mean, 0 when none
     * @param people         distinct people enrolled in the period
     */
    public record Figures(int sessions, int capacity, int seatsTaken, int waitlisted, int enrolledPast,
                          int completed, int ratings, double meanRating, int people) {

        public double fillRate() {
            return TrainingIndicators.share(seatsTaken, capacity);
        }

        public double completionRate() {
            return TrainingIndicators.share(completed, enrolledPast);
        }
    }

    public record CourseRow(Course course, Figures figures) {
    }

    public record FormatRow(CourseFormat format, Figures figures) {
    }

    /** @param reach share of the department enrolled in the period (training reach, docs/PRODUCT.md) */
    public record DepartmentRow(Department department, long headcount, Figures figures, double reach) {
    }

    public record KindRow(DepartmentKind kind, long headcount, Figures figures, double reach) {
    }
}
