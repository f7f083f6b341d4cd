package app.symetrie.training;

import java.time.Instant;

/** An in-app message to an employee; today: "a seat freed up and is yours". */
public record TrainingNotification(String id, Kind kind, TrainingSessionId sessionId, String courseTitle,
                                   Instant sessionStart, Instant at, boolean read) {

    public enum Kind {
        PROMOTED
    }
}
