package app.symetrie.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.symetrie.common.Email;
import app.symetrie.common.UserFacingException;
import app.symetrie.organization.internal.DepartmentDocument;
import app.symetrie.organization.internal.EmployeeDocument;
import app.symetrie.test.IntegrationTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Department names of an HRIS file against existing departments: the same name whatever its accents, case and
 * spaces; a close name asked about ("did you mean …?") and nothing created until the administrator answers.
 */
@IntegrationTest
@WithMockUser(roles = "ADMIN")
class HrisDidYouMeanIT {

    private static final String HEADER = "email,first_name,last_name,department,department_kind";

    @Autowired
    HrisImportService imports;
    @Autowired
    OrganizationService organization;
    @Autowired
    MongoTemplate mongo;

    @TempDir
    Path dir;

    private Department controlling;

    @BeforeEach
    void oneDepartment() {
        mongo.remove(Query.query(Criteria.where("email").regex("@dym\\.example$")), EmployeeDocument.class);
        mongo.remove(Query.query(Criteria.where("name").regex("(?i)^contr.le de gestion dym")),
                DepartmentDocument.class);
        controlling = organization.saveDepartment(new Department(DepartmentId.random(), "Contrôle de gestion DYM",
                DepartmentKind.SUPPORT, null));
    }

    private long departmentsNamedLikeControlling() {
        return mongo.count(Query.query(Criteria.where("name").regex("(?i)^contr.le de gestion dym")),
                DepartmentDocument.class);
    }

    @Test
    void names_differing_only_by_accents_case_and_spaces_are_the_existing_department() throws IOException {
        Path file = csv("ann@dym.example,Ann,Lee,controle de gestion dym,",
                "bob@dym.example,Bob,Roy,  CONTRÔLE   DE GESTION DYM ,",
                "eve@dym.example,Eve,Sun,Controle\u00a0de gestion Dym,");

        ImportPreview preview = imports.preview(file, ProgressListener.NONE);

        assertThat(preview.errors()).isEmpty();
        assertThat(preview.departmentSuggestions()).isEmpty();
        assertThat(preview.newDepartments()).isZero();
        assertThat(preview.acceptable()).isTrue();
        imports.commit(preview, ProgressListener.NONE);
        assertThat(departmentsNamedLikeControlling()).isEqualTo(1);
        for (String email : List.of("ann@dym.example", "bob@dym.example", "eve@dym.example")) {
            assertThat(organization.employeeByEmail(new Email(email)).orElseThrow().departmentId())
                    .isEqualTo(controlling.id());
        }
    }

    @Test
    void a_close_name_is_asked_about_and_mapped_to_the_existing_department_on_request() throws IOException {
        Path file = csv("ann@dym.example,Ann,Lee,Controle de gestoin DYM,SUPPORT");

        ImportPreview asked = imports.preview(file, ProgressListener.NONE);

        assertThat(asked.errors()).isEmpty();
        assertThat(asked.departmentSuggestions()).containsExactly(new DepartmentSuggestion(
                "Controle de gestoin DYM", controlling.id(), "Contrôle de gestion DYM", null));
        assertThat(asked.needsDepartmentChoice()).isTrue();
        assertThat(asked.acceptable()).as("nothing can be imported before the choice").isFalse();
        assertThatThrownBy(() -> imports.commit(asked, ProgressListener.NONE))
                .isInstanceOf(UserFacingException.class);
        assertThat(departmentsNamedLikeControlling()).isEqualTo(1);
        assertThat(organization.employeeByEmail(new Email("ann@dym.example"))).isEmpty();

        ImportPreview chosen = imports.preview(file, asked.options()
                .withDepartmentMapped("Controle de gestoin DYM", controlling.id()), ProgressListener.NONE);

        assertThat(chosen.departmentSuggestions()).containsExactly(new DepartmentSuggestion(
                "Controle de gestoin DYM", controlling.id(), "Contrôle de gestion DYM",
                DepartmentSuggestion.Choice.MAP_TO_SUGGESTED));
        assertThat(chosen.newDepartments()).isZero();
        assertThat(chosen.acceptable()).isTrue();
        ImportResult result = imports.commit(chosen, ProgressListener.NONE);

        assertThat(result.createdDepartments()).isZero();
        assertThat(departmentsNamedLikeControlling()).isEqualTo(1);
        assertThat(organization.employeeByEmail(new Email("ann@dym.example")).orElseThrow().departmentId())
                .isEqualTo(controlling.id());
    }

    @Test
    void a_close_name_is_created_as_a_new_department_when_the_administrator_says_so() throws IOException {
        Path file = csv("ann@dym.example,Ann,Lee,Contrôle de gestion DYM Lyon,SUPPORT");
        ImportPreview asked = imports.preview(file, ProgressListener.NONE);
        assertThat(asked.departmentSuggestions()).extracting(DepartmentSuggestion::suggestedName)
                .containsExactly("Contrôle de gestion DYM");

        ImportPreview chosen = imports.preview(file,
                asked.options().withDepartmentCreated("Contrôle de gestion DYM Lyon"), ProgressListener.NONE);

        assertThat(chosen.departmentSuggestions()).extracting(DepartmentSuggestion::choice)
                .containsExactly(DepartmentSuggestion.Choice.CREATE_NEW);
        assertThat(chosen.newDepartments()).isEqualTo(1);
        assertThat(chosen.acceptable()).isTrue();
        ImportResult result = imports.commit(chosen, ProgressListener.NONE);

        assertThat(result.createdDepartments()).isEqualTo(1);
        Department lyon = organization.departments().stream()
                .filter(d -> d.name().equals("Contrôle de gestion DYM Lyon")).findFirst().orElseThrow();
        assertThat(organization.employeeByEmail(new Email("ann@dym.example")).orElseThrow().departmentId())
                .isEqualTo(lyon.id());
    }

    @Test
    void a_department_mapped_to_then_deleted_before_the_commit_refuses_the_import() throws IOException {
        Path file = csv("ann@dym.example,Ann,Lee,Controle de gestoin DYM,SUPPORT");
        ImportPreview chosen = imports.preview(file, ImportOptions.DEFAULT
                .withDepartmentMapped("Controle de gestoin DYM", controlling.id()), ProgressListener.NONE);
        assertThat(chosen.acceptable()).isTrue();

        mongo.remove(Query.query(Criteria.where("_id").is(controlling.id().value())), DepartmentDocument.class);

        assertThatThrownBy(() -> imports.commit(chosen, ProgressListener.NONE))
                .isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).messageKey())
                .isEqualTo("import.error.changed-since-preview");
        assertThat(organization.employeeByEmail(new Email("ann@dym.example"))).isEmpty();
        assertThat(departmentsNamedLikeControlling()).isZero();
    }

    private Path csv(String... lines) throws IOException {
        Path file = Files.createTempFile(dir, "hris", ".csv");
        Files.writeString(file, HEADER + "\n" + String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return file;
    }
}
