package app.symetrie.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Several application instances on one store (docs/SCALING.md), proved with two real ones: the first serves its
 * embedded store to the second ({@code symetrie.store.embedded.expose}, decision 010), both run their own schedulers
 * every second. A campaign's wave that falls due is opened once, its invitations and its reminder go once to each
 * person, everybody answering through both instances at the same moment leaves exactly one answer each, and a close
 * asked of both instances at once releases the wave once, with every answer counted once. Not an
 * {@code @IntegrationTest}: the applications under test are the two children.
 */
class TwoInstancesIT {

    static final int PEOPLE = TwoInstanceChild.PEOPLE;

    @TempDir
    Path folder;

    @Test
    void two_instances_on_one_store_open_invite_remind_count_and_release_once() throws Exception {
        String secret = "two-instances-" + "0123456789abcdef".repeat(3);
        int port = freePort();
        List<String> common = List.of("--symetrie.demo.seed=never", "--symetrie.barometer.schedule-delay=PT1S",
                "--symetrie.barometer.claim-recovery-delay=PT1S");
        List<String> firstArgs = new ArrayList<>(common);
        firstArgs.addAll(List.of("--symetrie.store.embedded.expose=true", "--symetrie.store.embedded.secret=" + secret,
                "--symetrie.store.embedded.port=" + port));
        List<String> secondArgs = new ArrayList<>(common);
        secondArgs.add("--spring.mongodb.uri=mongodb://symetrie:" + secret + "@127.0.0.1:" + port + "/symetrie");
        try (ChildApp first = ChildApp.start(folder, TwoInstanceChild.class, properties("first"),
                firstArgs.toArray(String[]::new))) {
            first.await("READY", 240);
            try (ChildApp second = ChildApp.start(folder, TwoInstanceChild.class, properties("second"),
                    secondArgs.toArray(String[]::new));
                 MongoClient client = MongoClients.create("mongodb://symetrie:" + secret + "@127.0.0.1:" + port
                         + "/symetrie")) {
                second.await("READY", 240);
                MongoDatabase store = client.getDatabase("symetrie");

                // 1. Both schedulers race for the wave that falls due.
                touch("setup");
                first.await("SET UP", 120);
                Document wave = eventually(() -> store.getCollection("waves")
                        .find(Filters.eq("status", "OPEN")).first(), "the wave opened");
                String waveId = wave.getString("_id");
                eventually(() -> count(store, "mail_outbox", Filters.eq("tag", "invitation:" + waveId)) >= PEOPLE
                        ? true : null, "the invitations sent");
                // A week goes by (the children run on the real clock, so the wave is moved back a week instead): its
                // second reminder day comes due, and the two schedulers race to send it.
                store.getCollection("waves").updateOne(Filters.eq("_id", waveId), new Document("$set",
                        new Document("opensOn", wave.get("opensOn", java.util.Date.class).toInstant()
                                .minus(java.time.Duration.ofDays(7)))
                                .append("closesOn", wave.get("closesOn", java.util.Date.class).toInstant()
                                        .minus(java.time.Duration.ofDays(7)))));
                eventually(() -> count(store, "mail_outbox", Filters.eq("tag", "reminder:" + waveId)) >= PEOPLE
                        ? true : null, "the reminders sent");
                Thread.sleep(3_000); // a few more schedule runs on both instances: nothing may go twice
                assertThat(count(store, "waves", new Document())).as("one wave opened").isEqualTo(1);
                assertThat(count(store, "participations", Filters.eq("waveId", waveId)))
                        .as("one participation per person").isEqualTo(PEOPLE);
                assertThat(recipients(store, "invitation:" + waveId)).as("one invitation per person")
                        .hasSize(PEOPLE).doesNotHaveDuplicates();
                assertThat(recipients(store, "reminder:" + waveId)).as("one reminder per person")
                        .hasSize(PEOPLE).doesNotHaveDuplicates();

                // 2. Everybody answers through both instances at the same moment.
                touch("submit");
                first.await("SUBMITTED", 240);
                second.await("SUBMITTED", 240);
                List<String> firstLines = first.drain();
                List<String> secondLines = second.drain();
                assertThat(firstLines).as("the first instance thanked people").anyMatch(l -> l.startsWith("ACK "));
                assertThat(secondLines).as("the second instance thanked people").anyMatch(l -> l.startsWith("ACK "));
                List<String> lines = new ArrayList<>(firstLines);
                lines.addAll(secondLines);
                List<String> thanked = lines.stream().filter(l -> l.startsWith("ACK ")).map(l -> l.substring(4))
                        .toList();
                List<String> refused = lines.stream().filter(l -> l.startsWith("USED ")).toList();
                assertThat(lines).noneMatch(l -> l.startsWith("ERR "));
                assertThat(thanked).as("each person thanked once, by one instance or the other")
                        .hasSize(PEOPLE).doesNotHaveDuplicates();
                assertThat(refused).as("and told 'already answered' by the other").hasSize(PEOPLE)
                        .allMatch(l -> l.endsWith("survey-link.error.used"));
                assertThat(count(store, "ballots", Filters.and(Filters.eq("waveId", waveId),
                        Filters.ne("void", true)))).as("one ballot per person").isEqualTo(PEOPLE);

                // 3. A lead closes the wave on both instances at once: it is released once.
                touch("close");
                eventually(() -> "CLOSED".equals(store.getCollection("waves").find(Filters.eq("_id", waveId)).first()
                        .getString("status")) ? true : null, "the wave released");
                Thread.sleep(3_000); // both closes answered, a few more schedule runs on both instances
                List<String> closes = new ArrayList<>(first.drain());
                closes.addAll(second.drain());
                assertThat(closes).as("one close went through, the other was told the wave is not open")
                        .filteredOn(l -> l.startsWith("CLOSED") || l.startsWith("NOT OPEN")).hasSize(2)
                        .anyMatch(l -> l.startsWith("CLOSED")).anyMatch(l -> l.startsWith("NOT OPEN"));
                assertThat(count(store, "answers", Filters.eq("waveId", waveId)))
                        .as("every answer released once").isEqualTo(PEOPLE);
                assertThat(count(store, "ballots", Filters.eq("waveId", waveId))).as("the box emptied").isZero();
                Document closed = store.getCollection("waves").find(Filters.eq("_id", waveId)).first();
                assertThat(closed.toJson()).contains("\"answered\"");
                assertThat(closed.get("answered", Document.class).values().stream()
                        .mapToInt(v -> ((Number) v).intValue()).sum()).as("counted once").isEqualTo(PEOPLE);
            }
        }
    }

    private List<String> properties(String name) {
        return List.of("-Dchild.name=" + name, "-Dchild.folder=" + folder);
    }

    private void touch(String step) throws IOException {
        Files.createFile(folder.resolve(step));
    }

    private static long count(MongoDatabase store, String collection, org.bson.conversions.Bson filter) {
        return store.getCollection(collection).countDocuments(filter);
    }

    private static List<String> recipients(MongoDatabase store, String tag) {
        List<String> to = new ArrayList<>();
        store.getCollection("mail_outbox").find(Filters.eq("tag", tag)).forEach(d -> to.add(d.getString("to")));
        return to;
    }

    private static <T> T eventually(Supplier<T> probe, String what) throws InterruptedException {
        long end = System.nanoTime() + 120_000_000_000L;
        while (System.nanoTime() < end) {
            T value = probe.get();
            if (value != null) {
                return value;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("not within 120 s: " + what);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
