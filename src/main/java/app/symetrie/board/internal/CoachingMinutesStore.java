package app.symetrie.board.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Coaching minutes per department and quarter, as the department boards read them (docs/decisions/037). Two
 * collections: {@code board_coaching_sessions} holds what each session counts for (its department, quarter and
 * minutes, by the session's id), so that an event heard twice counts once and a correction moves its minutes;
 * {@code board_coaching_minutes} holds the sums a board reads, one document per department and quarter
 * ({@code <department>|<quarter>}), read by {@code _id} lists — the lookup both stores serve from an index. Every
 * change is a single-document atomic operation (no transactions on the embedded store): the session's document is
 * swapped first and returns the one it replaces, then the two sums are moved by the difference — two corrections
 * racing each other still add up to the last one.
 */
@Component
public class CoachingMinutesStore {

    public static final String SESSIONS = "board_coaching_sessions";
    public static final String MINUTES = "board_coaching_minutes";
    /** Present once the sums were built from every stored session; absent, the next read rebuilds them. */
    private static final String BUILT = "#built";

    private final MongoTemplate mongo;

    CoachingMinutesStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** What one session counts for. */
    public record Counted(String sessionId, String departmentId, String quarter, int minutes) {

        String bucket() {
            return bucket(departmentId, quarter);
        }

        static String bucket(String departmentId, String quarter) {
            return departmentId + "|" + quarter;
        }
    }

    /**
     * Counts a session (logged or corrected). Nothing changes when it already counts for the same department,
     * quarter and minutes — an event heard again.
     */
    public void count(Counted session) {
        Document before = mongo.findAndModify(Query.query(Criteria.where("_id").is(session.sessionId())),
                new Update().set("departmentId", session.departmentId()).set("quarter", session.quarter())
                        .set("minutes", session.minutes()),
                FindAndModifyOptions.options().upsert(true).returnNew(false), Document.class, SESSIONS);
        @Nullable Counted previous = before == null ? null : counted(before);
        if (session.equals(previous)) {
            return;
        }
        if (previous != null) {
            add(previous.bucket(), -previous.minutes());
        }
        add(session.bucket(), session.minutes());
    }

    /** Stops counting a deleted session; nothing happens if it was not counted. */
    public void forget(String sessionId) {
        Document before = mongo.findAndRemove(Query.query(Criteria.where("_id").is(sessionId)), Document.class,
                SESSIONS);
        if (before != null) {
            Counted previous = counted(before);
            add(previous.bucket(), -previous.minutes());
        }
    }

    /** Replaces everything with these sessions, and marks the sums as built. */
    public void replaceAll(Collection<Counted> sessions) {
        Map<String, Long> sums = new HashMap<>();
        sessions.forEach(s -> sums.merge(s.bucket(), (long) s.minutes(), Long::sum));
        mongo.remove(new Query(), SESSIONS);
        mongo.remove(new Query(), MINUTES);
        if (!sessions.isEmpty()) {
            mongo.insert(sessions.stream().map(s -> new Document("_id", s.sessionId())
                    .append("departmentId", s.departmentId()).append("quarter", s.quarter())
                    .append("minutes", s.minutes())).toList(), SESSIONS);
        }
        if (!sums.isEmpty()) {
            mongo.insert(sums.entrySet().stream().map(e -> new Document("_id", e.getKey())
                    .append("minutes", e.getValue())).toList(), MINUTES);
        }
        mongo.save(new Document("_id", BUILT), MINUTES);
    }

    public boolean built() {
        return mongo.exists(Query.query(Criteria.where("_id").is(BUILT)), MINUTES);
    }

    /** After a write that failed half-way: the next read rebuilds the sums. */
    public void markStale() {
        mongo.remove(Query.query(Criteria.where("_id").is(BUILT)), MINUTES);
    }

    /** Minutes of coaching with these departments in a quarter. */
    public long minutes(Collection<String> departmentIds, String quarter) {
        List<String> ids = departmentIds.stream().distinct().map(d -> Counted.bucket(d, quarter)).toList();
        if (ids.isEmpty()) {
            return 0;
        }
        return mongo.find(Query.query(Criteria.where("_id").in(ids)), Document.class, MINUTES).stream()
                .mapToLong(d -> ((Number) Objects.requireNonNull(d.get("minutes"), "every sum has minutes"))
                        .longValue()).sum();
    }

    private void add(String bucket, long minutes) {
        mongo.upsert(Query.query(Criteria.where("_id").is(bucket)), new Update().inc("minutes", minutes), MINUTES);
    }

    private static Counted counted(Document d) {
        Object minutes = d.get("minutes");
        return new Counted(d.getString("_id"), Objects.requireNonNull(d.getString("departmentId"), "stored with it"),
                Objects.requireNonNull(d.getString("quarter"), "stored with it"),
                minutes instanceof Number n ? n.intValue() : 0);
    }
}
