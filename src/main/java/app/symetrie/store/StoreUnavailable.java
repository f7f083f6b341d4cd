package app.symetrie.store;

import com.mongodb.MongoException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;

/**
 * What the application does when its store does not answer (docs/decisions/019-faults.md): start anyway and say so in
 * one line, and run start-up work (indexes, the demo seed, the first administrator) as soon as the store is back.
 */
public final class StoreUnavailable {

    private static final Logger log = LoggerFactory.getLogger(StoreUnavailable.class);
    static final Duration RETRY = Duration.ofSeconds(10);
    private static final ScheduledExecutorService retries = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("store-startup-retry").factory());

    private StoreUnavailable() {
    }

    /** Whether {@code error} (or a cause) says the store cannot be reached, rather than that a request is wrong. */
    public static boolean is(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof DataAccessResourceFailureException || t instanceof TransientDataAccessException
                    || t instanceof com.mongodb.MongoTimeoutException || t instanceof com.mongodb.MongoSocketException
                    || t instanceof MongoException && t.getClass().getSimpleName().contains("Timeout")) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    /**
     * Runs start-up work now, or — if the store does not answer — logs one line and runs it again every 10 s, in the
     * background, until it succeeds. Other failures are not the store's: they propagate.
     */
    public static void atStartup(String what, Runnable work) {
        try {
            work.run();
        } catch (RuntimeException e) {
            if (!is(e)) {
                throw e;
            }
            log.warn("Store: not reachable at start ({}): {} will run when it answers", e.getClass().getSimpleName(),
                    what);
            retries.schedule(() -> retry(what, work), RETRY.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private static void retry(String what, Runnable work) {
        try {
            work.run();
            log.info("Store: reachable again, {} done", what);
        } catch (RuntimeException e) {
            if (is(e)) {
                retries.schedule(() -> retry(what, work), RETRY.toMillis(), TimeUnit.MILLISECONDS);
            } else {
                log.error("Store: {} failed", what, e);
            }
        }
    }
}
