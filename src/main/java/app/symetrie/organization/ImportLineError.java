package app.symetrie.organization;

import java.util.List;

/**
 * One problem found in an HRIS file. {@code line} counts as a spreadsheet does (the header is line 1);
 * {@code column} is the header as written in the file (or the expected name when the column is missing);
 * {@code reasonKey} is a translation key ({@code import.reason.*}) whose parameters are {@code arguments};
 * {@code value} is what the cell held, shortened for display.
 */
public record ImportLineError(int line, String column, String reasonKey, String value, List<String> arguments) {

    public static final int MAX_VALUE_LENGTH = 120;

    public ImportLineError {
        value = value.length() > MAX_VALUE_LENGTH ? value.substring(0, MAX_VALUE_LENGTH - 1) + "…" : value;
        arguments = List.copyOf(arguments);
    }

    public ImportLineError(int line, String column, String reasonKey, String value) {
        this(line, column, reasonKey, value, List.of());
    }
}
