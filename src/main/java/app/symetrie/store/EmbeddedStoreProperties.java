package app.symetrie.store;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The embedded MongoDB-wire-compatible server used when no {@code spring.mongodb.uri} is configured.
 *
 * @param path folder of the H2 file that keeps the data across restarts (personal data: kept owner-only)
 * @param inMemory keep nothing on disk (tests)
 * @param host address the server listens on: a loopback address unless {@code expose} is on
 * @param port 0 lets the system pick a free port at every start
 * @param expose let other Symétrie instances use this store (a multi-instance test): they must present
 *               {@code secret}; off by default, when the secret is drawn at random and never leaves the process
 * @param secret the secret other instances present when {@code expose} is on (at least 32 printable characters)
 */
@ConfigurationProperties("symetrie.store.embedded")
public record EmbeddedStoreProperties(Path path, boolean inMemory, String host, int port, boolean expose,
                                      @Nullable String secret) {

    private static final Path DEFAULT_PATH = Path.of("data");
    private static final String LOOPBACK = "127.0.0.1";

    // Spring passes null for an unset property: the defaults replace it.
    public EmbeddedStoreProperties {
        if (path == null) {
            path = DEFAULT_PATH;
        }
        if (host == null || host.isBlank()) {
            host = LOOPBACK;
        }
    }

    /** Private to the application: loopback, a port picked at random, a secret drawn at random. */
    static EmbeddedStoreProperties privateStore(@Nullable Path path, boolean inMemory) {
        return new EmbeddedStoreProperties(path == null ? DEFAULT_PATH : path, inMemory, LOOPBACK, 0, false, null);
    }

    Path file() {
        return path.resolve("symetrie.mv");
    }
}
