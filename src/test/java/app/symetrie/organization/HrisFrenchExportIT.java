package app.symetrie.organization;

import static org.assertj.core.api.Assertions.assertThat;

import app.symetrie.common.Email;
import app.symetrie.organization.internal.DepartmentDocument;
import app.symetrie.organization.internal.EmployeeDocument;
import app.symetrie.organization.internal.TeamDocument;
import app.symetrie.organization.internal.hris.ImportBatchDocument;
import app.symetrie.organization.internal.hris.ImportJournalDocument;
import app.symetrie.organization.internal.hris.ImportMappingDocument;
import app.symetrie.organization.internal.hris.ImportReasons;
import app.symetrie.test.IntegrationTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The import of real French HRIS exports (issue 9): Windows-1252, unrecognized headers mapped once, two levels,
 * employee numbers as the key, managers named by number or e-mail, and people who left.
 */
@IntegrationTest
@WithMockUser(roles = "ADMIN")
class HrisFrenchExportIT {

    @Autowired
    HrisImportService imports;
    @Autowired
    OrganizationService organization;
    @Autowired
    MongoTemplate mongo;

    @TempDir
    Path dir;

    @BeforeEach
    void freshStore() {
        for (Class<?> type : List.of(EmployeeDocument.class, DepartmentDocument.class, TeamDocument.class,
                ImportBatchDocument.class, ImportJournalDocument.class, ImportMappingDocument.class)) {
            mongo.remove(new Query(), type);
        }
    }

    @Test
    void six_hundred_people_from_a_windows_1252_export_are_imported_after_mapping_its_headers_once()
            throws IOException {
        List<String> lines = FrenchHrisExport.lines(600);
        Path file = FrenchHrisExport.write(dir.resolve("export-rh.csv"), lines);

        ImportPreview unmapped = imports.preview(file, ProgressListener.NONE);

        assertThat(unmapped.acceptable()).isFalse();
        assertThat(unmapped.needsMapping()).isTrue();
        assertThat(unmapped.encoding()).isEqualTo(ImportEncoding.WINDOWS_1252);
        assertThat(unmapped.headers()).containsExactly("Mat.", "Nom", "Prénom", "Mail pro", "Direction", "Service",
                "Responsable", "Nature");
        assertThat(unmapped.mapping()).as("proposed from the recognized headers").containsEntry("last_name", "Nom")
                .containsEntry("first_name", "Prénom").containsEntry("parent_department", "Direction")
                .containsEntry("department", "Service").containsEntry("reports_to", "Responsable")
                .doesNotContainKeys("email", "employee_number");

        long start = System.nanoTime();
        ImportPreview preview = imports.preview(file, ImportOptions.DEFAULT.withMapping(FrenchHrisExport.mapping()),
                ProgressListener.NONE);
        long previewMs = (System.nanoTime() - start) / 1_000_000;
        imports.rememberMapping(preview.mapping());

        assertThat(preview.errors()).isEmpty();
        assertThat(preview.acceptable()).isTrue();
        assertThat(preview.separator()).isEqualTo(';');
        assertThat(preview.newEmployees()).isEqualTo(600);
        assertThat(preview.newDepartments()).isEqualTo(12);
        start = System.nanoTime();
        ImportResult result = imports.commit(preview, ProgressListener.NONE);
        System.out.printf("600-person French export: preview %d ms, commit %d ms%n", previewMs,
                (System.nanoTime() - start) / 1_000_000);

        assertThat(result.createdEmployees()).isEqualTo(600);
        assertThat(organization.employeeCount()).isEqualTo(600);
        Employee first = organization.employeeByEmail(new Email(FrenchHrisExport.email(0))).orElseThrow();
        assertThat(first.fullName()).as("accents read, not garbled").isEqualTo("Françoise Lefèvre");
        assertThat(first.employeeNumber()).isEqualTo("M00000");
        assertThat(organization.employeeByEmail(new Email(FrenchHrisExport.email(2))).orElseThrow().lastName())
                .isEqualTo("Bœuf");
        Map<String, Department> byName = new HashMap<>();
        organization.departments().forEach(d -> byName.put(d.name(), d));
        assertThat(byName).containsKeys("Comptabilité", "Économie et prévisions", "Œuvre sociale",
                "Ventes Île-de-France", "Direction financière");
        assertThat(byName.get("Comptabilité").parentId()).isEqualTo(byName.get("Direction financière").id());
        assertThat(byName.get("Œuvre sociale").parentId()).isEqualTo(byName.get("Direction des opérations").id());
        assertThat(byName.get("Direction financière").parentId()).isNull();
        assertThat(byName.get("Direction financière").kind()).isEqualTo(DepartmentKind.SUPPORT);
        assertThat(organization.workforce(Set.of(byName.get("Direction financière").id())))
                .as("a direction's wave invites its services").hasSize(
                        (int) lines.stream().filter(l -> l.contains(";Direction financière;")).count());
        List<Employee> everyone = organization.workforce(Set.of());
        assertThat(everyone.stream().filter(Employee::manager).map(Employee::employeeNumber).sorted())
                .as("exactly the people someone reports to").hasSize(12)
                .allMatch(n -> n.compareTo("M00012") < 0);

        ImportPreview again = imports.preview(file, ProgressListener.NONE);

        assertThat(again.mappingRemembered()).as("the mapping is asked once").isTrue();
        assertThat(again.acceptable()).isTrue();
        assertThat(again.unchangedEmployees()).isEqualTo(600);
        assertThat(again.hasChanges()).isFalse();
    }

