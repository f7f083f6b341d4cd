package app.symetrie.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoCursor;
import com.mongodb.client.model.Filters;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.bson.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tries to reproduce H2's {@code MVStoreException: Chunk … not found} on the embedded file store
 * (docs/decisions/019-faults.md): writers insert and delete 12 KiB documents (the size of a ballot) so that chunks
 * are freed and reused, while readers scan whole collections — some in short reads, some holding a cursor open
 * across the store's retention time (45 s), the known trigger — and while every write is also made durable as a
 * submit does. Prints what it saw; fails if any read failed. A benchmark (excluded by default): it runs for about
 * {@code STRESS_SECONDS}.
 */
@Tag("benchmark")
class EmbeddedStoreStressIT {

    static final int STRESS_SECONDS = Integer.getInteger("stress.seconds", 75);

    @TempDir
    Path folder;

    @Test
    void concurrent_reads_while_writing_on_the_file_store_never_lose_a_chunk() throws Exception {
        Map<String, Integer> failures = new ConcurrentHashMap<>();
        AtomicLong reads = new AtomicLong();
        AtomicLong writes = new AtomicLong();
        try (EmbeddedMongo server = EmbeddedMongo.start(EmbeddedStoreProperties.privateStore(folder, false));
             MongoClient client = StoreClients.ownClient(server)) {
            MongoCollection<Document> ballots = client.getDatabase("stress").getCollection("ballots");
            byte[] payload = new byte[12 * 1024];
            long end = System.nanoTime() + Duration.ofSeconds(STRESS_SECONDS).toNanos();
            List<Thread> threads = new ArrayList<>();
            for (int w = 0; w < 3; w++) {
                int writer = w;
                threads.add(Thread.ofPlatform().start(() -> {
                    long n = 0;
                    while (System.nanoTime() < end) {
                        try {
                            ThreadLocalRandom.current().nextBytes(payload);
                            ballots.insertOne(new Document("_id", writer + "-" + n).append("w", writer)
                                    .append("sealed", payload.clone()));
                            if (n >= 200) {
                                ballots.deleteOne(Filters.eq("_id", writer + "-" + (n - 200)));
                            }
                            if (n % 10 == 0) {
                                server.makeDurable();
                            }
                            n++;
                            writes.incrementAndGet();
                        } catch (RuntimeException e) {
                            failures.merge("write: " + e.getClass().getSimpleName() + ": " + e.getMessage(), 1,
                                    Integer::sum);
                        }
                    }
                }));
            }
            for (int r = 0; r < 3; r++) {
                boolean slow = r == 0;
                threads.add(Thread.ofPlatform().start(() -> {
                    while (System.nanoTime() < end) {
                        try (MongoCursor<Document> cursor = ballots.find().batchSize(slow ? 2 : 500).iterator()) {
                            while (cursor.hasNext()) {
                                cursor.next();
                                reads.incrementAndGet();
                                if (slow) {
                                    Thread.sleep(150); // a cursor held open across the retention time
                                }
                            }
                            ballots.find(Filters.eq("_id", "0-5")).first();
                            ballots.countDocuments(Filters.eq("w", 1));
                        } catch (InterruptedException e) {
                            return;
                        } catch (RuntimeException e) {
                            failures.merge("read: " + e.getClass().getSimpleName() + ": " + e.getMessage(), 1,
                                    Integer::sum);
                        }
                    }
                }));
            }
            for (Thread t : threads) {
                t.join();
            }
        }
        System.out.printf("STRESS %d s: %d writes, %d documents read, failures: %s%n", STRESS_SECONDS, writes.get(),
                reads.get(), failures);
        assertThat(failures).isEmpty();
    }
}
