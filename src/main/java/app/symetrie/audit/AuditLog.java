package app.symetrie.audit;

import app.symetrie.common.Unrestricted;
import app.symetrie.audit.internal.AuditDocument;
import app.symetrie.common.Ids;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * The audit log: who changed access, figures or campaigns, and when. Entries are written by the services that act
 * and read by administrators. It records actions, never anything of an answer (docs/ANONYMITY.md).
 */
@Service
public class AuditLog {

    static final String SYSTEM = "system";
    /** The actor of entries about ways in that anyone may use (survey links, kiosk codes). */
    public static final String ANONYMOUS = "anonymous";

    private final MongoTemplate mongo;
    private final Clock clock;

    AuditLog(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /** Records an action of the signed-in person (or of the system, for scheduled work). */
    @Unrestricted("Any service, after its own check of who acts: it records the action and the signed-in actor")
    public void record(String action, String detail) {
        Authentication who = SecurityContextHolder.getContext().getAuthentication();
        String actor = who == null || !who.isAuthenticated() ? SYSTEM : who.getName();
        mongo.insert(new AuditDocument(Ids.random(), clock.instant(), actor, action, detail));
    }

    /**
     * Deletes the entries older than {@code cutoff}: the audit log's own retention ({@code symetrie.retention.audit}),
     * applied by the privacy module's daily job, which records its run here.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public long purgeBefore(Instant cutoff) {
        return mongo.remove(Query.query(Criteria.where("at").lt(cutoff)), AuditDocument.class).getDeletedCount();
    }

    /** Entries whose actor or detail names the person (their export: what they did, what was done to them). */
    @PreAuthorize("hasRole('ADMIN')")
    public List<AuditEntry> about(String person) {
        return mongo.find(new Query(new Criteria().orOperator(Criteria.where("actor").is(person),
                        Criteria.where("detail").regex(java.util.regex.Pattern.quote(person))))
                        .with(Sort.by(Sort.Direction.ASC, "at")), AuditDocument.class)
                .stream().map(d -> new AuditEntry(d.at(), d.actor(), d.action(), d.detail())).toList();
    }

    /**
     * Records something that happened on a way in anyone may use (a refused survey link or kiosk code) without naming
     * who is signed in on that browser, if anyone: such an entry must not tie a person to a moment they were answering.
     */
    @Unrestricted("Ways in anyone may use (survey links, kiosk codes): records a refusal without naming anyone")
    public void recordAnonymously(String action, String detail) {
        mongo.insert(new AuditDocument(Ids.random(), clock.instant(), ANONYMOUS, action, detail));
    }

    /** The latest entries, newest first. */
    @PreAuthorize("hasRole('ADMIN')")
    public List<AuditEntry> latest(int limit) {
        return mongo.find(new Query().with(Sort.by(Sort.Direction.DESC, "at")).limit(limit), AuditDocument.class)
                .stream().map(d -> new AuditEntry(d.at(), d.actor(), d.action(), d.detail())).toList();
    }
}
