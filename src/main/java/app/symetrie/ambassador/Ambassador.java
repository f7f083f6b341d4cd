package app.symetrie.ambassador;

import app.symetrie.organization.DepartmentId;
import app.symetrie.organization.EmployeeId;
import java.time.LocalDate;
import java.util.List;

/**
 * An employee in the ambassador program.
 *
 * @param name             the employee's name, as the HR record has it now
 * @param homeDepartmentId the department the ambassador works in
 * @param history          every status change, oldest first; the last one is the current status
 * @param publicRanking    false when the ambassador opted out of any public ranking
 */
public record Ambassador(AmbassadorId id, EmployeeId employeeId, String name, DepartmentId homeDepartmentId,
                         AmbassadorProfile profile, List<StatusChange> history, boolean publicRanking) {

    public Ambassador {
        history = List.copyOf(history);
        if (history.isEmpty()) {
            throw new IllegalArgumentException("an ambassador has at least one status");
        }
    }

    public AmbassadorStatus status() {
        return history.getLast().status();
    }

    public LocalDate statusSince() {
        return history.getLast().since();
    }

    /** The day they first became an ambassador. */
    public LocalDate startedOn() {
        return history.getFirst().since();
    }

    public boolean isActive() {
        return status() == AmbassadorStatus.ACTIVE;
    }
}
