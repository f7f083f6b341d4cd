package app.symetrie.store;

import com.mongodb.ConnectionString;
import com.mongodb.WriteConcern;
import java.util.concurrent.TimeUnit;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Chooses the store. With {@code spring.mongodb.uri} (or {@code spring.mongodb.host}) set, Spring Boot connects to
 * that MongoDB and nothing embedded starts. Without it, an embedded server starts first and the driver is pointed at
 * it through a {@link MongoConnectionDetails} bean, which Boot prefers over its property-based one; the driver is
 * also given the credential the embedded server requires (its per-start secret), kept out of the connection string.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EmbeddedStoreProperties.class)
class StoreConfiguration {

    static final String URI_PROPERTY = "spring.mongodb.uri";

    @Bean
    StoreHealthIndicator storeHealthIndicator(MongoTemplate mongoTemplate, StoreMode storeMode) {
        return new StoreHealthIndicator(mongoTemplate, storeMode);
    }

    /**
     * Bounded waits, so that a store that is gone shows as an error within seconds rather than after the driver's
     * default 30 s (docs/decisions/019-faults.md); on a real MongoDB, every write waits for the journal of a
     * majority, so that what the application acknowledges survives a crash (the embedded store gets the same from
     * {@link StoreDurability}).
     */
    @Bean
    MongoClientSettingsBuilderCustomizer storeTimeouts(org.springframework.core.env.Environment environment) {
        boolean external = environment.containsProperty(URI_PROPERTY)
                || environment.containsProperty("spring.mongodb.host");
        long selection = environment.getProperty("symetrie.store.server-selection-timeout", Long.class, 5000L);
        long read = environment.getProperty("symetrie.store.read-timeout", Long.class, 60000L);
        // The driver's heartbeat waits for its answer as long as for a connection. The embedded server answers its
        // connections on a few threads, each running one command at a time: a heartbeat may wait behind a command
        // of several seconds, and a heartbeat timed out makes the driver drop every connection, failing the
        // commands under way. An embedded server that is gone refuses connections at once: nothing is lost by
        // waiting on it as long as for any answer.
        long connect = environment.getProperty("symetrie.store.connect-timeout", Long.class,
                external ? 2000L : read);
        return settings -> {
            settings.applyToClusterSettings(c -> c.serverSelectionTimeout(selection, TimeUnit.MILLISECONDS))
                    .applyToSocketSettings(s -> s.connectTimeout((int) connect, TimeUnit.MILLISECONDS)
                            .readTimeout((int) read, TimeUnit.MILLISECONDS))
                    .applyToServerSettings(s -> s.heartbeatFrequency(2, TimeUnit.SECONDS)
                            .minHeartbeatFrequency(200, TimeUnit.MILLISECONDS));
            if (external) {
                settings.writeConcern(WriteConcern.MAJORITY.withJournal(true));
            }
        };
    }

    @Bean
    StoreMode storeMode(org.springframework.core.env.Environment environment,
                        org.springframework.beans.factory.ObjectProvider<EmbeddedMongo> embedded) {
        EmbeddedMongo server = embedded.getIfAvailable();
        if (server != null) {
            return new StoreMode(true, "embedded (" + server.description() + ")");
        }
        String uri = environment.getProperty(URI_PROPERTY);
        String target = uri != null ? StoreMode.maskCredentials(uri)
                : environment.getProperty("spring.mongodb.host", "localhost") + ":"
                + environment.getProperty("spring.mongodb.port", "27017");
        return new StoreMode(false, "MongoDB " + target);
    }

    @Configuration(proxyBeanMethods = false)
    @Conditional(NoExternalMongo.class)
    static class Embedded {

        @Bean(destroyMethod = "close")
        EmbeddedMongo embeddedMongo(EmbeddedStoreProperties properties) {
            return EmbeddedMongo.start(properties);
        }

        @Bean
        MongoConnectionDetails embeddedMongoConnectionDetails(EmbeddedMongo server,
                org.springframework.core.env.Environment environment) {
            String database = environment.getProperty("spring.mongodb.database", "symetrie");
            ConnectionString connectionString = new ConnectionString(server.connectionString() + "/" + database);
            return () -> connectionString;
        }

        @Bean
        MongoClientSettingsBuilderCustomizer embeddedMongoCredential(EmbeddedMongo server) {
            return settings -> settings.credential(server.credential());
        }
    }

    static final class NoExternalMongo extends SpringBootCondition {
        @Override
        public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
            var env = context.getEnvironment();
            if (env.containsProperty(URI_PROPERTY) || env.containsProperty("spring.mongodb.host")) {
                return ConditionOutcome.noMatch("an external MongoDB is configured");
            }
            return ConditionOutcome.match("no spring.mongodb.uri: embedded store");
        }
    }
}
