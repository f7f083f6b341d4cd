package app.symetrie.ambassador;

import app.symetrie.common.Email;
import app.symetrie.common.Role;
import app.symetrie.security.RoleContributor;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Active (and paused) ambassadors hold the AMBASSADOR role from their next sign-in; ended ones lose it. */
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
