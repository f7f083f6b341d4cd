package app.symetrie.mirror.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import app.symetrie.mirror.CustomerFigure;
import app.symetrie.mirror.FigureImport;
import app.symetrie.mirror.MeasureKind;
import app.symetrie.mirror.Quarter;
import app.symetrie.organization.CsvTable;
import app.symetrie.organization.Department;
import app.symetrie.organization.DepartmentId;
import app.symetrie.organization.DepartmentKind;
import app.symetrie.organization.ImportEncoding;
import app.symetrie.organization.ImportLineError;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Customer-figure files as leads export them: encodings, separators, French decimals and quarter spellings read
 * alike, and every bad line reported with its reason (and nothing accepted from a file with one).
 */
class FigureCsvTest {

    static final Department SERVICE = new Department(new DepartmentId("service"), "Service client",
            DepartmentKind.FRONT_OFFICE, null);
    static final Department AGENCY = new Department(new DepartmentId("agency"), "Réseau d’agences",
            DepartmentKind.FRONT_OFFICE, null);
    static final Department IT = new Department(new DepartmentId("it"), "Informatique", DepartmentKind.SUPPORT,
            null);
    static final List<Department> DEPARTMENTS = List.of(SERVICE, AGENCY, IT);

    @TempDir
    Path dir;

    private FigureImport check(String content, Charset charset, Map<CustomerFigure.Key, Double> stored)
            throws IOException {
        Path file = Files.createTempFile(dir, "figures", ".csv");
        Files.write(file, content.getBytes(charset));
        return FigureCsv.check(CsvTable.read(file, ImportEncoding.AUTO, FigureImport.MAX_LINES), DEPARTMENTS, stored,
                7);
    }

    private FigureImport check(String content) throws IOException {
        return check(content, StandardCharsets.UTF_8, Map.of());
    }

    @Test
    void a_french_excel_file_with_bom_semicolons_and_decimal_commas_is_read() throws IOException {
        FigureImport read = check("""
                \uFEFFDépartement;Période;Mesure;Valeur;Répondants;Source
                Service client;2026-Q1;CSAT %;72,5 %;1 200;Enquête post-appel
                service CLIENT;T2 2026;nps;−12;;
                Réseau d’agences;Q3 2026;Note;64,25;85;
                """);
        assertThat(read.errors()).isEmpty();
        assertThat(read.acceptable()).isTrue();
        assertThat(read.separator()).isEqualTo(';');
        assertThat(read.encoding()).isEqualTo(ImportEncoding.UTF_8);
        assertThat(read.version()).isEqualTo(7);
        assertThat(read.figures()).extracting(l -> l.figure().departmentId(), l -> l.figure().period(),
                        l -> l.figure().kind(), l -> l.figure().value(), l -> l.figure().respondents(),
                        l -> l.figure().source())
                .containsExactly(
                        tuple(SERVICE.id(), new Quarter(2026, 1), MeasureKind.CSAT, 72.5, 1200, "Enquête post-appel"),
                        tuple(SERVICE.id(), new Quarter(2026, 2), MeasureKind.NPS, -12.0, null, null),
                        tuple(AGENCY.id(), new Quarter(2026, 3), MeasureKind.SCORE, 64.25, 85, null));
    }

    @Test
    void a_comma_separated_english_file_with_quoted_decimal_commas_is_read() throws IOException {
        FigureImport read = check("""
                Department,Period,Measure,Value,Respondents
                Service client,2026-Q4,CSAT,"81,5",300
                Service client,2026 Q3,score,79.0,
                """);
        assertThat(read.errors()).isEmpty();
        assertThat(read.separator()).isEqualTo(',');
        assertThat(read.figures()).extracting(l -> l.figure().value()).containsExactly(81.5, 79.0);
    }

    @Test
    void a_windows_1252_file_is_read_with_its_accents() throws IOException {
        FigureImport read = check("Département;Période;Mesure;Valeur\nRéseau d’agences;2026-Q1;CSAT;70\n"
                .replace('’', '\''), Charset.forName("windows-1252"), Map.of());
        // the department's name in the file has a straight apostrophe: close enough for a suggestion, not a match
        assertThat(read.encoding()).isEqualTo(ImportEncoding.WINDOWS_1252);
        assertThat(read.errors()).extracting(ImportLineError::reasonKey, ImportLineError::arguments)
                .containsExactly(tuple("mirror.error.department.did-you-mean",
                        List.of("Réseau d'agences", "Réseau d’agences")));

        FigureImport exact = check("Département;Période;Mesure;Valeur\nService client;2026-Q1;CSAT;70\n",
                Charset.forName("windows-1252"), Map.of());
        assertThat(exact.encoding()).isEqualTo(ImportEncoding.WINDOWS_1252);
        assertThat(exact.errors()).isEmpty();
        assertThat(exact.figures()).hasSize(1);
    }

