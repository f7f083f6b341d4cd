package app.symetrie.ambassador;

/** Published when an ambassador deletes a coaching session, so that boards rolling coaching up forget its minutes. */
public record CoachingSessionDeleted(CoachingSessionId id) {
}
