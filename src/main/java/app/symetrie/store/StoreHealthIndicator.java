package app.symetrie.store;

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

    @Override
    public Health health() {
        try {
            Document answer = mongoTemplate.executeCommand(new Document("ping", 1));
            Health.Builder builder = answer.get("ok") instanceof Number ok && ok.doubleValue() == 1.0
                    ? Health.up() : Health.down().withDetail("answer", answer.toJson());
            return builder.withDetail("store", mode.embedded() ? "embedded" : "mongodb")
                    .withDetail("database", mongoTemplate.getDb().getName())
                    .build();
        } catch (RuntimeException e) {
            return Health.down(e).withDetail("store", mode.embedded() ? "embedded" : "mongodb").build();
        }
    }
}
