package app.symetrie.barometer.internal;

import app.symetrie.barometer.WaveStatus;
import app.symetrie.privacy.RetainedData;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Released answers and comments of waves closed longer ago than their period are deleted. The boards' figures of
 * those waves stay (they are aggregates, kept by the board module), but they can no longer be rebuilt from answers.
 */
final class AnswerRetention {

    private AnswerRetention() {
    }

    static List<String> wavesClosedBefore(MongoTemplate mongo, Instant cutoff, ZoneId zone) {
        LocalDate day = cutoff.atZone(zone).toLocalDate();
        return mongo.find(Query.query(Criteria.where("status").is(WaveStatus.CLOSED).and("closesOn").lt(day)),
                WaveDocument.class).stream().map(WaveDocument::id).toList();
    }

    /** The documents of one collection whose wave closed before the cutoff. */
    abstract static class ByWave implements RetainedData {

        private final MongoTemplate mongo;
        private final java.time.Clock clock;
        private final String kind;
        private final Class<?> documents;

        ByWave(MongoTemplate mongo, java.time.Clock clock, String kind, Class<?> documents) {
            this.mongo = mongo;
            this.clock = clock;
            this.kind = kind;
            this.documents = documents;
        }

        @Override
        public String kind() {
            return kind;
        }

        @Override
        public long purgeBefore(Instant cutoff) {
            List<String> waves = wavesClosedBefore(mongo, cutoff, clock.getZone());
            if (waves.isEmpty()) {
                return 0;
            }
            long deleted = mongo.remove(Query.query(Criteria.where("waveId").in(waves)), documents).getDeletedCount();
            purged(waves);
            return deleted;
        }

        /** What else goes with these waves' documents, once they are deleted. */
        void purged(List<String> waves) {
        }
    }

    @Component
    static class Answers extends ByWave {

        Answers(MongoTemplate mongo, java.time.Clock clock) {
            super(mongo, clock, "answers", AnswerDocument.class);
        }
    }

    @Component
    static class Comments extends ByWave {

        private final MongoTemplate mongo;

        Comments(MongoTemplate mongo, java.time.Clock clock) {
            super(mongo, clock, "comments", CommentDocument.class);
            this.mongo = mongo;
        }

        /** Their waves' shelves, which list the ids of comments no longer there. */
        @Override
        void purged(List<String> waves) {
            mongo.remove(Query.query(Criteria.where("_id").in(waves)), CommentShelfDocument.class);
        }
    }
}
