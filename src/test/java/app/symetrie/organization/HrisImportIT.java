package app.symetrie.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;

import app.symetrie.audit.AuditEntry;
import app.symetrie.common.Email;
import app.symetrie.common.UserFacingException;
import app.symetrie.organization.internal.DepartmentDocument;
import app.symetrie.organization.internal.EmployeeDocument;
import app.symetrie.organization.internal.TeamDocument;
import app.symetrie.organization.internal.hris.HrisChunkWriter;
import app.symetrie.organization.internal.hris.ImportBatchDocument;
import app.symetrie.organization.internal.hris.ImportBatchStatus;
import app.symetrie.organization.internal.hris.ImportJournalDocument;
import app.symetrie.organization.internal.hris.ImportLock;
import app.symetrie.organization.internal.hris.ImportRollback;
import app.symetrie.test.Added;
import app.symetrie.test.IntegrationTest;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

@IntegrationTest
@WithMockUser(roles = "ADMIN")
class HrisImportIT {

    private static final String HEADER = "email,first_name,last_name,department,team,manager,locale,department_kind";

    @Autowired
    HrisImportService imports;
    @Autowired
    OrganizationService organization;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    ImportLock lock;
    @Autowired
    ImportRollback rollback;
    @MockitoSpyBean
    HrisChunkWriter writer;
    @Autowired
    List<org.springframework.boot.ApplicationRunner> startupRunners;
    @Autowired
    app.symetrie.audit.AuditLog audit;

    @TempDir
    Path dir;

    private Department accounting;
    private Department customerService;
    private Employee claire;

    @BeforeEach
    void startFromAKnownCompany() {
        for (Class<?> type : List.of(EmployeeDocument.class, DepartmentDocument.class, TeamDocument.class,
                ImportBatchDocument.class, ImportJournalDocument.class)) {
            mongo.remove(new Query(), type);
        }
        accounting = organization.saveDepartment(
                new Department(DepartmentId.random(), "Comptabilité", DepartmentKind.SUPPORT, null));
        customerService = organization.saveDepartment(
                new Department(DepartmentId.random(), "Service client", DepartmentKind.FRONT_OFFICE, null));
        Team payables = organization.saveTeam(new Team(TeamId.random(), accounting.id(), "Fournisseurs"));
        claire = organization.saveEmployee(new Employee(EmployeeId.random(), "Claire", "Martin",
                new Email("claire.martin@example.com"), accounting.id(), payables.id(), true, Locale.FRENCH));
    }

    @Test
    void good_comma_file_creates_people_and_the_departments_and_teams_they_need() throws IOException {
        Path file = csv(HEADER,
                "karim.benali@example.com,Karim,Benali,Service client,Accueil,no,fr,",
                "anna.schmidt@example.com,Anna,Schmidt,Legal,,yes,en,SUPPORT",
                "claire.martin@example.com,Claire,Martin,Comptabilité,Fournisseurs,yes,fr,");

        ImportPreview preview = imports.preview(file, ProgressListener.NONE);

        assertThat(preview.acceptable()).isTrue();
        assertThat(preview.separator()).isEqualTo(',');
        assertThat(preview.lines()).isEqualTo(3);
        assertThat(preview.newEmployees()).isEqualTo(2);
        assertThat(preview.updatedEmployees()).isZero();
        assertThat(preview.unchangedEmployees()).isEqualTo(1);
        assertThat(preview.newDepartments()).isEqualTo(1);
        assertThat(preview.newTeams()).isEqualTo(1);
        assertThat(employeeCount()).as("a preview writes no one").isEqualTo(1);

        ImportResult result = imports.commit(preview, ProgressListener.NONE);

        assertThat(result.createdEmployees()).isEqualTo(2);
        assertThat(result.unchangedEmployees()).isEqualTo(1);
        assertThat(result.createdDepartments()).isEqualTo(1);
        assertThat(result.createdTeams()).isEqualTo(1);
        assertThat(employeeCount()).isEqualTo(3);
        Department legal = organization.departments().stream().filter(d -> d.name().equals("Legal")).findFirst()
                .orElseThrow();
        assertThat(legal.kind()).isEqualTo(DepartmentKind.SUPPORT);
        Employee anna = organization.employeeByEmail(new Email("anna.schmidt@example.com")).orElseThrow();
        assertThat(anna.departmentId()).isEqualTo(legal.id());
        assertThat(anna.manager()).isTrue();
        assertThat(anna.locale()).isEqualTo(Locale.ENGLISH);
        assertThat(anna.teamId()).isNull();
        Employee karim = organization.employeeByEmail(new Email("karim.benali@example.com")).orElseThrow();
        assertThat(organization.teams(customerService.id())).extracting(Team::name).containsExactly("Accueil");
        assertThat(karim.teamId()).isEqualTo(organization.teams(customerService.id()).getFirst().id());
        assertThat(mongo.findById(result.batchId(), ImportBatchDocument.class).status())
                .isEqualTo(ImportBatchStatus.APPLIED);
        assertThat(mongo.count(new Query(), ImportJournalDocument.class)).as("journal of an applied batch")
                .isZero();
    }

