package app.symetrie.board;

import app.symetrie.ambassador.AmbassadorService;
import app.symetrie.common.Role;
import app.symetrie.organization.Department;
import app.symetrie.organization.DepartmentId;
import app.symetrie.organization.DepartmentTree;
import app.symetrie.security.SignedInUser;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may read which department's board: a lead every department; a manager their own department and its whole
 * subtree; anyone their own department; an active ambassador also the departments a lead granted them (read now: a
 * pending coverage request, a pause or an ending counts at once). Reads the tree it is given, so that a board read
 * builds the tree once.
 */
@Component
class BoardAccess {

    private final AmbassadorService ambassadors;

    BoardAccess(AmbassadorService ambassadors) {
        this.ambassadors = ambassadors;
    }

    /** The departments among {@code all} whose board this person may read. */
    List<Department> readable(SignedInUser user, List<Department> all, DepartmentTree tree) {
        if (user.has(Role.LEAD)) {
            return all;
        }
        Set<DepartmentId> readable = readableBy(user, tree);
        return all.stream().filter(d -> readable.contains(d.id())).toList();
    }

    /** Refuses (AccessDeniedException) a board this person may not read. */
    void require(SignedInUser user, DepartmentId id, DepartmentTree tree) {
        if (!user.has(Role.LEAD) && !readableBy(user, tree).contains(id)) {
            throw new AccessDeniedException("not a board this person may read");
        }
    }

    private Set<DepartmentId> readableBy(SignedInUser user, DepartmentTree tree) {
        Set<DepartmentId> readable = new HashSet<>();
        if (user.departmentId() != null) {
            readable.add(user.departmentId());
            if (user.has(Role.MANAGER)) {
                // A manager of a parent department reads the boards of its whole subtree (its agencies…).
                tree.subtree(user.departmentId().value()).forEach(id -> readable.add(new DepartmentId(id)));
            }
        }
        if (user.has(Role.AMBASSADOR)) {
            readable.addAll(ambassadors.grantedCoverage());
        }
        return readable;
    }
}
