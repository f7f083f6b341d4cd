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
 * An attacker with a copy of the embedded store's file (a backup, a disk snapshot) reads it block by block — the
 * dated chunks of H2's MVStore format, old versions included, not only what the collections hold now — and looks for
 * a chunk that holds both a respondent's participation and an answer or comment in clear. There is none: while the
 * wave is open, answers are sealed; when it closes, they are released in chunks that hold no participation.
 */
class StoreFileAttackIT {

    private static final int BLOCK = 4096;
    private static final Pattern CHUNK_LENGTH = Pattern.compile("^chunk:[0-9a-f]+,.*?\\blen:([0-9a-f]+)");

    @Test
    void no_chunk_of_the_store_file_ties_a_participation_to_an_answer(@TempDir Path dir) throws Exception {
        Path store = dir.resolve("data");
        List<String> markers = new ArrayList<>();
        List<String> participations = new ArrayList<>();
        SecurityContextHolderStrategy previous = SecurityContextHolder.getContextHolderStrategy();
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class).profiles("test")
                .run("--server.port=0", "--symetrie.store.embedded.in-memory=false",
                        "--symetrie.store.embedded.path=" + store, "--symetrie.ballot.key-file=" + dir.resolve("key"))) {
            SecurityContextHolder.setContextHolderStrategy(app.getBean(SecurityContextHolderStrategy.class));
            CampaignService campaigns = app.getBean(CampaignService.class);
            BarometerService barometer = app.getBean(BarometerService.class);
            MongoTemplate mongo = app.getBean(MongoTemplate.class);
            List<Employee> people = department(app.getBean(OrganizationService.class), "Fiscalité",
                    DepartmentKind.SUPPORT, 12);
            LocalDate today = LocalDate.now(app.getBean(java.time.Clock.class));
            Campaign c = as(Role.LEAD, () -> campaigns.saveCampaign(campaign("Copie", today,
                    List.of(people.getFirst().departmentId()))));
            campaigns.advance(today);
            Wave wave = campaigns.waves(c.id()).getFirst();
            Questionnaire q = app.getBean(QuestionnaireService.class).version(wave.questionnaireVersion());
            for (int i = 0; i < 10; i++) {
                String marker = "secret-" + i + "-" + wave.id().value().substring(0, 8);
                markers.add(marker);
                submitAs(people.get(i), barometer, wave.id(), complete(q, 1 + i % 5, marker));
            }
            mongo.find(Query.query(Criteria.where("waveId").is(wave.id().value()).and("done").is(true)),
                    Document.class, "participations").forEach(p -> participations.add(p.getString("_id")));
            assertThat(participations).hasSize(10);
            Thread.sleep(2500); // the store commits a chunk about once a second: the open wave's state is on disk
            as(Role.LEAD, () -> campaigns.closeNow(wave.id()));
        } finally {
            SecurityContextHolder.setContextHolderStrategy(previous);
        }

        byte[] file = Files.readAllBytes(store.resolve("symetrie.mv"));
        int chunksWithParticipations = 0;
        int chunksWithAnswers = 0;
        for (String chunk : chunks(file)) {
            boolean participation = participations.stream().anyMatch(chunk::contains);
            boolean answer = markers.stream().anyMatch(chunk::contains);
            assertThat(participation && answer).as("a chunk holding a participation and an answer in clear")
                    .isFalse();
            chunksWithParticipations += participation ? 1 : 0;
            chunksWithAnswers += answer ? 1 : 0;
        }
        assertThat(chunksWithParticipations).as("the attacker does read the participations").isPositive();
        assertThat(chunksWithAnswers).as("and the released comments, in clear").isPositive();
    }

    /** The file's chunks as text (ISO-8859-1 keeps every byte), found from the headers at block boundaries. */
    static List<String> chunks(byte[] file) {
        List<String> chunks = new ArrayList<>();
        int block = 2; // blocks 0 and 1 are the file headers
        while ((long) block * BLOCK < file.length) {
            int start = block * BLOCK;
            String head = new String(file, start, Math.min(256, file.length - start), StandardCharsets.ISO_8859_1);
            Matcher m = CHUNK_LENGTH.matcher(head);
            if (!m.find()) {
                block++;
                continue;
            }
            int blocks = Integer.parseInt(m.group(1), 16);
            int end = Math.min(file.length, start + blocks * BLOCK);
            chunks.add(new String(file, start, end - start, StandardCharsets.ISO_8859_1));
            block += Math.max(1, blocks);
        }
        return chunks;
    }
}
