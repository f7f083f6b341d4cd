package app.symetrie.store;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.net.InetSocketAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An in-process MongoDB-wire-compatible server (mongo-java-server, H2 backend). The application talks to it with
 * the official driver over the loopback interface, exactly as it would talk to a real MongoDB.
 */
public final class EmbeddedMongo implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMongo.class);

    private final MongoServer server;
    private final InetSocketAddress address;
    private final String description;

    private EmbeddedMongo(MongoServer server, InetSocketAddress address, String description) {
        this.server = server;
        this.address = address;
        this.description = description;
    }

    public static EmbeddedMongo start(EmbeddedStoreProperties properties) {
        MongoBackend backend;
        String description;
        if (properties.inMemory()) {
            backend = H2Backend.inMemory();
            description = "in memory";
        } else {
            DataFolder.prepare(properties.path());
            String file = properties.file().toAbsolutePath().normalize().toString();
            try {
                backend = new H2Backend(file);
            } catch (RuntimeException e) {
                throw new IllegalStateException("Cannot open the embedded store file " + file
                        + " (is another Symétrie instance using it?)", e);
            }
            DataFolder.makePrivate(properties.file());
            description = "H2 file " + file;
        }
        MongoServer server = new MongoServer(backend);
        server.bind(properties.host(), properties.port());
        InetSocketAddress address = server.getLocalAddress();
        log.info("Store: embedded MongoDB-compatible server (mongo-java-server, {}) listening on {}:{}",
                description, address.getHostString(), address.getPort());
        return new EmbeddedMongo(server, address, description);
    }

    public String connectionString() {
        return "mongodb://" + address.getHostString() + ":" + address.getPort();
    }

    public String description() {
        return description;
    }

    @Override
    public void close() {
        log.info("Store: stopping the embedded server ({})", description);
        server.shutdown();
    }
}
