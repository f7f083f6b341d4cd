package app.symetrie.ambassador;

import app.symetrie.organization.DepartmentId;
import java.time.Instant;
import java.util.List;

/**
 * An ambassador asks to cover other departments. Until a lead approves it, it changes nothing: the directory, the
 * coaching log's coverage flag, the program's figures and the boards the ambassador may read all follow
 * {@code granted}.
 *
 * @param granted     the coverage a lead granted, as it is now
 * @param requested   the coverage the ambassador asks for instead
 * @param requestedAt when they asked; approving or refusing names it, so that a newer request is never decided by
 *                    mistake
 */
public record CoverageRequest(AmbassadorId ambassadorId, String name, List<DepartmentId> granted,
                              List<DepartmentId> requested, Instant requestedAt) {

    public CoverageRequest {
        granted = List.copyOf(granted);
        requested = List.copyOf(requested);
    }

    /** Departments asked for that are not granted yet: what approving would widen. */
    public List<DepartmentId> added() {
        return requested.stream().filter(d -> !granted.contains(d)).toList();
    }

    /** Departments granted that the ambassador no longer wants to cover. */
    public List<DepartmentId> removed() {
        return granted.stream().filter(d -> !requested.contains(d)).toList();
    }
}
