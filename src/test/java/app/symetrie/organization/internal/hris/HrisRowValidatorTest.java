package app.symetrie.organization.internal.hris;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import app.symetrie.organization.DepartmentKind;
import app.symetrie.organization.ImportLineError;
import app.symetrie.organization.Limits;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Checking lines: each rule, with the line, the column as written and the reason. */
class HrisRowValidatorTest {

    private static final List<String> FULL_HEADER = List.of("Courriel", "Prénom", "Nom", "Département", "Équipe",
            "Manager (o/n)", "Langue", "Type");

    private final ErrorCollector errors = new ErrorCollector(1_000);
    private final HrisHeader header = HrisHeader.of(FULL_HEADER, errors);
    /** "Comptabilité" exists; anything else is new. */
    private final HrisRowValidator validator = new HrisRowValidator(header, Set.of("comptabilité"), errors);
    private int line = 1;

    @Test
    void a_good_line_gives_a_normalized_row() {
        HrisRow row = check("  Ann.Lee@Example.COM ", "Ann  Marie", "Lee", "COMPTABILITÉ", "Payables", "oui", "en",
                "");

        assertThat(errors.errors()).isEmpty();
        assertThat(row.email()).isEqualTo("ann.lee@example.com");
        assertThat(row.firstName()).isEqualTo("Ann Marie");
        assertThat(row.departmentKey()).isEqualTo("comptabilité");
        assertThat(row.team()).isEqualTo("Payables");
        assertThat(row.manager()).isTrue();
        assertThat(row.locale()).isEqualTo(Locale.ENGLISH);
        assertThat(row.kind()).isNull();
    }

    @Test
    void bad_email_is_reported_with_its_line_and_column() {
        assertThat(check("ann.lee@", "Ann", "Lee", "Comptabilité", "", "", "", "")).isNull();

        assertThat(errors.errors()).singleElement()
                .extracting(ImportLineError::line, ImportLineError::column, ImportLineError::reasonKey,
                        ImportLineError::value)
                .containsExactly(2, "Courriel", ImportReasons.EMAIL_INVALID, "ann.lee@");
    }

