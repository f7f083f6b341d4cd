package app.symetrie.faults;

import app.symetrie.store.EmbeddedMongo;
import app.symetrie.store.EmbeddedStoreProperties;
import app.symetrie.store.WholeCollection;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import org.bson.Document;

/**
 * The child of {@link StoreHeapExhaustionIT}: opens the embedded file store in its folder (shared with the test's
 * other children, one after the other) and does what its last argument says — {@code fill} the collection, read it
 * {@code all} in one query and then {@code batched}, or only {@code batched} — printing one line per outcome.
 */
final class HeapProbeChild {

    static final int DOCUMENTS = 800;
    static final int DOCUMENT_BYTES = 256 * 1024;
    static final String SECRET = "heap-probe-" + "0123456789abcdef".repeat(3);

    private HeapProbeChild() {
    }

    public static void main(String[] args) {
        Path data = null;
        for (String arg : args) {
            if (arg.startsWith("--symetrie.store.embedded.path=")) {
                data = Path.of(arg.substring(arg.indexOf('=') + 1));
            }
        }
        String phase = args[args.length - 1];
        EmbeddedStoreProperties properties = new EmbeddedStoreProperties(data, false, "127.0.0.1", 0, true, SECRET);
        try (EmbeddedMongo server = EmbeddedMongo.start(properties);
             MongoClient client = MongoClients.create(server.connectionString().replace("mongodb://",
                     "mongodb://symetrie:" + SECRET + "@") + "/probe?authSource=admin&socketTimeoutMS=120000")) {
            MongoCollection<Document> documents = client.getDatabase("probe").getCollection("documents");
            switch (phase) {
                case "fill" -> fill(server, documents);
                case "all" -> {
                    readAllAtOnce(documents);
                    readBatched(documents);
                }
                case "batched" -> readBatched(documents);
                default -> throw new IllegalArgumentException(phase);
            }
        }
        System.out.println("CLOSED");
    }

    private static void fill(EmbeddedMongo server, MongoCollection<Document> documents) {
        Random random = new Random(39);
        List<Document> batch = new ArrayList<>();
        long bytes = 0;
        for (int i = 0; i < DOCUMENTS; i++) {
            StringBuilder text = new StringBuilder(DOCUMENT_BYTES);
            while (text.length() < DOCUMENT_BYTES) {
                text.append(Long.toString(random.nextLong(), 36));
            }
            bytes += text.length();
            batch.add(new Document("_id", "d" + i).append("text", text.toString()));
            if (batch.size() == 20) {
                documents.insertMany(batch);
                batch.clear();
                server.makeDurable();
            }
        }
        // a count, not countDocuments: that is an aggregation, which the embedded server also gathers whole
        System.out.println("FILLED " + documents.estimatedDocumentCount() + " " + bytes);
    }

    private static void readAllAtOnce(MongoCollection<Document> documents) {
        long n = 0;
        try {
            for (Document ignored : documents.find().batchSize(20)) {
                n++;
            }
            System.out.println("ALL READ " + n);
        } catch (RuntimeException | OutOfMemoryError e) {
            System.out.println("ALL FAILED after " + n + ": " + String.valueOf(e.getMessage()).lines().findFirst()
                    .orElse("").substring(0, Math.min(300, String.valueOf(e.getMessage()).length())));
        }
    }

    private static void readBatched(MongoCollection<Document> documents) {
        AtomicLong bytes = new AtomicLong();
        long n = WholeCollection.forEach(documents, 20, d -> bytes.addAndGet(d.getString("text").length()));
        System.out.println("BATCHED " + n + " " + bytes.get());
    }
}
