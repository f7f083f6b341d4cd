package app.symetrie.ambassador;

import java.time.Instant;

/**
 * A logged coaching session.
 *
 * @param outsideCoverage the department coached is not one the ambassador covers: allowed, flagged for the lead
 *                        (docs/decisions/006-ambassadors-and-trainings.md)
 */
public record CoachingSession(CoachingEntry entry, AmbassadorId ambassadorId, String ambassadorName,
                              boolean outsideCoverage, Instant loggedAt) {

    public CoachingSessionId id() {
        return entry.id();
    }

    /** The same session without the coachees' names, for anyone but its ambassador. */
    public CoachingSession withoutCoachees() {
        CoachingEntry e = entry;
        return new CoachingSession(new CoachingEntry(e.id(), e.date(), e.minutes(), e.format(), e.departmentId(),
                e.teamId(), e.people(), e.tools(), e.painPoints(), e.outcome(), e.followUp(), "", e.helpRequest()),
                ambassadorId, ambassadorName, outsideCoverage, loggedAt);
    }
}
