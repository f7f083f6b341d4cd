package app.symetrie.organization.internal.hris;

import app.symetrie.organization.CsvTable;
import app.symetrie.organization.ImportEncoding;
import app.symetrie.organization.ImportLineError;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Reads a small CSV file whole with the HRIS file's encoding and separator rules ({@link CsvTable#read}). */
public final class SmallCsvReader {

    /** {0}: the most data lines accepted. */
    public static final String TOO_MANY_LINES = "import.reason.too-many-lines";

    private SmallCsvReader() {
    }

    public static CsvTable read(Path file, ImportEncoding wanted, int maxRows) throws IOException {
        EncodingDetector.Detected detected = EncodingDetector.detect(file, wanted);
        ImportEncoding encoding = detected.charset().equals(StandardCharsets.UTF_8) ? ImportEncoding.UTF_8
                : ImportEncoding.WINDOWS_1252;
        if (detected.error() != null) {
            return new CsvTable(',', encoding, List.of(), List.of(), List.of(detected.error()));
        }
        String text;
        try {
            text = decode(Files.readAllBytes(file), detected.charset());
        } catch (CharacterCodingException e) {
            return new CsvTable(',', encoding, List.of(), List.of(), List.of(
                    new ImportLineError(1, "", encoding == ImportEncoding.UTF_8 ? ImportReasons.NOT_UTF8
                            : ImportReasons.NOT_WINDOWS_1252, "")));
        }
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        BufferedReader reader = new BufferedReader(new StringReader(text));
        char separator = HrisCsvFile.detectSeparator(reader);
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(separator).setIgnoreEmptyLines(false)
                .setIgnoreSurroundingSpaces(true).get();
        List<String> headers = List.of();
        List<CsvTable.Row> rows = new ArrayList<>();
        List<ImportLineError> errors = new ArrayList<>();
        try (CSVParser parser = format.parse(reader)) {
            var records = parser.iterator();
            try {
                while (records.hasNext()) {
                    CSVRecord record = records.next();
                    List<String> cells = record.stream().map(String::strip).toList();
                    if (cells.stream().allMatch(String::isBlank)) {
                        continue;
                    }
                    if (headers.isEmpty()) {
                        headers = cells;
                    } else if (rows.size() == maxRows) {
                        errors.add(new ImportLineError((int) record.getRecordNumber(), "", TOO_MANY_LINES, "",
                                List.of(String.valueOf(maxRows))));
                        break;
                    } else {
                        rows.add(new CsvTable.Row((int) record.getRecordNumber(), cells));
                    }
                }
            } catch (UncheckedIOException e) {
                if (!(e.getCause() instanceof CSVException)) {
                    throw e;
                }
                errors.add(new ImportLineError((int) parser.getRecordNumber() + 1, "", ImportReasons.MALFORMED, ""));
            }
        }
        if (headers.isEmpty() && errors.isEmpty()) {
            errors.add(new ImportLineError(1, "", ImportReasons.FILE_EMPTY, ""));
        }
        return new CsvTable(separator, encoding, headers, rows, errors);
    }

    private static String decode(byte[] bytes, Charset charset) throws CharacterCodingException {
        CharBuffer chars = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
        return chars.toString();
    }
}
