package app.symetrie.organization.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.symetrie.common.Role;
import app.symetrie.organization.ImportColumn;
import app.symetrie.organization.Department;
import app.symetrie.organization.DepartmentId;
import app.symetrie.organization.DepartmentKind;
import app.symetrie.organization.DepartmentSuggestion;
import app.symetrie.organization.ImportLineError;
import app.symetrie.organization.OrganizationService;
import app.symetrie.organization.internal.DepartmentDocument;
import app.symetrie.organization.internal.EmployeeDocument;
import app.symetrie.organization.internal.hris.ImportMappingDocument;
import app.symetrie.security.SignedInUser;
import app.symetrie.test.IntegrationTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.upload.Upload;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithSecurityContext;
import org.springframework.security.test.context.support.WithSecurityContextFactory;

/** The import page in a browserless UI: help, upload, preview with errors, then the import itself. */
@IntegrationTest
@ImportViewIT.SignedInAdmin
class ImportViewIT extends SpringBrowserlessTest {

    /** An administrator signed in as the application signs people in (the layout needs a {@link SignedInUser}). */
    @Retention(RetentionPolicy.RUNTIME)
    @WithSecurityContext(factory = SignedInAdmin.Factory.class)
    @interface SignedInAdmin {
        final class Factory implements WithSecurityContextFactory<SignedInAdmin> {
            @Override
            public SecurityContext createSecurityContext(SignedInAdmin annotation) {
                SignedInUser admin = new SignedInUser("admin@example.com", "Admin", "", Role.ADMIN.withImplied(),
                        null, null, Locale.ENGLISH, true);
                SecurityContext context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
                return context;
            }
        }
    }

    @Autowired
    MongoTemplate mongo;
    @Autowired
    OrganizationService organization;

    @Test
    void the_page_explains_the_columns_and_offers_a_sample() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate(ImportView.class);

