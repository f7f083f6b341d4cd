package app.symetrie.mirror;

import app.symetrie.common.InvalidValueException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar quarter, the customer mirror's one period: written {@code 2026-Q3}; read also as {@code 2026 T3},
 * {@code Q3 2026} or {@code T3-2026} (French "trimestre"). Months are refused with their own message: a customer
 * figure is a quarter's figure (docs/decisions/035-customer-mirror.md).
 */
public record Quarter(int year, int quarter) implements Comparable<Quarter> {

    public static final int MIN_YEAR = 2000;
    public static final int MAX_YEAR = 2100;

    private static final Pattern YEAR_FIRST = Pattern.compile("(\\d{4})\\s*[-/ ]?\\s*[QT]([1-4])");
    private static final Pattern QUARTER_FIRST = Pattern.compile("[QT]([1-4])\\s*[-/ ]?\\s*(\\d{4})");
    private static final Pattern MONTH = Pattern.compile("\\d{4}\\s*[-/.]\\s*\\d{1,2}|\\d{1,2}\\s*[-/.]\\s*\\d{4}");

    public Quarter {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw new InvalidValueException("period", "mirror.error.period.year", MIN_YEAR, MAX_YEAR);
        }
        if (quarter < 1 || quarter > 4) {
            throw new InvalidValueException("period", "mirror.error.period");
        }
    }

    /** The quarter a day falls in. */
    public static Quarter of(LocalDate day) {
        return new Quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
    }

    /**
     * Reads a quarter as people write it.
     *
     * @throws InvalidValueException on {@code period}: {@code mirror.error.period} (blank or unreadable),
     *                               {@code mirror.error.period.month} (a month), {@code mirror.error.period.year}
     */
    public static Quarter parse(String text) {
        String t = text.replace('\u00a0', ' ').replace('\u202f', ' ').strip().toUpperCase(Locale.ROOT);
        Matcher m = YEAR_FIRST.matcher(t);
        if (m.matches()) {
            return new Quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        }
        m = QUARTER_FIRST.matcher(t);
        if (m.matches()) {
            return new Quarter(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
        }
        if (MONTH.matcher(t).matches()) {
            throw new InvalidValueException("period", "mirror.error.period.month");
        }
        throw new InvalidValueException("period", "mirror.error.period");
    }

    public Quarter next() {
        return quarter == 4 ? new Quarter(year + 1, 1) : new Quarter(year, quarter + 1);
    }

    @Override
    public int compareTo(Quarter other) {
        return year != other.year ? Integer.compare(year, other.year) : Integer.compare(quarter, other.quarter);
    }

    @Override
    public String toString() {
        return year + "-Q" + quarter;
    }
}
