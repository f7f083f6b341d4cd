package app.symetrie.test;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.mongodb.MongoDBContainer;

/**
 * Chooses the tests' MongoDB once per JVM. With Docker: one {@code mongo:8} container (a replica set, as in
 * production), each Spring context on a database of its own. Without: the application's own embedded server, in
 * memory, one per Spring context.
 */
public final class TestMongo implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final Logger log = LoggerFactory.getLogger(TestMongo.class);
    private static volatile MongoDBContainer container;
    private static volatile Boolean dockerAvailable;

    public static boolean usesDocker() {
        if (dockerAvailable == null) {
            synchronized (TestMongo.class) {
                if (dockerAvailable == null) {
                    boolean available;
                    try {
                        available = !"false".equals(System.getProperty("symetrie.test.docker"))
                                && DockerClientFactory.instance().isDockerAvailable();
                    } catch (RuntimeException | Error e) {
                        available = false;
                    }
                    dockerAvailable = available;
                    log.info("Tests run on {}", available ? "MongoDB 8 in Testcontainers"
                            : "the embedded MongoDB-compatible server (no Docker engine)");
                }
            }
        }
        return dockerAvailable;
    }

    private static synchronized MongoDBContainer container() {
        if (container == null) {
            MongoDBContainer started = new MongoDBContainer("mongo:8");
            started.start();
            container = started;
        }
        return container;
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        Map<String, Object> properties = new HashMap<>();
        if (usesDocker()) {
            String database = "test_" + UUID.randomUUID().toString().replace("-", "");
            properties.put("spring.mongodb.uri", container().getReplicaSetUrl(database));
            properties.put("spring.mongodb.database", database);
        } else {
            properties.put("symetrie.store.embedded.in-memory", "true");
        }
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("testMongo", properties));
    }
}
