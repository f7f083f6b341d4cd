package app.symetrie.action;

import app.symetrie.organization.EmployeeId;

/** A person who carries an action (or may be chosen to). */
public record Owner(EmployeeId id, String name) {
}