    @Test
    void semicolon_file_is_accepted() throws IOException {
        Path file = csv("email;first_name;last_name;department",
                "karim.benali@example.com;Karim;Benali;Service client",
                "\"benali, jr@example.com\";Karim;Benali;Service client");

        ImportPreview preview = imports.preview(file, ProgressListener.NONE);

        assertThat(preview.separator()).isEqualTo(';');
        assertThat(preview.errors()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(3);
            assertThat(e.reasonKey()).isEqualTo("import.reason.email-invalid");
            assertThat(e.value()).isEqualTo("benali, jr@example.com");
        });

        Path fixed = csv("email;first_name;last_name;department",
                "karim.benali@example.com;Karim;Benali;Service client");
        ImportResult result = imports.commit(imports.preview(fixed, ProgressListener.NONE), ProgressListener.NONE);

        assertThat(result.createdEmployees()).isEqualTo(1);
        assertThat(organization.employeeByEmail(new Email("karim.benali@example.com"))).get()
                .extracting(Employee::departmentId).isEqualTo(customerService.id());
    }

    @Test
    void semicolon_file_with_bom_and_french_headers_is_accepted() throws IOException {
        Path file = csv("\uFEFFcourriel;prénom;nom;département;équipe;responsable;langue;type_departement",
                "Karim.Benali@Example.com;Karim;Benali;service  CLIENT;Accueil;oui;français;",
                "lea.roux@example.com;Léa;Roux;Achats;;non;;fonction support");

        ImportPreview preview = imports.preview(file, ProgressListener.NONE);

        assertThat(preview.errors()).isEmpty();
        assertThat(preview.newEmployees()).isEqualTo(2);
        assertThat(preview.newDepartments()).as("Achats; service client exists").isEqualTo(1);
        imports.commit(preview, ProgressListener.NONE);

        Employee karim = organization.employeeByEmail(new Email("karim.benali@example.com")).orElseThrow();
        assertThat(karim.departmentId()).isEqualTo(customerService.id());
        assertThat(karim.manager()).isTrue();
        Employee lea = organization.employeeByEmail(new Email("lea.roux@example.com")).orElseThrow();
        assertThat(lea.firstName()).isEqualTo("Léa");
        assertThat(organization.department(lea.departmentId())).get().extracting(Department::kind)
                .isEqualTo(DepartmentKind.SUPPORT);
    }

    @Test
    void accented_and_upper_case_headers_are_recognised() throws IOException {
        Path file = csv("E-MAIL,PRÉNOM,Nom de famille,Département,Équipe,Est_Manager,Langue,Type de département",
                "karim.benali@example.com,Karim,Benali,Service client,Accueil,x,EN,");

        ImportPreview preview = imports.preview(file, ProgressListener.NONE);

        assertThat(preview.errors()).isEmpty();
        assertThat(preview.ignoredColumns()).isEmpty();
        imports.commit(preview, ProgressListener.NONE);
        Employee karim = organization.employeeByEmail(new Email("karim.benali@example.com")).orElseThrow();
        assertThat(karim.manager()).isTrue();
        assertThat(karim.locale()).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void duplicate_emails_reject_the_file_and_nothing_is_written() throws IOException {
        Path file = csv(HEADER,
                "karim.benali@example.com,Karim,Benali,New department,,no,fr,SUPPORT",
                "anna.schmidt@example.com,Anna,Schmidt,Service client,,no,fr,",
                "KARIM.BENALI@example.com,Karim,Benali,Service client,,no,fr,");
        List<Document> before = snapshot();

        ImportPreview preview = imports.preview(file, ProgressListener.NONE);

        assertThat(preview.acceptable()).isFalse();
        assertThat(preview.errors()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(4);
            assertThat(e.column()).isEqualTo("email");
            assertThat(e.reasonKey()).isEqualTo("import.reason.email-duplicate");
            assertThat(e.arguments()).containsExactly("2");
        });
        assertThatThrownBy(() -> imports.commit(preview, ProgressListener.NONE))
                .isInstanceOf(UserFacingException.class).hasMessage("import.error.not-acceptable");
        assertThat(snapshot()).isEqualTo(before);
        assertThat(employeeCount()).isEqualTo(1);
        assertThat(organization.departments()).hasSize(2);
        assertThat(mongo.count(new Query(), ImportBatchDocument.class)).as("no batch for a rejected file").isZero();
    }

    @Test
    void missing_required_column_rejects_the_whole_file() throws IOException {
        Path file = csv("email,first_name,last_name,team",
                "karim.benali@example.com,Karim,Benali,Accueil");
        List<Document> before = snapshot();

        ImportPreview preview = imports.preview(file, ProgressListener.NONE);

        assertThat(preview.acceptable()).isFalse();
        assertThat(preview.errors()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(1);
            assertThat(e.column()).isEqualTo("department");
            assertThat(e.reasonKey()).isEqualTo("import.reason.missing-column");
        });
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void bad_email_is_reported_with_its_line_and_column() throws IOException {
        Path file = csv("Courriel,Prénom,Nom,Service",
                "karim.benali@example.com,Karim,Benali,Service client",
                "",
                "anna.schmidt@@example,Anna,Schmidt,Service client");
        List<Document> before = snapshot();

        ImportPreview preview = imports.preview(file, ProgressListener.NONE);

        assertThat(preview.acceptable()).isFalse();
        assertThat(preview.lines()).as("the blank line is not counted").isEqualTo(2);
        assertThat(preview.errors()).singleElement().satisfies(e -> {
            assertThat(e.line()).as("as a spreadsheet counts, blank line included").isEqualTo(4);
            assertThat(e.column()).isEqualTo("Courriel");
            assertThat(e.reasonKey()).isEqualTo("import.reason.email-invalid");
            assertThat(e.value()).isEqualTo("anna.schmidt@@example");
        });
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void existing_employee_is_updated_not_duplicated() throws IOException {
        Path file = csv(HEADER, "Claire.Martin@example.com,Claire,Martin-Dupont,Service client,,no,en,");

        ImportPreview preview = imports.preview(file, ProgressListener.NONE);

        assertThat(preview.updatedEmployees()).isEqualTo(1);
        assertThat(preview.newEmployees()).isZero();
        imports.commit(preview, ProgressListener.NONE);
        assertThat(employeeCount()).isEqualTo(1);
        Employee updated = organization.employeeByEmail(claire.email()).orElseThrow();
        assertThat(updated.id()).isEqualTo(claire.id());
        assertThat(updated.lastName()).isEqualTo("Martin-Dupont");
        assertThat(updated.departmentId()).isEqualTo(customerService.id());
        assertThat(updated.teamId()).isNull();
        assertThat(updated.manager()).isFalse();
        assertThat(mongo.findById(claire.id().value(), EmployeeDocument.class).searchKey())
                .isEqualTo("claire martin-dupont claire.martin@example.com");
    }

    @Test
    void optional_columns_left_out_keep_the_current_values() throws IOException {
        Path file = csv("email,first_name,last_name,department", "claire.martin@example.com,Claire,Martin,Comptabilité");

        ImportPreview preview = imports.preview(file, ProgressListener.NONE);

        assertThat(preview.unchangedEmployees()).isEqualTo(1);
        assertThat(preview.hasChanges()).isFalse();
        imports.commit(preview, ProgressListener.NONE);
        assertThat(organization.employeeByEmail(claire.email())).contains(claire);
    }

    @Test
    void a_failure_in_the_middle_of_the_commit_leaves_the_store_exactly_as_before() throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("claire.martin@example.com,Claire,Martin,Brand new,Team A,no,en,FRONT_OFFICE");
        for (int i = 0; i < 2_500; i++) {
            lines.add("person" + i + "@example.com,First" + i + ",Last" + i + ",Dept " + (i % 7) + ",Team "
                    + (i % 3) + ",no,fr,SUPPORT");
        }
        Path file = csv(HEADER, lines.toArray(String[]::new));
        List<Document> before = snapshot();
        ImportPreview preview = imports.preview(file, ProgressListener.NONE);
        assertThat(preview.acceptable()).isTrue();
        AtomicInteger chunks = new AtomicInteger();
        doAnswer(call -> {
            Object written = call.callRealMethod();
            if (chunks.incrementAndGet() == 2) {
                throw new IllegalStateException("the store went away");
            }
            return written;
        }).when(writer).write(anyString(), anyInt(), anyList(), any(), anyMap(), anyMap(), any());

        assertThatThrownBy(() -> imports.commit(preview, ProgressListener.NONE))
                .isInstanceOf(UserFacingException.class).hasMessage("import.error.rolled-back");

        assertThat(chunks).hasValue(2);
        assertThat(snapshot()).isEqualTo(before);
        assertThat(mongo.findById(preview.batchId(), ImportBatchDocument.class).status())
                .isEqualTo(ImportBatchStatus.ROLLED_BACK);
        assertThat(mongo.count(new Query(), ImportJournalDocument.class)).isZero();
        assertThat(lock.tryClaim()).as("the lock was released").isPresent();
    }

    @Test
    void a_batch_left_applying_by_a_crash_is_rolled_back_by_the_recovery() throws IOException {
        Path file = csv(HEADER,
                "claire.martin@example.com,Claire,Martin,Crash dept,,no,en,SUPPORT",
                "new.person@example.com,New,Person,Crash dept,Crash team,no,fr,");
        List<Document> before = snapshot();
        ImportPreview preview = imports.preview(file, ProgressListener.NONE);
        doAnswer(call -> {
            call.callRealMethod();
            // the process dies here: no rollback, the batch stays APPLYING
            throw new OutOfMemoryError("simulated crash");
        }).when(writer).write(anyString(), anyInt(), anyList(), any(), anyMap(), anyMap(), any());
        assertThatThrownBy(() -> imports.commit(preview, ProgressListener.NONE)).isInstanceOf(OutOfMemoryError.class);
        assertThat(employeeCount()).as("half applied").isEqualTo(2);
        assertThat(mongo.findById(preview.batchId(), ImportBatchDocument.class).status())
                .isEqualTo(ImportBatchStatus.APPLYING);

        rollback.recoverInterrupted();

        assertThat(snapshot()).isEqualTo(before);
        assertThat(mongo.findById(preview.batchId(), ImportBatchDocument.class).status())
                .isEqualTo(ImportBatchStatus.ROLLED_BACK);
    }

    @Test
    void an_import_killed_while_applying_is_rolled_back_at_the_next_start_and_the_admins_are_told()
            throws Exception {
        Path file = csv(HEADER,
                "claire.martin@example.com,Claire,Martin,Killed dept,,no,en,SUPPORT",
                "new.person@example.com,New,Person,Killed dept,Killed team,no,fr,");
        List<Document> before = snapshot();
        ImportPreview preview = imports.preview(file, ProgressListener.NONE);
        doAnswer(call -> {
            call.callRealMethod();
            throw new OutOfMemoryError("simulated kill");
        }).when(writer).write(anyString(), anyInt(), anyList(), any(), anyMap(), anyMap(), any());
        assertThatThrownBy(() -> imports.commit(preview, ProgressListener.NONE)).isInstanceOf(OutOfMemoryError.class);
        // A killed process releases nothing: its lock stays claimed, and its heartbeat stops.
        mongo.updateFirst(Query.query(org.springframework.data.mongodb.core.query.Criteria.where("_id")
                        .is("hris-import")), new org.springframework.data.mongodb.core.query.Update()
                        .set("locked", true).set("owner", "dead-process")
                        .set("heartbeatAt", java.time.Instant.now().minus(java.time.Duration.ofMinutes(2))),
                "import_lock");

        Added<AuditEntry> audited = Added.since(() -> audit.latest(10_000));
        startupRunners.stream().filter(r -> r.getClass().getSimpleName().equals("ImportRecoveryAtStartup"))
                .findFirst().orElseThrow().run(null);

        assertThat(snapshot()).isEqualTo(before);
        assertThat(mongo.findById(preview.batchId(), ImportBatchDocument.class).status())
                .isEqualTo(ImportBatchStatus.ROLLED_BACK);
        assertThat(audited.now()).as("told by the recovery, not by another test").extracting(AuditEntry::action)
                .contains("hris.interrupted");
        org.mockito.Mockito.reset(writer);
        Path again = csv(HEADER, "karim.benali@example.com,Karim,Benali,Service client,,no,fr,");
        assertThat(imports.commit(imports.preview(again, ProgressListener.NONE), ProgressListener.NONE)
                .createdEmployees()).as("the next import is not refused").isEqualTo(1);
    }

    @Test
    void a_preview_is_applied_once_and_a_file_changed_since_is_refused() throws IOException {
        Path file = csv(HEADER, "karim.benali@example.com,Karim,Benali,Service client,,no,fr,");
        ImportPreview preview = imports.preview(file, ProgressListener.NONE);
        imports.commit(preview, ProgressListener.NONE);

        assertThatThrownBy(() -> imports.commit(preview, ProgressListener.NONE))
                .isInstanceOf(UserFacingException.class).hasMessage("import.error.preview-expired");

        ImportPreview another = imports.preview(file, ProgressListener.NONE);
        Files.writeString(file, "\nmallory@example.com,Mal,Lory,Service client,,yes,fr,", StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);
        assertThatThrownBy(() -> imports.commit(another, ProgressListener.NONE))
                .isInstanceOf(UserFacingException.class).hasMessage("import.error.file-changed");
        assertThat(organization.employeeByEmail(new Email("mallory@example.com"))).isEmpty();
    }

    @Test
    void only_one_import_runs_at_a_time() throws IOException {
        Path file = csv(HEADER, "karim.benali@example.com,Karim,Benali,Service client,,no,fr,");
        ImportPreview preview = imports.preview(file, ProgressListener.NONE);
        String owner = lock.tryClaim().orElseThrow();
        try {
            assertThatThrownBy(() -> imports.commit(preview, ProgressListener.NONE))
                    .isInstanceOf(UserFacingException.class).hasMessage("import.error.busy");
        } finally {
            lock.release(owner);
        }
        assertThat(imports.commit(preview, ProgressListener.NONE).createdEmployees()).isEqualTo(1);
    }

    @Test
    void only_administrators_may_import() throws IOException {
        Path file = csv(HEADER, "karim.benali@example.com,Karim,Benali,Service client,,no,fr,");
        SecurityContext admin = SecurityContextHolder.getContext();
        SecurityContext lead = SecurityContextHolder.createEmptyContext();
        lead.setAuthentication(new TestingAuthenticationToken("lead", "", "ROLE_LEAD", "ROLE_EMPLOYEE"));
        SecurityContextHolder.setContext(lead);
        try {
            assertThatThrownBy(() -> imports.preview(file, ProgressListener.NONE))
                    .isInstanceOf(AuthorizationDeniedException.class);
        } finally {
            SecurityContextHolder.setContext(admin);
        }
        assertThat(mongo.count(new Query(), ImportBatchDocument.class)).isZero();
    }

    @Test
    void the_sample_file_imports_as_it_is() throws IOException {
        for (Locale locale : List.of(Locale.FRENCH, Locale.ENGLISH)) {
            Path file = dir.resolve(locale.getLanguage() + ".csv");
            Files.writeString(file, imports.sampleFile(locale).content(), StandardCharsets.UTF_8);

            ImportPreview preview = imports.preview(file, ProgressListener.NONE);

            assertThat(preview.errors()).as(locale.toString()).isEmpty();
            assertThat(preview.lines()).isEqualTo(3);
        }
    }

    @Test
    void fifty_thousand_lines_import_with_progress() throws IOException {
        int people = 50_000;
        Path file = dir.resolve("big.csv");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("\uFEFFcourriel;prénom;nom;département;équipe;responsable;langue;type_departement\r\n");
            for (int i = 0; i < people; i++) {
                out.write("agent" + i + "@grande-entreprise.fr;Prénom" + i + ";Nom" + i + ";Direction " + (i % 40)
                        + ";Équipe " + (i % 12) + ";" + (i % 25 == 0 ? "oui" : "non") + ";"
                        + (i % 10 == 0 ? "en" : "fr") + ";" + (i % 40 < 10 ? "FRONT_OFFICE" : "SUPPORT") + "\r\n");
            }
        }
        List<long[]> previewProgress = new ArrayList<>();
        List<long[]> commitProgress = new ArrayList<>();

        long t0 = System.nanoTime();
        ImportPreview preview = imports.preview(file, (done, total) -> previewProgress.add(new long[] {done, total}));
        long t1 = System.nanoTime();
        ImportResult result = imports.commit(preview, (done, total) -> commitProgress.add(new long[] {done, total}));
        long t2 = System.nanoTime();
        System.out.printf("HRIS import of %,d lines (%,d bytes): preview %,d ms, commit %,d ms%n", people,
                Files.size(file), (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000);

        assertThat(preview.errors()).isEmpty();
        assertThat(preview.lines()).isEqualTo(people);
        assertThat(preview.newEmployees()).isEqualTo(people);
        assertThat(result.createdEmployees()).isEqualTo(people);
        assertThat(result.createdDepartments()).isEqualTo(40);
        assertThat(result.createdTeams()).isEqualTo(40 * 12 / 4);
        assertThat(mongo.count(new Query(), EmployeeDocument.class)).isEqualTo(people + 1);
        assertThat(previewProgress).hasSizeGreaterThan(10);
        assertThat(previewProgress.getLast()).containsExactly(Files.size(file), Files.size(file));
        assertThat(commitProgress).hasSizeGreaterThanOrEqualTo(people / 1_000);
        assertThat(commitProgress.getLast()).containsExactly(people, people);
    }

    private long employeeCount() {
        return mongo.count(new Query(), EmployeeDocument.class);
    }

    /** Every person, department and team as stored, in a stable order. */
    private List<Document> snapshot() {
        List<Document> all = new ArrayList<>();
        for (String collection : List.of("employees", "departments", "teams")) {
            all.addAll(mongo.find(new Query().with(Sort.by("_id")), Document.class, collection));
        }
        return all;
    }

    private Path csv(String header, String... lines) throws IOException {
        Path file = Files.createTempFile(dir, "hris", ".csv");
        Files.writeString(file, header + "\n" + String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return file;
    }
}
