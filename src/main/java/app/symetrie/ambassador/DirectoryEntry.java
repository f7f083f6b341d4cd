package app.symetrie.ambassador;

/**
 * An ambassador as the directory shows them to any employee.
 *
 * @param hoursLeftThisMonth availability this month minus the hours already logged (never below zero)
 */
public record DirectoryEntry(Ambassador ambassador, String homeDepartmentName, double hoursLeftThisMonth) {
}
