package app.symetrie.organization;

import app.symetrie.organization.internal.hris.SmallCsvReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * A small CSV file read whole, with the HRIS import's robustness: UTF-8 (with or without a byte-order mark) or
 * Windows-1252, detected ({@link ImportEncoding#AUTO}) or chosen, and refused rather than garbled when it is neither;
 * separated by {@code ;}, {@code ,} or a tab, whichever the header line uses most; quoted fields may hold the
 * separator (a French decimal {@code "72,5"} in a comma-separated file). For other modules' imports of a few thousand
 * lines (the HRIS import itself streams files of any size).
 *
 * @param separator the separator found in the header line
 * @param encoding  the encoding the file was read in
 * @param headers   the header line's fields, stripped (empty when the file could not be read)
 * @param rows      the non-blank data lines, in file order
 * @param errors    file-level problems ({@code import.reason.*} keys: not readable in the encoding, a broken quote,
 *                  no header, too many lines); when not empty, {@code rows} may be incomplete
 */
public record CsvTable(char separator, ImportEncoding encoding, List<String> headers, List<Row> rows,
                       List<ImportLineError> errors) {

    public CsvTable {
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
        errors = List.copyOf(errors);
    }

    /** A data line: its number as a spreadsheet shows it (the header is line 1) and its fields, stripped. */
    public record Row(int line, List<String> cells) {
        public Row {
            cells = List.copyOf(cells);
        }

        /** The field at {@code index}, or "" when the line is shorter. */
        public String cell(int index) {
            return index >= 0 && index < cells.size() ? cells.get(index) : "";
        }
    }

    /**
     * Reads a whole file. More than {@code maxRows} data lines is an error ({@code import.reason.too-many-lines},
     * the limit as argument) and the rest is not read.
     */
    public static CsvTable read(Path file, ImportEncoding encoding, int maxRows) throws IOException {
        return SmallCsvReader.read(file, encoding, maxRows);
    }
}
