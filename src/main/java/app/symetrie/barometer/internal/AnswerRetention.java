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

    @Component
    static class Answers implements RetainedData {

        private final MongoTemplate mongo;
        private final java.time.Clock clock;

        Answers(MongoTemplate mongo, java.time.Clock clock) {
            this.mongo = mongo;
            this.clock = clock;
        }

        @Override
        public String kind() {
            return "answers";
        }

        @Override
        public long purgeBefore(Instant cutoff) {
            List<String> waves = wavesClosedBefore(mongo, cutoff, clock.getZone());
            return waves.isEmpty() ? 0 : mongo.remove(Query.query(Criteria.where("waveId").in(waves)),
                    AnswerDocument.class).getDeletedCount();
        }
    }

    @Component
    static class Comments implements RetainedData {

        private final MongoTemplate mongo;
        private final java.time.Clock clock;

        Comments(MongoTemplate mongo, java.time.Clock clock) {
            this.mongo = mongo;
            this.clock = clock;
        }

        @Override
        public String kind() {
            return "comments";
        }

        @Override
        public long purgeBefore(Instant cutoff) {
            List<String> waves = wavesClosedBefore(mongo, cutoff, clock.getZone());
            return waves.isEmpty() ? 0 : mongo.remove(Query.query(Criteria.where("waveId").in(waves)),
                    CommentDocument.class).getDeletedCount();
        }
    }
}
