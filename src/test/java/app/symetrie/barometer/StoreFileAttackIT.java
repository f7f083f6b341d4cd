package app.symetrie.barometer;

import static app.symetrie.barometer.BarometerFixture.as;
import static app.symetrie.barometer.BarometerFixture.campaign;
import static app.symetrie.barometer.BarometerFixture.complete;
import static app.symetrie.barometer.BarometerFixture.department;
import static app.symetrie.barometer.BarometerFixture.submitAs;
import static org.assertj.core.api.Assertions.assertThat;

import app.symetrie.Application;
import app.symetrie.common.Role;
import app.symetrie.organization.DepartmentKind;
import app.symetrie.organization.Employee;
import app.symetrie.organization.OrganizationService;
import app.symetrie.store.EmbeddedMongo;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * An attacker with copies of the embedded store's file (a backup, a disk snapshot) reads them block by block — the
 * dated chunks of H2's MVStore format, old versions included, not only what the collections hold now. In a copy taken
 * while the wave is open, every respondent's participation is there (the newest chunk names the last respondent),
 * but no answer, comment or figure in clear exists anywhere in the file: they are sealed ballots. Answers appear in
 * clear only in chunks written by the close, which releases them all at once, shuffled, after the participations
 * are deleted.
 */
class StoreFileAttackIT {

    private static final int BLOCK = 4096;
    private static final Pattern CHUNK_HEADER =
            Pattern.compile("^chunk:[0-9a-f]+,.*?\\blen:([0-9a-f]+),.*?\\bversion:([0-9a-f]+)");

    /** A chunk of the file: its version (MVStore's commit counter, in write order) and its bytes as text. */
    record Chunk(long version, String text) {
    }

