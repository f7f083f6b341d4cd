package app.symetrie.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.symetrie.Application;
import app.symetrie.board.BoardService;
import app.symetrie.common.Email;
import app.symetrie.common.Role;
import app.symetrie.common.UserFacingException;
import app.symetrie.organization.Department;
import app.symetrie.security.AccountService;
import app.symetrie.security.SignedInUser;
import app.symetrie.test.RunAs;
import app.symetrie.test.TestMongo;
import app.symetrie.test.WithDemoCompany;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * The round trip: a backup of the demo company, restored at the start of a second instance on a store of its own
 * ({@code --symetrie.restore}), holds every collection document for document and shows every board as before; a
 * store that is not empty, a damaged archive or a non-administrator is refused, and a refused restore leaves the
 * store empty.
 */
@WithDemoCompany
class BackupIT {

    static final String FIRST_ADMIN = "first.admin@example.test";

    @Autowired
    BackupService backups;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    BoardService boards;
    @Autowired
    app.symetrie.organization.OrganizationService organization;
    @Autowired
    SecurityContextHolderStrategy strategy;
    @Autowired
    app.symetrie.action.CheckInService checkIns;

    @TempDir
    Path dir;

    static SignedInUser person(String email, Role... roles) {
        return new SignedInUser(email, email, "", Role.expand(Set.of(roles)), null, null, Locale.FRENCH, true);
    }

