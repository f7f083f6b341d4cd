package app.symetrie.organization.internal.hris;

import static org.assertj.core.api.Assertions.assertThat;

import app.symetrie.organization.ImportEncoding;
import app.symetrie.organization.ImportLineError;
import app.symetrie.organization.ProgressListener;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The encodings of real HRIS files, tested on their bytes: read right, or refused — never garbled. */
class HrisEncodingTest {

    private static final Charset CP1252 = Charset.forName("windows-1252");
    private static final String TEXT = "email;first_name;last_name;department\r\n"
            + "a@example.com;Françoise;Œuvre;Comptabilité\r\n"
            + "b@example.com;Zoé;Économie;Budget 5 €\r\n";

    @TempDir
    Path dir;

    @Test
    void the_test_bytes_really_differ_between_the_encodings() {
        assertThat("Œ€é".getBytes(CP1252)).containsExactly(0x8C, 0x80, 0xE9);
        assertThat("é".getBytes(StandardCharsets.UTF_8)).containsExactly(0xC3, 0xA9);
    }

    @Test
    void windows_1252_is_detected_and_read_without_garbling() throws IOException {
        assertReadRight(write(TEXT.getBytes(CP1252)), ImportEncoding.AUTO, ImportEncoding.WINDOWS_1252);
    }

    @Test
    void utf8_with_and_without_bom_is_detected() throws IOException {
        assertReadRight(write(TEXT.getBytes(StandardCharsets.UTF_8)), ImportEncoding.AUTO, ImportEncoding.UTF_8);
        assertReadRight(write(("\uFEFF" + TEXT).getBytes(StandardCharsets.UTF_8)), ImportEncoding.AUTO,
                ImportEncoding.UTF_8);
    }

    @Test
    void the_encoding_chosen_by_the_administrator_is_used() throws IOException {
        assertReadRight(write(TEXT.getBytes(CP1252)), ImportEncoding.WINDOWS_1252, ImportEncoding.WINDOWS_1252);
        assertReadRight(write(TEXT.getBytes(StandardCharsets.UTF_8)), ImportEncoding.UTF_8, ImportEncoding.UTF_8);
    }

    @Test
    void a_utf8_file_read_as_windows_1252_is_refused_rather_than_garbled() throws IOException {
        EncodingDetector.Detected detected = EncodingDetector.detect(write(TEXT.getBytes(StandardCharsets.UTF_8)),
                ImportEncoding.WINDOWS_1252);

        assertThat(detected.error()).extracting(ImportLineError::reasonKey).isEqualTo(ImportReasons.LOOKS_UTF8);
    }

    @Test
    void a_windows_1252_file_read_as_utf8_is_reported_on_its_first_accented_line() throws IOException {
        EncodingDetector.Detected detected = EncodingDetector.detect(write(TEXT.getBytes(CP1252)),
                ImportEncoding.UTF_8);

        assertThat(detected.error()).extracting(ImportLineError::line, ImportLineError::reasonKey)
                .containsExactly(2, ImportReasons.NOT_UTF8);
    }

    @Test
    void a_file_mixing_both_encodings_is_refused_at_the_first_line_that_differs() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write("email;first_name;last_name;department\na@example.com;Zoé;Lee;IT\n"
                .getBytes(StandardCharsets.UTF_8));
        bytes.write("b@example.com;Françoise;Lee;IT\n".getBytes(CP1252));

        EncodingDetector.Detected detected = EncodingDetector.detect(write(bytes.toByteArray()), ImportEncoding.AUTO);

        assertThat(detected.error()).extracting(ImportLineError::line, ImportLineError::reasonKey)
                .containsExactly(3, ImportReasons.MIXED_ENCODINGS);
    }

    @Test
    void bytes_that_are_no_text_at_all_are_refused() throws IOException {
        byte[] zipLike = {'P', 'K', 3, 4, (byte) 0x81, (byte) 0x8D, 0, 0};

        assertThat(EncodingDetector.detect(write(zipLike), ImportEncoding.AUTO).error())
                .extracting(ImportLineError::reasonKey).isEqualTo(ImportReasons.NOT_TEXT);
    }

    @Test
    void overlong_and_truncated_utf8_sequences_are_not_utf8() throws IOException {
        assertThat(EncodingDetector.scan(write(new byte[] {'a', (byte) 0xC0, (byte) 0xAF})).validUtf8()).isFalse();
        assertThat(EncodingDetector.scan(write(new byte[] {'a', (byte) 0xE2, (byte) 0x82})).validUtf8()).isFalse();
        assertThat(EncodingDetector.scan(write("€".getBytes(StandardCharsets.UTF_8))).validUtf8()).isTrue();
    }

    private void assertReadRight(Path file, ImportEncoding wanted, ImportEncoding found) throws IOException {
        EncodingDetector.Detected detected = EncodingDetector.detect(file, wanted);
        assertThat(detected.error()).isNull();
        assertThat(detected.charset()).isEqualTo(found == ImportEncoding.UTF_8 ? StandardCharsets.UTF_8 : CP1252);
        List<HrisRow> rows = new ArrayList<>();
        HrisScanner.Outcome outcome = HrisScanner.scan(file, new HrisScanner.Settings(detected.charset(), Map.of(),
                Map.of(), keys -> Set.of()), 100, (chunk, n) -> rows.addAll(chunk), ProgressListener.NONE);

        assertThat(outcome.errors().errors()).extracting(ImportLineError::reasonKey)
                .containsOnly(ImportReasons.DEPARTMENT_KIND_MISSING);
        assertThat(outcome.separator()).isEqualTo(';');
        assertThat(rows).extracting(HrisRow::firstName, HrisRow::lastName, HrisRow::departmentName)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Françoise", "Œuvre", "Comptabilité"),
                        org.assertj.core.groups.Tuple.tuple("Zoé", "Économie", "Budget 5 €"));
    }

    private Path write(byte[] bytes) throws IOException {
        Path file = Files.createTempFile(dir, "hris", ".csv");
        Files.write(file, bytes);
        return file;
    }
}
