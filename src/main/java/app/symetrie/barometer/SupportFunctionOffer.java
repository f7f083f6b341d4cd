package app.symetrie.barometer;

import app.symetrie.organization.OrganizationService;
import app.symetrie.security.CurrentUser;
import app.symetrie.security.SignedInUser;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** The support functions the signed-in person is offered to rate in the survey's optional block. */
@Service
public class SupportFunctionOffer {

    private final OrganizationService organization;

    SupportFunctionOffer(OrganizationService organization) {
        this.organization = organization;
    }

    /** Every support function but the signed-in person's own; none for someone outside the organization. */
    @PreAuthorize("isAuthenticated()")
    public List<ServiceStatements.RatedFunction> forMe() {
        SignedInUser user = CurrentUser.require();
        if (user.departmentId() == null) {
            return List.of();
        }
        return ServiceStatements.offeredTo(organization.departments(), user.departmentId().value());
    }
}