    byte[] backup() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new RunAs(strategy).call(person("admin@demo.symetrie.fr", Role.ADMIN), () -> backups.download(out));
        return out.toByteArray();
    }

    /** Every document of every collection that travels, in _id order, read from a store. */
    static Map<String, List<Document>> contents(MongoTemplate store) {
        Map<String, List<Document>> all = new LinkedHashMap<>();
        for (String name : BackupArchive.collections(store)) {
            all.put(name, sorted(store.getCollection(name).find().into(new ArrayList<>())));
        }
        return all;
    }

    /** Every board: the company overview and each department's board, for each closed wave, as a lead sees them. */
    static List<Object> everyBoard(ConfigurableApplicationContext context) {
        BoardService boards = context.getBean(BoardService.class);
        var organization = context.getBean(app.symetrie.organization.OrganizationService.class);
        RunAs runAs = new RunAs(context.getBean(SecurityContextHolderStrategy.class));
        return runAs.call(person("lead@demo.symetrie.fr", Role.LEAD), () -> {
            List<Object> all = new ArrayList<>();
            for (var wave : boards.publishedWaves()) {
                all.add(boards.overview(wave.id(), null, Locale.FRENCH));
                for (Department department : organization.departments()) {
                    all.add(withoutShuffle(boards.departmentBoard(department.id(), wave.id(), Locale.FRENCH)));
                }
            }
            return all;
        });
    }

    ConfigurableApplicationContext secondInstance(Path restore) {
        return new SpringApplicationBuilder(Application.class)
                .profiles("test")
                .initializers(new TestMongo())
                .run("--server.port=0", "--symetrie.restore=" + restore, "--symetrie.admin.email=" + FIRST_ADMIN,
                        "--symetrie.admin.password=first-admin-password-1");
    }

    @Test
    void aBackupRestoredAtStartOfAnEmptyInstanceHoldsEveryDocumentAndShowsEveryBoardAsBefore() throws IOException {
        // what the check-in job releases 30 s after the start, released now: it would otherwise write between the
        // backup and the comparison with the live store below on a slow machine
        checkIns.runDue();
        byte[] zip = backup();
        Map<String, List<Document>> before = archived(zip);
        Map<String, List<Document>> live = contents(mongo);
        live.remove("audit"); // now holds the download too
        before.forEach((name, documents) -> {
            if (!name.equals("audit")) {
                assertThat(documents).as(name).containsExactlyInAnyOrderElementsOf(live.get(name));
            }
        });
        Path archive = Files.write(dir.resolve("backup.zip"), zip);
        assertThat(before.get("ballots")).as("the demo has an open wave with sealed ballots").isNotEmpty();
        assertThat(before.keySet()).doesNotContain("sign_in_tokens", "sign_in_throttle", "job_locks", "import_lock")
                .contains("answers", "waves", "employees", "accounts", "audit");

        try (ConfigurableApplicationContext restored = secondInstance(archive)) {
            MongoTemplate target = restored.getBean(MongoTemplate.class);
            Map<String, List<Document>> after = contents(target);
            for (var collection : before.entrySet()) {
                if (collection.getKey().equals("audit")) {
                    assertThat(after.get("audit")).containsAll(collection.getValue());
                    continue;
                }
                if (collection.getKey().startsWith("board_coaching_")) {
                    // a cache of the coaching sessions and their sums, made again at every start (decision 037):
                    // here from the restored sessions, where the source's may hold what tests put back without events
                    assertThat(after.get(collection.getKey())).as("rebuilt from the restored sessions").isNotEmpty();
                    continue;
                }
                assertThat(after.get(collection.getKey())).as(collection.getKey())
                        .containsExactlyElementsOf(sorted(collection.getValue()));
            }
            assertThat(target.getCollection("answers").find().into(new ArrayList<>()))
                    .as("released answers keep their shuffled order").containsExactlyElementsOf(before.get("answers"));
            assertThat(target.getCollection("audit").countDocuments(new Document("action", "backup.restored")))
                    .isEqualTo(1);
            assertThat(everyBoard(restored)).isEqualTo(everyBoardHere()).isNotEmpty();

            // Not empty any more: a second restore is refused and changes nothing.
            Restorer restorer = restored.getBean(Restorer.class);
            long employees = target.getCollection("employees").countDocuments();
            assertThatThrownBy(() -> restorer.restore(archive, null)).isInstanceOf(UserFacingException.class)
                    .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo("backup.error.not-empty");
            assertThat(target.getCollection("employees").countDocuments()).isEqualTo(employees);

            emptyAndCheckRefusals(restored, archive, zip);
        }
    }

    List<Object> everyBoardHere() {
        RunAs runAs = new RunAs(strategy);
        return runAs.call(person("lead@demo.symetrie.fr", Role.LEAD), () -> {
            List<Object> all = new ArrayList<>();
            for (var wave : boards.publishedWaves()) {
                all.add(boards.overview(wave.id(), null, Locale.FRENCH));
                for (Department department : organization.departments()) {
                    all.add(withoutShuffle(boards.departmentBoard(department.id(), wave.id(), Locale.FRENCH)));
                }
            }
            return all;
        });
    }

    /**
     * A board's parts, its comments in a fixed order: a board shows its comments in a new random order at each
     * read (so that their order says nothing), which would make two reads of one board differ.
     */
    static List<Object> withoutShuffle(java.util.Optional<? extends Record> board) {
        return board.map(BackupIT::parts).orElseGet(List::of);
    }

    /** A record's parts, a nested record's too (a board's figures hold its comments). */
    private static List<Object> parts(Record record) {
        List<Object> parts = new ArrayList<>();
        for (var component : record.getClass().getRecordComponents()) {
            try {
                Object value = component.getAccessor().invoke(record);
                parts.add(component.getName().equals("comments") && value instanceof List<?> comments
                        ? comments.stream().map(String::valueOf).sorted().toList()
                        : value instanceof Record nested ? parts(nested) : value);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return parts;
    }

    /** On the second instance, emptied: damaged archives are refused and leave it empty; the first admin restores. */
    void emptyAndCheckRefusals(ConfigurableApplicationContext instance, Path good, byte[] zip) throws IOException {
        MongoTemplate target = instance.getBean(MongoTemplate.class);
        for (String name : target.getCollectionNames()) {
            target.remove(new Query(), name);
        }
        Restorer restorer = instance.getBean(Restorer.class);
        assertThat(restorer.occupied(null)).isEmpty();

        Map<String, String> refusals = new LinkedHashMap<>();
        refusals.put("backup.error.unreadable", "truncated");
        refusals.put("backup.error.line", "bad-line");
        refusals.put("backup.error.count", "missing-collection");
        refusals.put("backup.error.no-manifest", "no-manifest");
        refusals.put("backup.error.version", "future-version");
        for (var refusal : refusals.entrySet()) {
            Path damaged = Files.write(dir.resolve(refusal.getValue() + ".zip"), damage(zip, refusal.getValue()));
            assertThatThrownBy(() -> restorer.restore(damaged, null)).as(refusal.getValue())
                    .isInstanceOf(UserFacingException.class)
                    .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo(refusal.getKey());
            assertThat(restorer.occupied(null)).as(refusal.getValue() + " leaves the store empty").isEmpty();
        }

        // Valid to read, refused by the store halfway (two accounts with one e-mail): what was inserted is removed.
        Path clash = Files.write(dir.resolve("clash.zip"), damage(zip, "duplicate-email"));
        assertThatThrownBy(() -> restorer.restore(clash, null)).isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo("backup.error.insert");
        assertThat(restorer.occupied(null)).as("a failed insert is undone").isEmpty();
        assertThat(target.getCollection("audit").countDocuments(new Document("action", "backup.restore-failed")))
                .isEqualTo(1);

        // The UI restore: only the first administrator, alone in the store.
        AccountService accounts = instance.getBean(AccountService.class);
        BackupService service = instance.getBean(BackupService.class);
        RunAs runAs = new RunAs(instance.getBean(SecurityContextHolderStrategy.class));
        runAs.system(() -> accounts.provisionAdministrator(new Email(FIRST_ADMIN), "first-admin-password-1"));
        SignedInUser first = person(FIRST_ADMIN, Role.ADMIN);
        SignedInUser other = person("other.admin@example.test", Role.ADMIN);
        assertThat(runAs.call(other, service::restorable)).isFalse();
        assertThatThrownBy(() -> runAs.call(other, () -> service.restore(good)))
                .isInstanceOf(UserFacingException.class);
        assertThat(runAs.call(first, service::restorable)).as(() -> restorer.occupied(FIRST_ADMIN).toString())
                .isTrue();
        long restored = runAs.call(first, () -> service.restore(good));
        assertThat(restored).isEqualTo(BackupArchive.validate(good).total());
        assertThat(target.getCollection("accounts").countDocuments(new Document("email", FIRST_ADMIN))).isZero();
        assertThat(everyBoard(instance)).isEqualTo(everyBoardHere());
    }

    static List<Document> sorted(List<Document> documents) {
        return documents.stream().sorted(java.util.Comparator.comparing(d -> String.valueOf(d.get("_id")))).toList();
    }

    /** Every document the archive holds, per collection, in the order written (the store's natural order). */
    static Map<String, List<Document>> archived(byte[] zip) throws IOException {
        Map<String, List<Document>> all = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                String name = entry.getName();
                if (name.endsWith(BackupArchive.SUFFIX)) {
                    all.put(name.substring(0, name.length() - BackupArchive.SUFFIX.length()),
                            new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(Document::parse)
                                    .toList());
                }
            }
        }
        return all;
    }

    /** The archive, damaged in one way. */
    static byte[] damage(byte[] zip, String how) throws IOException {
        if (how.equals("truncated")) {
            return java.util.Arrays.copyOf(zip, zip.length / 2);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
             ZipOutputStream copy = new ZipOutputStream(out)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                String name = entry.getName();
                String content = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                if (name.equals("accounts.jsonl") && how.equals("duplicate-email")) {
                    Document first = Document.parse(content.lines().findFirst().orElseThrow());
                    first.put("_id", "a-copy-with-the-same-email");
                    content = content + first.toJson() + "\n";
                }
                if (name.equals(BackupArchive.MANIFEST)) {
                    if (how.equals("duplicate-email")) {
                        Document manifest = Document.parse(content);
                        Document counts = manifest.get("collections", Document.class);
                        counts.put("accounts", counts.getLong("accounts") + 1);
                        content = manifest.toJson(org.bson.json.JsonWriterSettings.builder()
                                .outputMode(org.bson.json.JsonMode.EXTENDED).build());
                    }
                    if (how.equals("no-manifest")) {
                        continue;
                    }
                    if (how.equals("future-version")) {
                        content = content.replace("\"formatVersion\": {\"$numberInt\": \"1\"}",
                                "\"formatVersion\": {\"$numberInt\": \"99\"}");
                    }
                } else if (name.equals("waves.jsonl") && how.equals("missing-collection")) {
                    continue;
                } else if (name.equals("teams.jsonl") && how.equals("bad-line")) {
                    content = content.replaceFirst("\n", "\n{\"_id\": \"broken\", \"name\": \n");
                }
                copy.putNextEntry(new ZipEntry(name));
                copy.write(content.getBytes(StandardCharsets.UTF_8));
                copy.closeEntry();
            }
        }
        return out.toByteArray();
    }

    @Test
    void aBackupIsRefusedToAnyoneButAnAdministrator() {
        RunAs runAs = new RunAs(strategy);
        for (Role role : List.of(Role.EMPLOYEE, Role.MANAGER, Role.AMBASSADOR, Role.LEAD)) {
            assertThatThrownBy(() -> runAs.call(person(role.name().toLowerCase(Locale.ROOT) + "@demo.symetrie.fr",
                    role), () -> backups.download(new ByteArrayOutputStream())))
                    .as(role.name()).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> runAs.call(person("x@demo.symetrie.fr", role), () -> backups.restore(dir)))
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> backups.download(new ByteArrayOutputStream()))
                .isInstanceOf(org.springframework.security.core.AuthenticationException.class);
    }

    @Test
    void aBackupHoldsAManifestAndReadsBallotsBeforeParticipations() throws IOException {
        byte[] zip = backup();
        List<String> entries = new ArrayList<>();
        String manifest = "";
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                entries.add(entry.getName());
                if (entry.getName().equals(BackupArchive.MANIFEST)) {
                    manifest = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        assertThat(entries.getFirst()).isEqualTo("ballots.jsonl");
        assertThat(entries.indexOf("participations.jsonl")).isGreaterThan(0);
        Document parsed = Document.parse(manifest);
        assertThat(parsed.get("format")).isEqualTo("symetrie-backup");
        assertThat(parsed.get("formatVersion")).isEqualTo(1);
        assertThat(parsed.get("collections", Document.class).get("waves", Long.class))
                .isEqualTo(mongo.getCollection("waves").countDocuments());
        assertThat(manifest).doesNotContain("ballot.key");
    }
}
