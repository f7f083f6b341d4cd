package app.symetrie.ambassador.internal;

import app.symetrie.privacy.RetainedData;
import java.time.Instant;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** Retention of the programme's records: help requests, and the free text of coaching notes. */
final class AmbassadorRetention {

    private AmbassadorRetention() {
    }

    /** Help requests older than their period are deleted (an open one too: nobody answered it in that time). */
    @Component
    static class HelpRequests implements RetainedData {

        private final MongoTemplate mongo;

        HelpRequests(MongoTemplate mongo) {
            this.mongo = mongo;
        }

        @Override
        public String kind() {
            return "help-requests";
        }

        @Override
        public long purgeBefore(Instant cutoff) {
            return mongo.remove(Query.query(Criteria.where("createdAt").lt(cutoff)), HelpRequestDocument.class)
                    .getDeletedCount();
        }
    }

    /**
     * Coaching notes lose their free text (who was coached, the outcome) after their period; the session itself —
     * date, minutes, department, tools — stays for the programme's figures.
     */
    @Component
    static class CoachingNotes implements RetainedData {

        private final MongoTemplate mongo;

        CoachingNotes(MongoTemplate mongo) {
            this.mongo = mongo;
        }

        @Override
        public String kind() {
            return "coaching-notes";
        }

        @Override
        public long purgeBefore(Instant cutoff) {
            return mongo.updateMulti(Query.query(Criteria.where("loggedAt").lt(cutoff).orOperator(
                            Criteria.where("coachees").ne(""), Criteria.where("outcome").ne(""))),
                    new Update().set("coachees", "").set("outcome", ""), CoachingSessionDocument.class)
                    .getModifiedCount();
        }
    }
}