    @Test
    void a_changed_email_updates_the_same_person_matched_by_employee_number() throws IOException {
        List<String> lines = FrenchHrisExport.lines(20);
        commit(FrenchHrisExport.write(dir.resolve("a.csv"), lines), ImportOptions.DEFAULT);
        Employee before = organization.employeeByEmail(new Email(FrenchHrisExport.email(15))).orElseThrow();

        ImportPreview preview = preview(FrenchHrisExport.write(dir.resolve("b.csv"), lines,
                line -> line.replace(FrenchHrisExport.email(15), "nouvelle.adresse@entreprise.fr")),
                ImportOptions.DEFAULT);

        assertThat(preview.updatedEmployees()).isEqualTo(1);
        assertThat(preview.newEmployees()).isZero();
        imports.commit(preview, ProgressListener.NONE);
        Employee after = organization.employeeByEmail(new Email("nouvelle.adresse@entreprise.fr")).orElseThrow();
        assertThat(after.id()).isEqualTo(before.id());
        assertThat(organization.employeeByEmail(new Email(FrenchHrisExport.email(15)))).isEmpty();
    }

    @Test
    void an_email_held_by_another_numbered_person_is_refused_on_its_line() throws IOException {
        List<String> lines = FrenchHrisExport.lines(20);
        commit(FrenchHrisExport.write(dir.resolve("a.csv"), lines), ImportOptions.DEFAULT);

        List<String> changed = new ArrayList<>(lines);
        changed.removeIf(line -> line.startsWith("M00016;"));
        ImportPreview preview = preview(FrenchHrisExport.write(dir.resolve("b.csv"), changed,
                line -> line.replace(FrenchHrisExport.email(15), FrenchHrisExport.email(16))),
                ImportOptions.DEFAULT);

        assertThat(preview.acceptable()).isFalse();
        assertThat(preview.errors()).extracting(ImportLineError::reasonKey).contains(ImportReasons.EMAIL_OF_OTHER);
    }

