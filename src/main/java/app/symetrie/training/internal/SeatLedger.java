package app.symetrie.training.internal;

import app.symetrie.training.EnrolmentStatus;
import java.time.Instant;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The seats of sessions, changed only by single-document atomic updates (no transaction needed, and the embedded
 * server has none):
 * <ul>
 *   <li>a seat is taken by {@code $inc seatsTaken} on a query that also requires {@code seatsTaken < capacity} — two
 *       people taking the last seat at once: the store applies one update, the other matches nothing;</li>
 *   <li>an enrolment becomes ENROLLED only by a conditional status change after its seat was taken (or handed over
 *       by someone cancelling), so the number of ENROLLED people never exceeds {@code seatsTaken};</li>
 *   <li>an enrolment is JOINING while its seat is being claimed, then ENROLLED or WAITLISTED: the waiting list
 *       never shows someone who is about to get a seat.</li>
 * </ul>
 */
@Component
public class SeatLedger {

    private static final int ATTEMPTS = 10;

    private final MongoTemplate mongo;

    SeatLedger(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Takes one seat if one is left. */
    public boolean takeSeat(String sessionId) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            TrainingSessionDocument session = mongo.findById(sessionId, TrainingSessionDocument.class);
            if (session == null || session.seatsTaken() >= session.capacity()) {
                return false;
            }
            // The capacity read above is part of the condition: if a lead changed it meanwhile, read again.
            Query query = Query.query(Criteria.where("_id").is(sessionId).and("capacity").is(session.capacity())
                    .and("seatsTaken").lt(session.capacity()));
            if (mongo.updateFirst(query, new Update().inc("seatsTaken", 1), TrainingSessionDocument.class)
                    .getModifiedCount() == 1) {
                return true;
            }
        }
        return false;
    }

    /** Gives a seat back. */
    public void releaseSeat(String sessionId) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(sessionId).and("seatsTaken").gt(0)),
                new Update().inc("seatsTaken", -1), TrainingSessionDocument.class);
    }

    /** Moves an enrolment from one status to another if it still has the first one. */
    public boolean changeStatus(String enrolmentId, EnrolmentStatus from, EnrolmentStatus to, Instant at) {
        Update update = new Update().set("status", to);
        if (to == EnrolmentStatus.JOINING) {
            update.set("attended", null).set("completed", false).set("rating", null).set("comment", "");
        }
        if (to == EnrolmentStatus.JOINING || to == EnrolmentStatus.WAITLISTED) {
            update.set("at", at);
        }
        return mongo.updateFirst(Query.query(Criteria.where("_id").is(enrolmentId).and("status").is(from)), update,
                EnrolmentDocument.class).getModifiedCount() == 1;
    }

    /** Gives a seat the caller already holds to the first person waiting; empty when nobody waits. */
    public Optional<EnrolmentDocument> promoteFirstWaiting(String sessionId) {
        Query first = Query.query(Criteria.where("sessionId").is(sessionId).and("status")
                .is(EnrolmentStatus.WAITLISTED)).with(Sort.by("at", "_id"));
        return Optional.ofNullable(mongo.findAndModify(first, new Update().set("status", EnrolmentStatus.ENROLLED),
                FindAndModifyOptions.options().returnNew(true), EnrolmentDocument.class));
    }
}
