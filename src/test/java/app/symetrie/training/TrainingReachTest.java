package app.symetrie.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import app.symetrie.training.internal.EnrolmentDocument;
import app.symetrie.training.internal.TrainingSessionDocument;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Training reach counts people enrolled in sessions held in the 12 months; sessions to come are counted apart. */
class TrainingReachTest {

    private static final Instant TO = Instant.parse("2026-11-30T00:00:00Z");
    private static final Instant FROM = TO.minus(Duration.ofDays(365));

    private static TrainingSessionDocument session(String id, String start) {
        Instant s = Instant.parse(start);
        return new TrainingSessionDocument(id, "course", s, s.plus(Duration.ofHours(3)), "Salle", 10, 0, null, "T",
                s.minus(Duration.ofDays(1)));
    }

    private static EnrolmentDocument enrolment(String session, String person, EnrolmentStatus status) {
        return new EnrolmentDocument(session + person, session, person, "d", status, Instant.EPOCH, null, false,
                null, "");
    }

    @Test
    void reach_is_people_enrolled_in_sessions_held_and_upcoming_enrolments_stay_apart() {
        // Held: s1 (p1, p2) and s2 (p2 again, p3 waitlisted, p4 cancelled) → p1, p2 = 2 people of 8 = 25 %.
        // Upcoming: s3 (p5, p1) → 2 people, not in the reach. Too old: s0 (p6) → nowhere.
        Map<String, TrainingSessionDocument> sessions = Map.of(
                "s0", session("s0", "2025-10-01T09:00:00Z"),
                "s1", session("s1", "2026-03-10T09:00:00Z"),
                "s2", session("s2", "2026-11-29T09:00:00Z"),
                "s3", session("s3", "2026-12-15T09:00:00Z"));
        List<EnrolmentDocument> enrolments = List.of(
                enrolment("s0", "p6", EnrolmentStatus.ENROLLED),
                enrolment("s1", "p1", EnrolmentStatus.ENROLLED), enrolment("s1", "p2", EnrolmentStatus.ENROLLED),
                enrolment("s2", "p2", EnrolmentStatus.ENROLLED), enrolment("s2", "p3", EnrolmentStatus.WAITLISTED),
                enrolment("s2", "p4", EnrolmentStatus.CANCELLED),
                enrolment("s3", "p5", EnrolmentStatus.ENROLLED), enrolment("s3", "p1", EnrolmentStatus.ENROLLED));
        TrainingReach reach = TrainingIndicators.reach(enrolments, sessions, FROM, TO, 8);
        assertThat(reach.held()).isEqualTo(2);
        assertThat(reach.upcoming()).isEqualTo(2);
        assertThat(reach.share()).isCloseTo(0.25, offset(1e-12));
    }
}
