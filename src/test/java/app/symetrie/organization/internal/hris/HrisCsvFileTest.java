package app.symetrie.organization.internal.hris;

import static org.assertj.core.api.Assertions.assertThat;

import app.symetrie.organization.ImportLineError;
import app.symetrie.organization.ProgressListener;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading the file: encoding, byte-order mark, separator, header, line numbers. */
class HrisCsvFileTest {

    @TempDir
    Path dir;

    private final List<HrisRow> rows = new ArrayList<>();

    @Test
    void comma_file_is_read() throws IOException {
        HrisScanner.Outcome outcome = scan("email,first_name,last_name,department\n"
                + "a@example.com,Ann,Lee,IT\n");

        assertThat(outcome.separator()).isEqualTo(',');
        assertThat(outcome.errors().isEmpty()).isTrue();
        assertThat(rows).singleElement().extracting(HrisRow::email, HrisRow::departmentName)
                .containsExactly("a@example.com", "IT");
    }

    @Test
    void semicolon_file_as_french_excel_writes_it_is_read() throws IOException {
        HrisScanner.Outcome outcome = scan("email;first_name;last_name;department\r\n"
                + "a@example.com;Ann;\"Lee, Jr\";IT\r\n");

        assertThat(outcome.separator()).isEqualTo(';');
        assertThat(rows).singleElement().extracting(HrisRow::lastName).isEqualTo("Lee, Jr");
    }

    @Test
    void tab_separated_file_is_read() throws IOException {
        HrisScanner.Outcome outcome = scan("email\tfirst_name\tlast_name\tdepartment\na@example.com\tAnn\tLee\tIT\n");

        assertThat(outcome.separator()).isEqualTo('\t');
        assertThat(rows).hasSize(1);
    }

    @Test
    void separators_inside_quoted_headers_do_not_count() throws IOException {
        HrisScanner.Outcome outcome = scan("\"email, work\";first_name;last_name;department;\"a,b,c\"\n"
                + "a@example.com;Ann;Lee;IT;x\n");

        assertThat(outcome.separator()).isEqualTo(';');
    }

    @Test
    void semicolon_file_with_bom_is_accepted() throws IOException {
        HrisScanner.Outcome outcome = scan("\uFEFFemail;first_name;last_name;department\na@example.com;Ann;Lee;IT\n");

        assertThat(outcome.errors().isEmpty()).isTrue();
        assertThat(outcome.ignoredColumns()).isEmpty();
        assertThat(rows).hasSize(1);
    }

    @Test
    void blank_lines_are_skipped_and_lines_are_numbered_as_a_spreadsheet_does() throws IOException {
        HrisScanner.Outcome outcome = scan("email,first_name,last_name,department\n"
                + "\n"
                + "a@example.com,Ann,\"Lee\nSecond line\",IT\n"
                + ",,,\n"
                + "b@example.com,Bob,Ray,IT\n");

        assertThat(outcome.lines()).isEqualTo(2);
        assertThat(rows).extracting(HrisRow::line).containsExactly(3, 5);
    }

    @Test
    void a_file_that_is_not_utf8_is_reported_not_garbled() throws IOException {
        Path file = dir.resolve("cp1252.csv");
        Files.writeString(file, "email;prénom;nom;département\na@example.com;Zoé;Lée;Comptabilité\n",
                Charset.forName("windows-1252"));

        HrisScanner.Outcome outcome = HrisScanner.scan(file, Set.of(), 1_000, (r, n) -> rows.addAll(r),
                ProgressListener.NONE);

        assertThat(outcome.errors().errors()).singleElement().extracting(ImportLineError::line,
                ImportLineError::reasonKey).containsExactly(1, ImportReasons.NOT_UTF8);
        assertThat(rows).isEmpty();
    }

    @Test
    void a_bad_byte_further_down_is_reported_on_its_line() throws IOException {
        Path file = dir.resolve("mixed.csv");
        byte[] good = "email,first_name,last_name,department\na@example.com,Ann,Lee,IT\n"
                .getBytes(StandardCharsets.UTF_8);
        byte[] bad = "b@example.com,Zo\u00e9,Lee,IT\n".getBytes(Charset.forName("windows-1252"));
        byte[] content = new byte[good.length + bad.length];
        System.arraycopy(good, 0, content, 0, good.length);
        System.arraycopy(bad, 0, content, good.length, bad.length);
        Files.write(file, content);

        HrisScanner.Outcome outcome = HrisScanner.scan(file, Set.of("it"), 1_000, (r, n) -> rows.addAll(r),
                ProgressListener.NONE);

        assertThat(outcome.errors().errors()).singleElement().extracting(ImportLineError::line,
                ImportLineError::reasonKey).containsExactly(3, ImportReasons.NOT_UTF8);
    }

    @Test
    void an_unclosed_quote_is_reported() throws IOException {
        HrisScanner.Outcome outcome = scan("email,first_name,last_name,department\n"
                + "a@example.com,Ann,\"Lee,IT\n");

        assertThat(outcome.errors().errors()).extracting(ImportLineError::reasonKey)
                .containsExactly(ImportReasons.MALFORMED);
    }

