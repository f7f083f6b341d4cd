package app.symetrie.store;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The embedded MongoDB-wire-compatible server used when no {@code spring.mongodb.uri} is configured.
 *
 * @param path folder of the H2 file that keeps the data across restarts
 * @param inMemory keep nothing on disk (tests)
 * @param host address the server listens on; loopback only by default
 * @param port 0 picks a free port
 */
@ConfigurationProperties("symetrie.store.embedded")
public record EmbeddedStoreProperties(Path path, boolean inMemory, String host, int port) {

    public EmbeddedStoreProperties {
        if (path == null) {
            path = Path.of("data");
        }
        if (host == null || host.isBlank()) {
            host = "127.0.0.1";
        }
    }

    Path file() {
        return path.resolve("symetrie.mv");
    }
}
