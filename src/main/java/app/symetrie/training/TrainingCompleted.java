package app.symetrie.training;

import app.symetrie.organization.DepartmentId;
import app.symetrie.organization.EmployeeId;

/** Published when a trainer marks someone as having completed a session (for boards' training reach). */
public record TrainingCompleted(EmployeeId employeeId, DepartmentId departmentId, CourseId courseId,
                                TrainingSessionId sessionId) {
}