    @Test
    void an_empty_file_is_reported() throws IOException {
        assertThat(scan("").errors().errors()).extracting(ImportLineError::reasonKey)
                .containsExactly(ImportReasons.FILE_EMPTY);
    }

    @Test
    void a_header_without_lines_is_reported() throws IOException {
        assertThat(scan("email,first_name,last_name,department\n").errors().errors())
                .extracting(ImportLineError::reasonKey).containsExactly(ImportReasons.NO_DATA);
    }

    @Test
    void headers_are_matched_whatever_their_case_accents_and_language() throws IOException {
        HrisScanner.Outcome outcome = scan("COURRIEL;Prénom;NOM;Département;Équipe;Est_Manager;Langue;Type\n"
                + "a@example.com;Ann;Lee;IT;Desk;oui;en;support\n");

        assertThat(outcome.errors().isEmpty()).isTrue();
        assertThat(outcome.header().columns()).containsExactlyInAnyOrder(HrisColumn.EMAIL, HrisColumn.FIRST_NAME,
                HrisColumn.LAST_NAME, HrisColumn.DEPARTMENT, HrisColumn.TEAM, HrisColumn.MANAGER, HrisColumn.LOCALE,
                HrisColumn.DEPARTMENT_KIND);
        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.team()).isEqualTo("Desk");
            assertThat(row.manager()).isTrue();
        });
    }

    @Test
    void every_missing_required_column_is_reported_on_line_1() throws IOException {
        HrisScanner.Outcome outcome = scan("mail,team\na@example.com,Desk\n");

        assertThat(outcome.errors().errors())
                .extracting(ImportLineError::line, ImportLineError::column, ImportLineError::reasonKey)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, "first_name", ImportReasons.MISSING_COLUMN),
                        org.assertj.core.groups.Tuple.tuple(1, "last_name", ImportReasons.MISSING_COLUMN),
                        org.assertj.core.groups.Tuple.tuple(1, "department", ImportReasons.MISSING_COLUMN));
        assertThat(outcome.lines()).as("the lines are not read").isZero();
    }

    @Test
    void a_column_given_twice_is_reported() throws IOException {
        HrisScanner.Outcome outcome = scan("email,first_name,last_name,nom,department\n"
                + "a@example.com,Ann,Lee,Lee,IT\n");

        assertThat(outcome.errors().errors()).singleElement().satisfies(e -> {
            assertThat(e.reasonKey()).isEqualTo(ImportReasons.DUPLICATE_COLUMN);
            assertThat(e.column()).isEqualTo("nom");
            assertThat(e.arguments()).containsExactly("last_name");
        });
    }

    @Test
    void unknown_columns_are_ignored_and_listed() throws IOException {
        HrisScanner.Outcome outcome = scan("email,first_name,last_name,department,Code site,,Date d'entrée\n"
                + "a@example.com,Ann,Lee,IT,0042,,2020-01-01\n");

        assertThat(outcome.errors().isEmpty()).isTrue();
        assertThat(outcome.ignoredColumns()).containsExactly("Code site", "Date d'entrée");
        assertThat(rows).hasSize(1);
    }

    @Test
    void the_checksum_changes_with_the_content() throws IOException {
        String first = scan("email,first_name,last_name,department\na@example.com,Ann,Lee,IT\n").checksum();
        String same = scan("email,first_name,last_name,department\na@example.com,Ann,Lee,IT\n").checksum();
        String other = scan("email,first_name,last_name,department\na@example.com,Ann,Lea,IT\n").checksum();

        assertThat(first).hasSize(64).isEqualTo(same).isNotEqualTo(other);
        Path file = dir.resolve("again.csv");
        Files.writeString(file, "email,first_name,last_name,department\na@example.com,Ann,Lee,IT\n");
        assertThat(HrisScanner.checksum(file)).isEqualTo(first);
    }

    @Test
    void progress_is_reported_in_bytes_up_to_the_file_size() throws IOException {
        StringBuilder content = new StringBuilder("email,first_name,last_name,department\n");
        for (int i = 0; i < 5_000; i++) {
            content.append("p").append(i).append("@example.com,Ann,Lee,IT\n");
        }
        Path file = dir.resolve("progress.csv");
        Files.writeString(file, content);
        List<long[]> progress = new ArrayList<>();

        HrisScanner.scan(file, Set.of("it"), 1_000, (r, n) -> {
        }, (done, total) -> progress.add(new long[] {done, total}));

        assertThat(progress).hasSizeGreaterThanOrEqualTo(5);
        assertThat(progress).allSatisfy(p -> assertThat(p[0]).isBetween(0L, p[1]));
        assertThat(progress.getLast()).containsExactly(Files.size(file), Files.size(file));
    }

    private HrisScanner.Outcome scan(String content) throws IOException {
        rows.clear();
        Path file = Files.createTempFile(dir, "hris", ".csv");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return HrisScanner.scan(file, Set.of("it"), 1_000, (chunk, linesRead) -> rows.addAll(chunk),
                ProgressListener.NONE);
    }
}
