package app.symetrie.store;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.util.concurrent.TimeUnit;

/** Clients of an embedded server in tests: the application's own (with its credential), or anybody else's. */
final class StoreClients {

    private StoreClients() {
    }

    /** A client like the application's: the server's address and the credential it requires. */
    static MongoClient ownClient(EmbeddedMongo server) {
        return MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(server.connectionString()))
                .credential(server.credential())
                .build());
    }

    /** Another client, from a connection string: fails fast rather than after the driver's 30 s. */
    static MongoClient client(String connectionString) {
        return MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(connectionString))
                .applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(3, TimeUnit.SECONDS))
                .applyToSocketSettings(socket -> socket.connectTimeout(3, TimeUnit.SECONDS)
                        .readTimeout(5, TimeUnit.SECONDS))
                .build());
    }
}