        @SuppressWarnings("unchecked")
        Grid<ImportColumn> columns = find(Grid.class).id("import-columns");
        assertThat(test(columns).size()).isEqualTo(11);
        assertThat(find(Anchor.class).id("import-sample").getText()).isNotBlank();
        assertThat(find(Button.class).withId("import-commit").exists()).as("no import before a preview").isFalse();
    }

    @Test
    void a_file_with_errors_is_listed_line_by_line_and_cannot_be_imported() {
        mongo.remove(new Query(), EmployeeDocument.class);
        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate(ImportView.class);

        test(find(Upload.class).id("import-upload")).upload("people.csv", "text/csv",
                ("email;first_name;last_name;department;department_kind\n"
                        + "not-an-email;Ann;Lee;IT;SUPPORT\n").getBytes(StandardCharsets.UTF_8));

        waitFor(() -> find(Grid.class).withId("import-errors").exists());
        @SuppressWarnings("unchecked")
        Grid<ImportLineError> errors = find(Grid.class).id("import-errors");
        assertThat(test(errors).size()).isEqualTo(1);
        assertThat(test(errors).getRow(0).line()).isEqualTo(2);
        assertThat(test(errors).getCellText(0, 2)).isEqualTo("Not a valid e-mail address.");
        assertThat(find(Button.class).withId("import-commit").exists()).isFalse();
        assertThat(mongo.count(new Query(), EmployeeDocument.class)).isZero();
    }

    @Test
    void a_good_file_is_previewed_then_imported() {
        mongo.remove(new Query(), EmployeeDocument.class);
        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate(ImportView.class);

        test(find(Upload.class).id("import-upload")).upload("people.csv", "text/csv",
                ("email,first_name,last_name,department,department_kind\n"
                        + "ann.lee@example.com,Ann,Lee,View test department,SUPPORT\n")
                        .getBytes(StandardCharsets.UTF_8));
        waitFor(() -> find(Button.class).withId("import-commit").exists());
        Button importButton = find(Button.class).id("import-commit");
        assertThat(importButton.isEnabled()).isTrue();
        assertThat(importButton.getText()).isEqualTo("Import one person");
        assertThat(mongo.count(new Query(), EmployeeDocument.class)).as("the preview writes no one").isZero();

        test(importButton).click();

        waitFor(() -> find(Div.class).id("import-result").getChildren()
                .anyMatch(c -> "import-done".equals(c.getId().orElse(""))));
        assertThat(mongo.count(new Query(), EmployeeDocument.class)).isEqualTo(1);
    }

    @Test
    void unrecognized_headers_are_mapped_once_then_the_file_is_previewed_and_imported() {
        mongo.remove(new Query(), EmployeeDocument.class);
        mongo.remove(new Query(), ImportMappingDocument.class);
        UI.getCurrent().setLocale(Locale.FRENCH);
        navigate(ImportView.class);

        test(find(Upload.class).id("import-upload")).upload("export.csv", "text/csv",
                ("Mail pro;Prénom;Nom;Service;Nature\r\nlea.martin@exemple.fr;Léa;Martin;Économie;SUPPORT\r\n")
                        .getBytes(Charset.forName("windows-1252")));
        waitFor(() -> find(ComboBox.class).withId("map-email").exists());

        assertThat(find(Paragraph.class).id("import-read-as").getText()).startsWith("Lu en Windows-1252");
        assertThat(find(Button.class).withId("import-commit").exists()).isFalse();
        @SuppressWarnings("unchecked")
        ComboBox<String> email = find(ComboBox.class).id("map-email");
        @SuppressWarnings("unchecked")
        ComboBox<String> department = find(ComboBox.class).id("map-department");
        assertThat(department.getValue()).as("proposed from a known synonym").isEqualTo("Service");
        assertThat(email.getValue()).isNull();
        test(email).selectItem("Mail pro");
        @SuppressWarnings("unchecked")
        ComboBox<String> kind = find(ComboBox.class).id("map-department_kind");
        test(kind).selectItem("Nature");
        test(find(Checkbox.class).id("import-remember")).click();
        test(find(Button.class).id("import-apply-mapping")).click();

        waitFor(() -> find(Button.class).withId("import-commit").exists());
        assertThat(mongo.findById(ImportMappingDocument.ID, ImportMappingDocument.class).mapping())
                .containsEntry("email", "Mail pro").containsEntry("department_kind", "Nature");
        test(find(Button.class).id("import-commit")).click();
        waitFor(() -> find(Div.class).id("import-result").getChildren()
                .anyMatch(c -> "import-done".equals(c.getId().orElse(""))));
        assertThat(mongo.findOne(new Query(), EmployeeDocument.class).firstName()).isEqualTo("Léa");
    }

    @Test
    void a_bad_row_is_reported_in_the_language_of_the_administrator() {
        mongo.remove(new Query(), EmployeeDocument.class);
        UI.getCurrent().setLocale(Locale.FRENCH);
        navigate(ImportView.class);

        test(find(Upload.class).id("import-upload")).upload("people.csv", "text/csv",
                ("email;first_name;last_name;department;department_kind\n"
                        + "pas-un-email;Ann;Lee;IT;SUPPORT\n").getBytes(StandardCharsets.UTF_8));

        waitFor(() -> find(Grid.class).withId("import-errors").exists());
        @SuppressWarnings("unchecked")
        Grid<ImportLineError> errors = find(Grid.class).id("import-errors");
        assertThat(test(errors).getCellText(0, 2)).isEqualTo("Adresse e-mail invalide.");
    }

    @Test
    void a_full_import_says_how_many_people_would_be_deactivated() {
        mongo.remove(new Query(), EmployeeDocument.class);
        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate(ImportView.class);
        test(find(Checkbox.class).id("import-full")).click();

        test(find(Upload.class).id("import-upload")).upload("people.csv", "text/csv",
                ("email,first_name,last_name,department,department_kind\n"
                        + "ann.lee@example.com,Ann,Lee,View test department,SUPPORT\n")
                        .getBytes(StandardCharsets.UTF_8));

        waitFor(() -> find(Paragraph.class).withId("import-deactivated").exists());
        assertThat(find(Paragraph.class).id("import-deactivated").getText()).isEqualTo("Nobody will be deactivated.");
    }

    @Test
    void a_department_name_close_to_an_existing_one_is_asked_about_before_anything_is_created() {
        mongo.remove(Query.query(Criteria.where("email").regex("@dymv\\.example$")), EmployeeDocument.class);
        mongo.remove(Query.query(Criteria.where("name").regex("(?i)^contr.le de gestion dymv")),
                DepartmentDocument.class);
        Department controlling = organization.saveDepartment(new Department(DepartmentId.random(),
                "Contrôle de gestion DYMV", DepartmentKind.SUPPORT, null));
        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate(ImportView.class);

        test(find(Upload.class).id("import-upload")).upload("people.csv", "text/csv",
                ("email,first_name,last_name,department,department_kind\n"
                        + "ann@dymv.example,Ann,Lee,Controle de gestoin DYMV,SUPPORT\n")
                        .getBytes(StandardCharsets.UTF_8));
        waitFor(() -> find(RadioButtonGroup.class).withId("import-suggestion-0").exists());

        @SuppressWarnings("unchecked")
        RadioButtonGroup<DepartmentSuggestion.Choice> choice = find(RadioButtonGroup.class).id("import-suggestion-0");
        assertThat(choice.getLabel()).isEqualTo(
                "\u201cControle de gestoin DYMV\u201d is not a department. Did you mean \u201cContr\u00f4le de gestion DYMV\u201d?");
        assertThat(choice.getValue()).as("no choice made for the administrator").isNull();
        assertThat(find(Paragraph.class).withId("import-suggestions-pending").exists()).isTrue();
        assertThat(find(Button.class).withId("import-commit").exists()).as("nothing to import before").isFalse();
        assertThat(find(Grid.class).withId("import-errors").exists()).as("not an error of the file").isFalse();

        test(choice).selectItem("Yes: \u201cContr\u00f4le de gestion DYMV\u201d (its people join this department)");
        test(find(Button.class).id("import-apply-suggestions")).click();
        waitFor(() -> find(Button.class).withId("import-commit").exists());
        @SuppressWarnings("unchecked")
        RadioButtonGroup<DepartmentSuggestion.Choice> answered = find(RadioButtonGroup.class)
                .id("import-suggestion-0");
        assertThat(answered.getValue()).isEqualTo(DepartmentSuggestion.Choice.MAP_TO_SUGGESTED);
        assertThat(mongo.count(Query.query(Criteria.where("email").is("ann@dymv.example")), EmployeeDocument.class))
                .as("the preview writes no one").isZero();

        test(find(Button.class).id("import-commit")).click();

        waitFor(() -> find(Div.class).id("import-result").getChildren()
                .anyMatch(c -> "import-done".equals(c.getId().orElse(""))));
        EmployeeDocument ann = mongo.findOne(Query.query(Criteria.where("email").is("ann@dymv.example")),
                EmployeeDocument.class);
        assertThat(ann).isNotNull();
        assertThat(ann.departmentId()).isEqualTo(controlling.id().value());
        assertThat(mongo.count(Query.query(Criteria.where("name").regex("(?i)^contr.le de gestion dymv")),
                DepartmentDocument.class)).as("no second department").isEqualTo(1);
    }

    /** The preview and the import run in a background thread that updates the UI through {@code ui.access}. */
    private void waitFor(BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as("waited too long").isBefore(deadline);
            roundTrip();
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
