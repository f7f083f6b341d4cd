package app.symetrie.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import java.nio.file.Files;
import java.nio.file.Path;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded server, driven by the official driver over the wire, keeps its data in a file across restarts. */
class EmbeddedMongoTest {

    @TempDir
    Path dataDir;

    @Test
    void data_written_through_the_driver_survives_a_restart() {
        EmbeddedStoreProperties properties = EmbeddedStoreProperties.privateStore(dataDir, false);
        try (EmbeddedMongo server = EmbeddedMongo.start(properties);
             MongoClient client = StoreClients.ownClient(server)) {
            client.getDatabase("symetrie").getCollection("things")
                    .insertOne(new Document("_id", "a").append("name", "Comptabilité").append("n", 28));
        }
        assertThat(Files.exists(dataDir.resolve("symetrie.mv"))).isTrue();

        try (EmbeddedMongo server = EmbeddedMongo.start(properties);
             MongoClient client = StoreClients.ownClient(server)) {
            Document found = client.getDatabase("symetrie").getCollection("things")
                    .find(new Document("_id", "a")).first();
            assertThat(found).isNotNull();
            assertThat(found.getString("name")).isEqualTo("Comptabilité");
            assertThat(found.getInteger("n")).isEqualTo(28);
        }
    }

    @Test
    void in_memory_mode_writes_no_file() {
        EmbeddedStoreProperties properties = EmbeddedStoreProperties.privateStore(dataDir, true);
        try (EmbeddedMongo server = EmbeddedMongo.start(properties);
             MongoClient client = StoreClients.ownClient(server)) {
            client.getDatabase("symetrie").getCollection("things").insertOne(new Document("x", 1));
            assertThat(client.getDatabase("symetrie").getCollection("things").countDocuments()).isEqualTo(1);
        }
        assertThat(dataDir.resolve("symetrie.mv")).doesNotExist();
    }

    @Test
    void the_log_description_never_shows_credentials_of_an_external_uri() {
        assertThat(StoreMode.maskCredentials("mongodb://user:s3cret@db.example:27017/symetrie"))
                .isEqualTo("mongodb://***@db.example:27017/symetrie");
    }
}
