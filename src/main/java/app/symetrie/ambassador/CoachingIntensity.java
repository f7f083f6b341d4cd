package app.symetrie.ambassador;

/**
 * Coaching intensity of a group of departments over one complete calendar quarter (docs/PRODUCT.md): minutes of the
 * sessions held with them during the quarter / 60 / their current headcount.
 *
 * @param quarter          the last quarter completed before the date asked about
 * @param minutes          minutes of coaching held with the group in that quarter
 * @param headcount        the group's people now (no history of headcounts is kept)
 * @param hoursPerEmployee minutes / 60 / headcount, 0 for an empty group
 */
public record CoachingIntensity(Quarter quarter, long minutes, long headcount, double hoursPerEmployee) {
}
