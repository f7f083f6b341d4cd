package app.symetrie.bench;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * The store the company-scale benchmark runs on. With {@code -Dspring.mongodb.uri=…}: that MongoDB, on a database of
 * its own ({@code symetrie_bench_…}, dropped at the end). Without: the embedded server, file-backed (as a pilot runs
 * it, every submit made durable with an fsync) in a fresh folder under {@code target/bench-store}, or in memory with
 * {@code -Dbench.store=memory}.
 */
public final class BenchStore implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    static final String DATABASE = "symetrie_bench_" + UUID.randomUUID().toString().substring(0, 8);

    static boolean external() {
        String uri = System.getProperty("spring.mongodb.uri");
        return uri != null && !uri.isBlank();
    }

    static String description() {
        if (external()) {
            return "MongoDB at spring.mongodb.uri, database " + DATABASE;
        }
        return "memory".equals(System.getProperty("bench.store")) ? "embedded server, in memory"
                : "embedded server, H2 file under target/bench-store (durable submits: commit + fsync)";
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        Map<String, Object> properties = new HashMap<>();
        if (external()) {
            properties.put("spring.mongodb.database", DATABASE);
        } else if ("memory".equals(System.getProperty("bench.store"))) {
            properties.put("symetrie.store.embedded.in-memory", "true");
        } else {
            properties.put("symetrie.store.embedded.path",
                    Path.of("target", "bench-store", "run-" + System.currentTimeMillis()).toString());
        }
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("benchStore", properties));
    }
}
