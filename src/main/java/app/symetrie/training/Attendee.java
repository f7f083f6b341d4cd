package app.symetrie.training;

import app.symetrie.organization.EmployeeId;
import org.jspecify.annotations.Nullable;

/** Someone enrolled in a session, as its trainer sees them to mark attendance. */
public record Attendee(EmployeeId employeeId, String name, String departmentName, EnrolmentStatus status,
                       int waitlistPosition, @Nullable Boolean attended, boolean completed) {
}