    @Test
    void managers_are_named_by_email_or_by_number_and_unknown_ones_are_reported() throws IOException {
        Path file = utf8("matricule;prénom;nom;courriel;service;responsable;type",
                "A1;Ann;Lee;ann@ex.fr;IT;;SUPPORT",
                "B2;Bob;Roy;bob@ex.fr;IT;A1;",
                "C3;Cléa;Roy;clea@ex.fr;IT;bob@ex.fr;",
                "D4;Dan;Roy;dan@ex.fr;IT;;");

        ImportPreview preview = preview(file, ImportOptions.DEFAULT);
        imports.commit(preview, ProgressListener.NONE);

        assertThat(manager("ann@ex.fr")).as("named by number").isTrue();
        assertThat(manager("bob@ex.fr")).as("named by e-mail").isTrue();
        assertThat(manager("clea@ex.fr")).isFalse();
        assertThat(manager("dan@ex.fr")).isFalse();

        ImportPreview unknown = imports.preview(utf8("matricule;prénom;nom;courriel;service;responsable",
                "E5;Eve;Roy;eve@ex.fr;IT;Z9", "F6;Fay;Roy;fay@ex.fr;IT;A1"), ProgressListener.NONE);

        assertThat(unknown.errors()).extracting(ImportLineError::line, ImportLineError::reasonKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, ImportReasons.REPORTS_TO_UNKNOWN));
    }

    @Test
    void direction_and_service_can_be_mapped_to_department_and_team() throws IOException {
        Path file = utf8("Direction;Service;Nom;Prénom;E-mail;Type", "Finance;Paie;Lee;Ann;ann@ex.fr;SUPPORT",
                "Finance;Achats;Roy;Bob;bob@ex.fr;SUPPORT");

        ImportPreview preview = preview(file, ImportOptions.DEFAULT.withMapping(Map.of("department", "Direction",
                "team", "Service", "last_name", "Nom", "first_name", "Prénom", "email", "E-mail",
                "department_kind", "Type")));
        imports.commit(preview, ProgressListener.NONE);

        Department finance = organization.departments().getFirst();
        assertThat(organization.departments()).hasSize(1);
        assertThat(organization.teams(finance.id())).extracting(Team::name).containsExactly("Achats", "Paie");
    }

    @Test
    void a_new_service_without_a_type_takes_its_directions_and_only_a_direction_without_one_is_refused()
            throws IOException {
        organization.saveDepartment(new Department(DepartmentId.random(), "Finance", DepartmentKind.SUPPORT, null));
        String header = "Matricule;Nom;Prénom;E-mail;Direction;Service";
        ImportPreview refused = preview(utf8(header, "A1;Lee;Ann;ann@ex.fr;Finance;Paie",
                "B2;Roy;Bob;bob@ex.fr;Ventes;Boutique Nord"), ImportOptions.DEFAULT);
        assertThat(refused.errors()).extracting(ImportLineError::reasonKey, e -> e.arguments().getFirst())
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(
                        ImportReasons.DEPARTMENT_KIND_MISSING, "Ventes"), org.assertj.core.groups.Tuple.tuple(
                        ImportReasons.DEPARTMENT_KIND_MISSING, "Boutique Nord"));

        ImportPreview preview = preview(utf8(header, "A1;Lee;Ann;ann@ex.fr;Finance;Paie",
                "C3;Roy;Cléa;clea@ex.fr;Finance;Achats"), ImportOptions.DEFAULT);
        assertThat(preview.errors()).isEmpty();
        imports.commit(preview, ProgressListener.NONE);
        assertThat(organization.departments()).filteredOn(d -> !d.name().equals("Finance"))
                .extracting(Department::name, Department::kind).containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("Paie", DepartmentKind.SUPPORT),
                        org.assertj.core.groups.Tuple.tuple("Achats", DepartmentKind.SUPPORT));
    }

    @Test
    void a_full_import_deactivates_the_people_absent_from_the_file_once_confirmed() throws IOException {
        List<String> lines = FrenchHrisExport.lines(30);
        commit(FrenchHrisExport.write(dir.resolve("a.csv"), lines), ImportOptions.DEFAULT);
        List<String> withoutTwo = new ArrayList<>(lines);
        withoutTwo.removeIf(line -> line.startsWith("M00025;") || line.startsWith("M00026;"));
        Path file = FrenchHrisExport.write(dir.resolve("b.csv"), withoutTwo);
        Employee leaving = organization.employeeByEmail(new Email(FrenchHrisExport.email(25))).orElseThrow();

        ImportPreview partial = preview(file, ImportOptions.DEFAULT);
        assertThat(partial.deactivated()).as("not a full import: nobody leaves").isZero();
        assertThat(partial.hasChanges()).isFalse();

        ImportPreview full = preview(file, ImportOptions.DEFAULT.withFullImport(true));
        assertThat(full.deactivated()).isEqualTo(2);
        assertThat(full.hasChanges()).isTrue();
        ImportResult result = imports.commit(full, ProgressListener.NONE);

        assertThat(result.deactivatedEmployees()).isEqualTo(2);
        assertThat(organization.isActive(leaving.id())).isFalse();
        assertThat(organization.employee(leaving.id())).get().extracting(Employee::active).isEqualTo(false);
        assertThat(organization.workforce(Set.of())).hasSize(28).noneMatch(e -> e.id().equals(leaving.id()));
        assertThat(organization.employeeCount()).isEqualTo(28);

        ImportPreview back = preview(FrenchHrisExport.write(dir.resolve("c.csv"), lines),
                ImportOptions.DEFAULT.withFullImport(true));
        assertThat(back.updatedEmployees()).as("people who come back are reactivated").isEqualTo(2);
        assertThat(back.deactivated()).isZero();
        imports.commit(back, ProgressListener.NONE);
        assertThat(organization.isActive(leaving.id())).isTrue();
    }

    private boolean manager(String email) {
        return organization.employeeByEmail(new Email(email)).orElseThrow().manager();
    }

    private ImportPreview preview(Path file, ImportOptions options) {
        ImportPreview preview = imports.preview(file, options.mapping().isEmpty() && file.toString().endsWith(
                ".csv") && isFrenchExport(file) ? options.withMapping(FrenchHrisExport.mapping()) : options,
                ProgressListener.NONE);
        assertThat(preview.errors()).as("errors of %s", file).isNotNull();
        return preview;
    }

    private static boolean isFrenchExport(Path file) {
        try {
            return new String(Files.readAllBytes(file), FrenchHrisExport.WINDOWS_1252)
                    .startsWith(FrenchHrisExport.HEADER);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private void commit(Path file, ImportOptions options) {
        ImportPreview preview = preview(file, options);
        assertThat(preview.errors()).isEmpty();
        imports.commit(preview, ProgressListener.NONE);
    }

    private Path utf8(String... lines) throws IOException {
        Path file = Files.createTempFile(dir, "hris", ".csv");
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return file;
    }
}
