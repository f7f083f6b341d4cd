package app.symetrie.barometer;

import app.symetrie.audit.AuditLog;
import app.symetrie.security.RefusalThrottle;
import java.time.Duration;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Throttling and audit of the two ways to answer without signing in, personal survey links and kiosk codes
 * (docs/decisions/017-throttling-links-and-kiosk.md). Only refusals are counted and recorded — per client, with a tag
 * that does not name the client — and never anything of an answer that goes through: an entry written when someone
 * answers would tell an attacker holding the store and the audit log when a link's or a code's holder voted.
 */
@Component
class WayInGuard {

    /** A way in, with its audit actions' prefix and its throttle counters' kind. */
    enum Way {
        LINK("survey-link", "answer-link"),
        KIOSK("kiosk", "kiosk-code");

        private final String audit;
        private final String counter;

        Way(String audit, String counter) {
            this.audit = audit;
            this.counter = counter;
        }
    }

    private final RefusalThrottle throttle;
    private final AuditLog audit;
    private final Environment environment;

    WayInGuard(RefusalThrottle throttle, AuditLog audit, Environment environment) {
        this.throttle = throttle;
        this.audit = audit;
        this.environment = environment;
    }

    /**
     * Whether this client may try a link or code now. When it may not, the attempt counts as one more refusal and the
     * first one over the limit in a window is recorded ({@code <way>.throttled}); the others are not, so a client
     * hammering the page cannot fill the audit log.
     */
    boolean admits(Way way, String client) {
        int limit = limit();
        if (throttle.allows(way.counter, client, limit, window())) {
            return true;
        }
        int count = throttle.refused(way.counter, client, window());
        if (count == limit + 1) {
            audit.recordAnonymously(way.audit + ".throttled", "client " + throttle.clientTag(client) + ": " + limit
                    + " refusals within " + window().toMinutes() + " min; refused until the window ends");
        }
        return false;
    }

    /**
     * Counts and records a refused link or code: the reason as the page shows it ({@code invalid} or {@code used}),
     * the client's tag and its count — never the link, the code, their hashes or whose they were.
     */
    void refused(Way way, String client, String reason) {
        int count = throttle.refused(way.counter, client, window());
        audit.recordAnonymously(way.audit + ".refused", reason + ", client " + throttle.clientTag(client)
                + ", refusal " + count + " of " + limit() + " within " + window().toMinutes() + " min");
    }

    private int limit() {
        return environment.getProperty("symetrie.ways-in.refusals-per-client", Integer.class, 20);
    }

    private Duration window() {
        return environment.getProperty("symetrie.ways-in.refusal-window", Duration.class, Duration.ofMinutes(15));
    }
}