    @Test
    void every_bad_line_is_reported_with_its_reason_and_nothing_is_acceptable() throws IOException {
        FigureImport read = check("""
                departement;periode;mesure;valeur;repondants
                Servise client;2026-Q1;CSAT;70;
                Logistique;2026-Q1;CSAT;70;
                Informatique;2026-Q1;CSAT;70;
                Service client;2026-09;CSAT;70;
                Service client;Q5 2026;CSAT;70;
                Service client;1999-Q1;CSAT;70;
                Service client;2026-Q1;CES;70;
                Service client;2026-Q1;CSAT;120;
                Service client;2026-Q1;NPS;-150;
                Service client;2026-Q1;score;abc;
                Service client;2026-Q1;score;1,234.5;
                Service client;2026-Q1;score;;
                Service client;2026-Q2;CSAT;70;-3
                Service client;2026-Q3;CSAT;70;
                Service client;2026-Q3;CSAT;71;
                Service client;2026-Q4;CSAT;72;
                """);
        assertThat(read.acceptable()).isFalse();
        assertThat(read.lines()).isEqualTo(16);
        assertThat(read.errors()).extracting(ImportLineError::line, ImportLineError::reasonKey)
                .containsExactly(
                        tuple(2, "mirror.error.department.did-you-mean"),
                        tuple(3, "mirror.error.department.unknown"),
                        tuple(4, "mirror.error.department.support"),
                        tuple(5, "mirror.error.period.month"),
                        tuple(6, "mirror.error.period"),
                        tuple(7, "mirror.error.period.year"),
                        tuple(8, "mirror.error.kind"),
                        tuple(9, "mirror.error.value.range.CSAT"),
                        tuple(10, "mirror.error.value.range.NPS"),
                        tuple(11, "mirror.error.value.number"),
                        tuple(12, "mirror.error.value.number"),
                        tuple(13, "mirror.error.value.required"),
                        tuple(14, "mirror.error.respondents"),
                        tuple(16, "mirror.reason.duplicate-key"));
        assertThat(read.errors().getFirst().arguments()).containsExactly("Servise client", "Service client");
        assertThat(read.errors().getFirst().column()).isEqualTo("departement");
        assertThat(read.errors().get(7).column()).isEqualTo("valeur");
        assertThat(read.errors().get(7).value()).isEqualTo("120");
        assertThat(read.errors().getLast().arguments()).containsExactly("15");
        // lines 15 and 17 are good, and shown as such, but the file as a whole cannot be saved
        assertThat(read.figures()).extracting(FigureImport.Line::line).containsExactly(15, 17);
    }

    @Test
    void a_missing_required_column_refuses_the_whole_file() throws IOException {
        FigureImport read = check("""
                Département;Période;Valeur
                Service client;2026-Q1;70
                """);
        assertThat(read.errors()).extracting(ImportLineError::line, ImportLineError::reasonKey,
                        ImportLineError::arguments)
                .containsExactly(tuple(1, "mirror.reason.missing-column", List.of("mesure", "measure")));
        assertThat(read.figures()).isEmpty();
    }

    @Test
    void a_header_without_data_and_an_empty_file_are_refused() throws IOException {
        assertThat(check("Département;Période;Mesure;Valeur\n\n").errors())
                .extracting(ImportLineError::reasonKey).containsExactly("mirror.reason.no-data");
        assertThat(check("").errors()).extracting(ImportLineError::reasonKey)
                .containsExactly("import.reason.file-empty");
    }

    @Test
    void a_broken_quote_is_reported_rather_than_read() throws IOException {
        FigureImport read = check("Department,Period,Measure,Value\nService client,2026-Q1,CSAT,\"70\n");
        assertThat(read.errors()).extracting(ImportLineError::reasonKey).containsExactly("import.reason.malformed");
        assertThat(read.acceptable()).isFalse();
    }

    @Test
    void the_sample_file_reads_without_a_problem_in_both_languages() throws IOException {
        for (Locale locale : List.of(Locale.FRENCH, Locale.ENGLISH)) {
            FigureImport read = check(FigureCsv.sample(List.of(SERVICE.name(), AGENCY.name()), locale));
            assertThat(read.errors()).as(locale.toString()).isEmpty();
            assertThat(read.figures()).as(locale.toString()).hasSize(6)
                    .extracting(l -> l.figure().value()).contains(76.5, -4.0);
        }
    }

    @Test
    void the_preview_says_which_figure_each_line_replaces() throws IOException {
        CustomerFigure.Key stored = new CustomerFigure.Key(SERVICE.id(), new Quarter(2026, 1), MeasureKind.CSAT);
        FigureImport read = check("""
                Département;Période;Mesure;Valeur
                Service client;2026-Q1;CSAT;74
                Service client;2026-Q2;CSAT;75
                """, StandardCharsets.UTF_8, Map.of(stored, 70.0));
        assertThat(read.figures()).extracting(FigureImport.Line::replaces).containsExactly(70.0, null);
        assertThat(read.replaced()).isEqualTo(1);
        assertThat(read.added()).isEqualTo(1);
    }
}
