package app.symetrie.ambassador;

import app.symetrie.organization.EmployeeId;

/** A lead approved or rejected an application to become an ambassador: published after it is stored. */
public record AmbassadorApplicationDecided(ApplicationId id, EmployeeId applicantId, ApplicationStatus status) {
}
