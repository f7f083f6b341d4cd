package app.symetrie.store;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.bson.Document;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Reports the store's real state with a {@code ping}: Boot's own Mongo health check sends {@code hello}, which the
 * embedded server does not answer, so it is disabled in favour of this one (works on both).
 */
class StoreHealthIndicator implements HealthIndicator {

    private final MongoTemplate mongoTemplate;
    private final StoreMode mode;

    StoreHealthIndicator(MongoTemplate mongoTemplate, StoreMode mode) {
        this.mongoTemplate = mongoTemplate;
        this.mode = mode;
    }

    /** The health check answers within this, whatever the store does: a Docker health check must not hang. */
    static final Duration BOUND = Duration.ofMillis(1500);

    @Override
    public Health health() {
        CompletableFuture<Health> check = CompletableFuture.supplyAsync(this::ping, Thread::startVirtualThread);
        try {
            return check.get(BOUND.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            check.cancel(true);
            return Health.down().withDetail("store", mode.embedded() ? "embedded" : "mongodb")
                    .withDetail("error", "no answer within " + BOUND.toMillis() + " ms").build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Health.down().build();
        } catch (ExecutionException e) {
            return Health.down().withDetail("store", mode.embedded() ? "embedded" : "mongodb").build();
        }
    }

    private Health ping() {
        try {
            Document answer = mongoTemplate.executeCommand(new Document("ping", 1));
            Health.Builder builder = answer.get("ok") instanceof Number ok && ok.doubleValue() == 1.0
                    ? Health.up() : Health.down().withDetail("answer", answer.toJson());
            return builder.withDetail("store", mode.embedded() ? "embedded" : "mongodb")
                    .withDetail("database", mongoTemplate.getDb().getName())
                    .build();
        } catch (RuntimeException e) {
            return Health.down().withDetail("error", e.getClass().getSimpleName()).withDetail("store", mode.embedded() ? "embedded" : "mongodb").build();
        }
    }
}
