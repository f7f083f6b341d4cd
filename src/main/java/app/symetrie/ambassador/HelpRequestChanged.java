package app.symetrie.ambassador;

import app.symetrie.organization.EmployeeId;

/**
 * A help request was sent ({@link HelpRequestStatus#OPEN}), accepted, declined, or closed by its coaching session
 * ({@link HelpRequestStatus#DONE}): published once per change, after it is stored, for the notifications. It carries
 * who the two people are and nothing of the request's free text.
 */
public record HelpRequestChanged(HelpRequestId id, HelpRequestStatus status, EmployeeId requesterId,
                                 String requesterName, EmployeeId ambassadorEmployeeId, String ambassadorName) {
}