    @Test
    void no_copy_of_the_store_file_ties_a_participation_to_an_answer(@TempDir Path dir) throws Exception {
        Path store = dir.resolve("data");
        Path file = store.resolve("symetrie.mv");
        List<String> markers = new ArrayList<>();
        List<String> participations = new ArrayList<>();
        byte[] whileOpen;
        String waveId;
        SecurityContextHolderStrategy previous = SecurityContextHolder.getContextHolderStrategy();
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class).profiles("test")
                .run("--server.port=0", "--symetrie.store.embedded.in-memory=false",
                        "--symetrie.store.embedded.path=" + store, "--symetrie.ballot.key-file=" + dir.resolve("key"))) {
            SecurityContextHolder.setContextHolderStrategy(app.getBean(SecurityContextHolderStrategy.class));
            CampaignService campaigns = app.getBean(CampaignService.class);
            BarometerService barometer = app.getBean(BarometerService.class);
            MongoTemplate mongo = app.getBean(MongoTemplate.class);
            EmbeddedMongo embedded = app.getBean(EmbeddedMongo.class);
            List<Employee> people = department(app.getBean(OrganizationService.class), "Fiscalité",
                    DepartmentKind.SUPPORT, 12);
            LocalDate today = LocalDate.now(app.getBean(java.time.Clock.class));
            Campaign c = as(Role.LEAD, () -> campaigns.saveCampaign(campaign("Copie", today,
                    List.of(people.getFirst().departmentId()))));
            campaigns.advance(today);
            Wave wave = campaigns.waves(c.id()).getFirst();
            waveId = wave.id().value();
            Questionnaire q = app.getBean(QuestionnaireService.class).version(wave.questionnaireVersion());
            for (int i = 0; i < 10; i++) {
                String marker = "secret-" + i + "-" + waveId.substring(0, 8);
                markers.add(marker);
                submitAs(people.get(i), barometer, wave.id(), complete(q, 1 + i % 5, marker));
                embedded.commit(); // one chunk per submit: the finest-grained copy an attacker could hope for
                if (i == 9) {
                    participations.add(participationOf(mongo, waveId, people.get(i)));
                }
            }
            mongo.find(Query.query(Criteria.where("waveId").is(waveId).and("done").is(true)), Document.class,
                    "participations").forEach(p -> participations.add(p.getString("_id")));
            whileOpen = Files.readAllBytes(file);
            as(Role.LEAD, () -> campaigns.closeNow(wave.id()));
        } finally {
            SecurityContextHolder.setContextHolderStrategy(previous);
        }

        // The copy taken while the wave is open.
        String last = participations.getFirst();
        List<Chunk> openChunks = chunks(whileOpen);
        Chunk newest = openChunks.stream().max(java.util.Comparator.comparingLong(Chunk::version)).orElseThrow();
        assertThat(newest.text()).as("the newest chunk names the last respondent's participation").contains(last);
        String all = new String(whileOpen, StandardCharsets.ISO_8859_1);
        assertThat(participations).as("every participation is in the copy").allMatch(all::contains);
        assertThat(markers).as("no answer or comment in clear anywhere in the copy").noneMatch(all::contains);
        assertThat(all).as("no figure of the open wave").doesNotContain(waveId + "|");

        // The file once the wave is closed: answers in clear only in chunks written by the close.
        long openVersion = newest.version();
        List<Chunk> closedChunks = chunks(Files.readAllBytes(file));
        List<Chunk> withAnswers = closedChunks.stream().filter(c -> markers.stream().anyMatch(c.text()::contains))
                .toList();
        assertThat(withAnswers).as("the released comments are read in clear").isNotEmpty();
        assertThat(withAnswers).as("only in chunks written after every participation (undated leftovers aside)")
                .allMatch(c -> c.version() < 0 || c.version() > openVersion);
    }

    private static String participationOf(MongoTemplate mongo, String waveId, Employee e) {
        return mongo.findOne(Query.query(Criteria.where("waveId").is(waveId).and("employeeId").is(e.id().value())),
                Document.class, "participations").getString("_id");
    }

    /**
     * The file's chunks as text (ISO-8859-1 keeps every byte). MVStore writes each chunk (header, pages, footer) into
     * free blocks, so a newer chunk may overwrite part of an older, dead one: every block is given to the newest
     * chunk whose header is still on disk and whose length covers it; blocks no header covers are left over from
     * overwritten chunks and read as runs of their own.
     */
    static List<Chunk> chunks(byte[] file) {
        int blocks = (file.length + BLOCK - 1) / BLOCK;
        long[] owner = new long[blocks];
        java.util.Arrays.fill(owner, -1);
        record Header(int block, int length, long version) {
        }
        List<Header> headers = new ArrayList<>();
        for (int block = 2; block < blocks; block++) { // blocks 0 and 1 are the file headers
            int start = block * BLOCK;
            String head = new String(file, start, Math.min(256, file.length - start), StandardCharsets.ISO_8859_1);
            Matcher m = CHUNK_HEADER.matcher(head);
            if (m.find()) {
                headers.add(new Header(block, Integer.parseInt(m.group(1), 16), Long.parseLong(m.group(2), 16)));
            }
        }
        headers.sort(java.util.Comparator.comparingLong(Header::version));
        for (Header h : headers) {
            for (int b = h.block(); b < Math.min(blocks, h.block() + Math.max(1, h.length())); b++) {
                owner[b] = h.version();
            }
        }
        java.util.Map<Long, StringBuilder> byChunk = new java.util.LinkedHashMap<>();
        long leftover = -1;
        for (int b = 2; b < blocks; b++) {
            long key = owner[b] >= 0 ? owner[b] : (b > 2 && owner[b - 1] < 0 ? leftover : --leftover);
            int start = b * BLOCK;
            byChunk.computeIfAbsent(key, k -> new StringBuilder()).append(
                    new String(file, start, Math.min(BLOCK, file.length - start), StandardCharsets.ISO_8859_1));
        }
        List<Chunk> chunks = new ArrayList<>();
        byChunk.forEach((version, text) -> chunks.add(new Chunk(version, text.toString())));
        return chunks;
    }
}
