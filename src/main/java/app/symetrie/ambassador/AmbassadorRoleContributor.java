package app.symetrie.ambassador;

import app.symetrie.common.Email;
import app.symetrie.common.Role;
import app.symetrie.security.RoleContributor;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Active (and paused) ambassadors hold the AMBASSADOR role; ended ones lose it. Sessions read it again at each
 * request, so a nomination or an ending applies to an open session at its next request.
 */
@Component
class AmbassadorRoleContributor implements RoleContributor {

    private final AmbassadorService ambassadors;

    AmbassadorRoleContributor(AmbassadorService ambassadors) {
        this.ambassadors = ambassadors;
    }

    @Override
    public Set<Role> rolesFor(Email email) {
        return ambassadors.rolesFor(email);
    }
}
