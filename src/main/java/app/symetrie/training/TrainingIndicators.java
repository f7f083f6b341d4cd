package app.symetrie.training;

import app.symetrie.training.internal.EnrolmentDocument;
import app.symetrie.training.internal.TrainingSessionDocument;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** The training figures as plain functions, so that they can be checked by hand. */
public final class TrainingIndicators {

    private TrainingIndicators() {
    }

    /** part / whole, 0 when the whole is empty. */
    public static double share(long part, long whole) {
        return whole <= 0 ? 0 : (double) part / whole;
    }

    /**
     * Figures of some enrolments and the sessions they belong to.
     *
     * @param sessions    the group's sessions (their capacity and seats count; empty for groups of people)
     * @param enrolments  the group's enrolments
     * @param sessionById every session the enrolments refer to
     */
    static TrainingReport.Figures figures(Collection<TrainingSessionDocument> sessions,
                                          Collection<EnrolmentDocument> enrolments,
                                          Map<String, TrainingSessionDocument> sessionById, Instant now) {
        int capacity = 0;
        int taken = 0;
        for (TrainingSessionDocument s : sessions) {
            capacity += s.capacity();
            taken += s.seatsTaken();
        }
        int waitlisted = 0;
        int enrolledPast = 0;
        int completed = 0;
        int ratings = 0;
        double ratingSum = 0;
        Set<String> people = new HashSet<>();
        for (EnrolmentDocument e : enrolments) {
            TrainingSessionDocument s = sessionById.get(e.sessionId());
            if (s == null) {
                continue;
            }
            boolean ended = !s.end().isAfter(now);
            switch (e.status()) {
                case WAITLISTED -> {
                    if (s.start().isAfter(now)) {
                        waitlisted++;
                    }
                }
                case ENROLLED -> {
                    people.add(e.employeeId());
                    if (ended) {
                        enrolledPast++;
                        if (e.completed()) {
                            completed++;
                        }
                    }
                    if (e.rating() != null) {
                        ratings++;
                        ratingSum += e.rating();
                    }
                }
                case CANCELLED, JOINING -> {
                }
            }
        }
        return new TrainingReport.Figures(sessions.size(), capacity, taken, waitlisted, enrolledPast, completed,
                ratings, ratings == 0 ? 0 : ratingSum / ratings, people.size());
    }

    /**
     * Training reach at {@code to}: distinct people enrolled in sessions that started at or after {@code from} and
     * ended by {@code to} (held), and apart, those enrolled in sessions not ended by then (upcoming).
     */
    static TrainingReach reach(Collection<EnrolmentDocument> enrolments, Map<String, TrainingSessionDocument> sessionById,
                               Instant from, Instant to, long headcount) {
        Set<String> held = new HashSet<>();
        Set<String> upcoming = new HashSet<>();
        for (EnrolmentDocument e : enrolments) {
            TrainingSessionDocument s = sessionById.get(e.sessionId());
            if (s == null || e.status() != EnrolmentStatus.ENROLLED || s.start().isBefore(from)) {
                continue;
            }
            (s.end().isAfter(to) ? upcoming : held).add(e.employeeId());
        }
        return new TrainingReach(from, to, headcount, held.size(), upcoming.size());
    }
}
