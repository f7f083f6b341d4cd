package app.symetrie.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a crash leaves on disk is the embedded store's file as its last commit wrote it. That file must never hold a
 * command half-applied: a document whose unique-index entry still carries the value the document no longer has (or
 * the reverse) is an update an exact-key lookup cannot find — after a crash, the submit recovery could not clear a
 * claim (docs/decisions/036-whole-commands-per-commit.md). Writers change the indexed field of documents as fast
 * as they can while the file is copied over and over (each copy is a state a crash could leave, commits included);
 * every copy is then opened as the application would open it after a crash, and each of its documents must be found
 * by its exact unique key.
 */
class StoreFileConsistencyIT {

    private static final int DOCUMENTS = 300;

    @TempDir
    Path folder;

    @Test
    void every_state_the_file_passes_through_holds_whole_commands_only() throws Exception {
        Path data = folder.resolve("data");
        Path copies = Files.createDirectories(folder.resolve("copies"));
        List<Path> taken = new ArrayList<>();
        try (EmbeddedMongo server = EmbeddedMongo.start(EmbeddedStoreProperties.privateStore(data, false));
             MongoClient client = StoreClients.ownClient(server)) {
            MongoCollection<Document> claims = client.getDatabase("symetrie").getCollection("claims");
            // the shape of participations' id_pending index: unique on the id and the field every claim changes
            claims.createIndex(Indexes.ascending("_id", "pending"), new IndexOptions().unique(true).name("id_pending"));
            List<Document> initial = new ArrayList<>();
            for (int i = 0; i < DOCUMENTS; i++) {
                initial.add(new Document("_id", "p" + i).append("pending", UUID.randomUUID().toString()));
            }
            claims.insertMany(initial);
            server.makeDurable();
            Path file = EmbeddedStoreProperties.privateStore(data, false).file();

            long end = System.nanoTime() + 8_000_000_000L;
            List<Thread> writers = new ArrayList<>();
            for (int w = 0; w < 4; w++) {
                writers.add(Thread.ofPlatform().start(() -> {
                    while (System.nanoTime() < end) {
                        String id = "p" + ThreadLocalRandom.current().nextInt(DOCUMENTS);
                        claims.updateOne(Filters.eq("_id", id), Updates.set("pending", UUID.randomUUID().toString()));
                    }
                }));
            }
            int n = 0;
            while (System.nanoTime() < end) {
                Path copy = copies.resolve("copy-" + n++ + ".mv.db");
                Files.copy(file, copy);
                taken.add(copy);
                Thread.sleep(40);
            }
            for (Thread writer : writers) {
                writer.join();
            }
        }

        int torn = 0;
        for (Path copy : taken) {
            Path restored = Files.createDirectories(folder.resolve("restored-" + copy.getFileName()));
            Files.copy(copy, EmbeddedStoreProperties.privateStore(restored, false).file());
            try (EmbeddedMongo server = EmbeddedMongo.start(EmbeddedStoreProperties.privateStore(restored, false));
                 MongoClient client = StoreClients.ownClient(server)) {
                MongoCollection<Document> claims = client.getDatabase("symetrie").getCollection("claims");
                List<Document> all = claims.find().into(new ArrayList<>());
                assertThat(all).as("every document of %s", copy.getFileName()).hasSize(DOCUMENTS);
                for (Document d : all) {
                    // exactly the index's fields: the embedded server answers it from the index alone
                    if (claims.find(new Document("_id", d.get("_id")).append("pending", d.get("pending")))
                            .first() == null) {
                        torn++;
                    }
                }
            }
        }
        System.out.printf("STORE FILE: %d copies taken while writing, %d documents its index could not find%n",
                taken.size(), torn);
        assertThat(taken).hasSizeGreaterThan(20);
        assertThat(torn).as("documents whose index entry a commit wrote apart from them").isZero();
    }
}