    @Test
    void duplicate_email_is_reported_with_the_line_where_it_first_appeared() {
        check("ann@example.com", "Ann", "Lee", "Comptabilité", "", "", "", "");
        check("bob@example.com", "Bob", "Ray", "Comptabilité", "", "", "", "");
        HrisRow duplicate = check("ANN@example.com", "Ann", "Lee", "Comptabilité", "", "", "", "");

        assertThat(duplicate).isNull();
        assertThat(errors.errors()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(4);
            assertThat(e.reasonKey()).isEqualTo(ImportReasons.EMAIL_DUPLICATE);
            assertThat(e.arguments()).containsExactly("2");
        });
    }

    @Test
    void required_values_must_be_given() {
        check("", "", " ", "", "", "", "", "");

        assertThat(errors.errors()).extracting(ImportLineError::column, ImportLineError::reasonKey).containsExactly(
                tuple("Courriel", ImportReasons.REQUIRED), tuple("Prénom", ImportReasons.REQUIRED),
                tuple("Nom", ImportReasons.REQUIRED), tuple("Département", ImportReasons.REQUIRED));
    }

    @Test
    void names_longer_than_the_limits_are_reported_with_the_limit() {
        check("ann@example.com", "A".repeat(Limits.PERSON_NAME_MAX + 1), "Lee", "D".repeat(Limits.NAME_MAX + 1),
                "T".repeat(Limits.NAME_MAX), "", "", "support");

        assertThat(errors.errors()).extracting(ImportLineError::column, ImportLineError::arguments).containsExactly(
                tuple("Prénom", List.of(String.valueOf(Limits.PERSON_NAME_MAX))),
                tuple("Département", List.of(String.valueOf(Limits.NAME_MAX))));
        assertThat(errors.errors()).extracting(ImportLineError::reasonKey).containsOnly(ImportReasons.TOO_LONG);
    }

    @ParameterizedTest
    @CsvSource({"yes,true", "no,false", "TRUE,true", "false,false", "1,true", "0,false", "Oui,true", "non,false",
            "x,true", "X,true", "'',false"})
    void manager_flags_in_french_and_english(String value, boolean manager) {
        assertThat(check("ann@example.com", "Ann", "Lee", "Comptabilité", "", value, "", "").manager())
                .isEqualTo(manager);
    }

    @ParameterizedTest
    @ValueSource(strings = {"maybe", "2", "si"})
    void other_manager_values_are_reported(String value) {
        check("ann@example.com", "Ann", "Lee", "Comptabilité", "", value, "", "");

        assertThat(errors.errors()).extracting(ImportLineError::column, ImportLineError::reasonKey)
                .containsExactly(tuple("Manager (o/n)", ImportReasons.MANAGER_INVALID));
    }

    @ParameterizedTest
    @CsvSource({"fr,fr", "en,en", "français,fr", "English,en", "FR-fr,fr", "anglais,en", "'',fr"})
    void languages_in_french_and_english_with_french_by_default(String value, String language) {
        assertThat(check("ann@example.com", "Ann", "Lee", "Comptabilité", "", "", value, "").locale())
                .isEqualTo(Locale.of(language));
    }

    @Test
    void an_unsupported_language_is_reported() {
        check("ann@example.com", "Ann", "Lee", "Comptabilité", "", "", "klingon", "");

        assertThat(errors.errors()).extracting(ImportLineError::reasonKey)
                .containsExactly(ImportReasons.LOCALE_INVALID);
    }

    @Test
    void an_existing_department_needs_no_kind() {
        check("ann@example.com", "Ann", "Lee", "  comptabilité ", "", "", "", "");
        validator.finish();

        assertThat(errors.errors()).isEmpty();
        assertThat(validator.newDepartmentKinds()).isEmpty();
    }

    @Test
    void a_new_department_without_any_kind_is_reported_once_on_its_first_line() {
        check("ann@example.com", "Ann", "Lee", "Legal", "", "", "", "");
        check("bob@example.com", "Bob", "Ray", "legal", "", "", "", "");
        validator.finish();

        assertThat(errors.errors()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(2);
            assertThat(e.column()).isEqualTo("Département");
            assertThat(e.reasonKey()).isEqualTo(ImportReasons.DEPARTMENT_KIND_MISSING);
            assertThat(e.arguments()).containsExactly("Legal");
        });
    }

    @Test
    void a_kind_given_on_any_line_of_a_new_department_is_enough() {
        check("ann@example.com", "Ann", "Lee", "Legal", "", "", "", "");
        check("bob@example.com", "Bob", "Ray", "Legal", "", "", "", "fonction support");
        validator.finish();

        assertThat(errors.errors()).isEmpty();
        assertThat(validator.newDepartmentKinds()).containsEntry("legal", DepartmentKind.SUPPORT);
    }

    @Test
    void conflicting_kinds_for_a_new_department_are_reported_with_the_first_line() {
        check("ann@example.com", "Ann", "Lee", "Legal", "", "", "", "SUPPORT");
        check("bob@example.com", "Bob", "Ray", "Legal", "", "", "", "");
        check("cid@example.com", "Cid", "Roe", "LEGAL", "", "", "", "front office");

        assertThat(errors.errors()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(4);
            assertThat(e.column()).isEqualTo("Type");
            assertThat(e.reasonKey()).isEqualTo(ImportReasons.DEPARTMENT_KIND_CONFLICT);
            assertThat(e.arguments()).containsExactly("2");
        });
    }

    @Test
    void an_unknown_kind_is_reported() {
        check("ann@example.com", "Ann", "Lee", "Legal", "", "", "", "sales-ish");

        assertThat(errors.errors()).extracting(ImportLineError::reasonKey)
                .contains(ImportReasons.DEPARTMENT_KIND_INVALID);
    }

    @Test
    void a_line_with_the_wrong_number_of_fields_is_reported() {
        HrisRow row = validator.validate(new HrisRecord(++line, List.of("ann@example.com", "Ann", "Lee")));

        assertThat(row).isNull();
        assertThat(errors.errors()).singleElement().satisfies(e -> {
            assertThat(e.reasonKey()).isEqualTo(ImportReasons.FIELD_COUNT);
            assertThat(e.arguments()).containsExactly("8", "3");
        });
    }

    @Test
    void empty_fields_after_the_last_column_are_tolerated() {
        List<String> fields = new ArrayList<>(List.of("ann@example.com", "Ann", "Lee", "Comptabilité", "", "", "",
                ""));
        fields.addAll(List.of("", ""));

        HrisRow row = validator.validate(new HrisRecord(++line, fields));
        assertThat(row).as("the line is read").isNotNull();
        assertThat(row.email()).isEqualTo("ann@example.com");
        assertThat(errors.errors()).isEmpty();
    }

    @Test
    void optional_columns_absent_from_the_file_keep_the_current_values() {
        ErrorCollector minimalErrors = new ErrorCollector(10);
        HrisHeader minimal = HrisHeader.of(List.of("email", "first_name", "last_name", "department"),
                minimalErrors);
        HrisRow row = new HrisRowValidator(minimal, Set.of("it"), minimalErrors)
                .validate(new HrisRecord(2, List.of("ann@example.com", "Ann", "Lee", "IT")));

        assertThat(minimalErrors.errors()).isEmpty();
        assertThat(row.team()).isNull();
        assertThat(row.manager()).isNull();
        assertThat(row.locale()).isNull();
    }

    @Test
    void only_the_first_errors_are_kept_but_all_are_counted() {
        ErrorCollector few = new ErrorCollector(3);
        HrisRowValidator strict = new HrisRowValidator(HrisHeader.of(FULL_HEADER, few), Set.of(), few);
        for (int i = 0; i < 10; i++) {
            strict.validate(new HrisRecord(i + 2, List.of("bad", "Ann", "Lee", "X", "", "", "", "SUPPORT")));
        }

        assertThat(few.count()).isEqualTo(10);
        assertThat(few.errors()).extracting(ImportLineError::line).containsExactly(2, 3, 4);
    }

    private HrisRow check(String... fields) {
        return validator.validate(new HrisRecord(++line, Arrays.asList(fields)));
    }
}
