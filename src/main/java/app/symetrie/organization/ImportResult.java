package app.symetrie.organization;

import java.time.Duration;

/**
 * What a committed HRIS import changed. Employees absent from the file are never deleted; after a full import they
 * are deactivated ({@code deactivatedEmployees}).
 */
public record ImportResult(String batchId, long lines, int createdEmployees, int updatedEmployees,
                           int unchangedEmployees, int createdDepartments, int createdTeams,
                           int deactivatedEmployees, Duration duration) {
}
