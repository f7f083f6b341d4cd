package app.symetrie.store;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;
import org.bson.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Prints what the access gate costs: the embedded server as it was (mongo-java-server's own {@code MongoServer},
 * no secret) against {@link EmbeddedMongo} (owner-only folder, gate, SCRAM-SHA-256), both file-backed, both driven
 * by the official driver. Figures, not assertions: see docs/decisions/010-embedded-store-access.md.
 */
@Tag("benchmark")
class EmbeddedStoreBenchmarkIT {

    private static final int ROUNDS = 7;
    private static final int DOCUMENTS = 500;
    private static final int READS = 3000;

    @TempDir
    Path temp;

    private record Store(AutoCloseable server, Supplier<MongoClient> client) {
    }

    private record Figures(double startMs, double firstCommandMs, double secondClientMs, double insertUs,
                           double readUs, double readP95Us) {
    }

    @Test
    void gate_cost() throws Exception {
        Function<Path, Store> before = folder -> {
            try {
                Files.createDirectories(folder);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            MongoServer server = new MongoServer(new H2Backend(folder.resolve("symetrie.mv").toString()));
            server.bind("127.0.0.1", 0);
            InetSocketAddress address = server.getLocalAddress();
            String uri = "mongodb://127.0.0.1:" + address.getPort();
            return new Store(server::shutdown, () -> MongoClients.create(uri));
        };
        Function<Path, Store> after = folder -> {
            EmbeddedMongo server = EmbeddedMongo.start(EmbeddedStoreProperties.privateStore(folder, false));
            return new Store(server, () -> StoreClients.ownClient(server));
        };
        measure(before, "w0");
        measure(after, "w1");
        List<Figures> beforeFigures = new ArrayList<>();
        List<Figures> afterFigures = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            beforeFigures.add(measure(before, "b" + round));
            afterFigures.add(measure(after, "a" + round));
        }
        print("before (MongoServer, no gate)", beforeFigures);
        print("after  (EmbeddedMongo, gate) ", afterFigures);
    }

    private Figures measure(Function<Path, Store> starter, String folderName) throws Exception {
        Path folder = temp.resolve(folderName);
        long t0 = System.nanoTime();
        Store store = starter.apply(folder);
        long t1 = System.nanoTime();
        try (AutoCloseable server = store.server(); MongoClient client = store.client().get()) {
            client.getDatabase("bench").runCommand(new Document("ping", 1));
            long t2 = System.nanoTime();
            try (MongoClient second = store.client().get()) {
                second.getDatabase("bench").runCommand(new Document("ping", 1));
            }
            long t3 = System.nanoTime();
            MongoCollection<Document> people = client.getDatabase("bench").getCollection("people");
            long[] inserts = new long[DOCUMENTS];
            for (int i = 0; i < DOCUMENTS; i++) {
                long s = System.nanoTime();
                people.insertOne(new Document("_id", i).append("name", "Person " + i).append("email", i + "@x.fr"));
                inserts[i] = System.nanoTime() - s;
            }
            long[] reads = new long[READS];
            for (int i = 0; i < READS; i++) {
                long s = System.nanoTime();
                people.find(new Document("_id", (i * 7919) % DOCUMENTS)).first();
                reads[i] = System.nanoTime() - s;
            }
            return new Figures((t1 - t0) / 1e6, (t2 - t1) / 1e6, (t3 - t2) / 1e6, median(inserts) / 1e3,
                    median(reads) / 1e3, percentile(reads, 0.95) / 1e3);
        }
    }

    private static void print(String label, List<Figures> figures) {
        System.out.printf("BENCH %s  start %6.1f ms  first command %6.1f ms  new client %6.1f ms  insert %6.0f µs"
                        + "  find by id %6.0f µs (p95 %6.0f µs)   medians of %d rounds%n", label,
                median(figures, Figures::startMs), median(figures, Figures::firstCommandMs),
                median(figures, Figures::secondClientMs), median(figures, Figures::insertUs),
                median(figures, Figures::readUs), median(figures, Figures::readP95Us), figures.size());
    }

    private static double median(List<Figures> figures, ToDoubleFunction<Figures> metric) {
        double[] values = figures.stream().mapToDouble(metric).sorted().toArray();
        return values[values.length / 2];
    }

    private static double median(long[] values) {
        return percentile(values, 0.5);
    }

    private static double percentile(long[] values, double p) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) (sorted.length * p))];
    }
}
