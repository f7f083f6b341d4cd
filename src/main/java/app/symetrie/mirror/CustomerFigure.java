package app.symetrie.mirror;

import app.symetrie.common.InvalidValueException;
import app.symetrie.organization.DepartmentId;
import org.jspecify.annotations.Nullable;

/**
 * One customer-satisfaction figure: a front-office department's value of one measure for one quarter, with how many
 * customers answered and where it comes from when known. One per {@link Key}: saving the same key again replaces it.
 *
 * @param respondents customers behind the figure, when the source says
 * @param source      where it comes from (a survey tool, an agency), when given
 */
public record CustomerFigure(DepartmentId departmentId, Quarter period, MeasureKind kind, double value,
                             @Nullable Integer respondents, @Nullable String source) {

    public static final int RESPONDENTS_MAX = 10_000_000;
    public static final int SOURCE_MAX = 100;

    public CustomerFigure {
        if (Double.isNaN(value) || value < kind.min() || value > kind.max()) {
            throw new InvalidValueException("value", "mirror.error.value.range." + kind.name());
        }
        if (respondents != null && (respondents < 1 || respondents > RESPONDENTS_MAX)) {
            throw new InvalidValueException("respondents", "mirror.error.respondents", RESPONDENTS_MAX);
        }
        source = source == null || source.isBlank() ? null : source.strip();
        if (source != null && source.length() > SOURCE_MAX) {
            throw new InvalidValueException("source", "mirror.error.source.too-long", SOURCE_MAX);
        }
    }

    public Key key() {
        return new Key(departmentId, period, kind);
    }

    /** What identifies a figure: one value per department, quarter and measure. */
    public record Key(DepartmentId departmentId, Quarter period, MeasureKind kind) {
    }

    /**
     * Reads a value as people write it: {@code 72.5}, {@code 72,5}, {@code 72,5 %}, {@code +12}, {@code −12}.
     *
     * @throws InvalidValueException on {@code value}: {@code mirror.error.value.required} or
     *                               {@code mirror.error.value.number}
     */
    public static double parseValue(String text) {
        String t = text.replace('\u00a0', ' ').replace('\u202f', ' ').replace('\u2212', '-').replace("%", "")
                .replace(" ", "").strip();
        if (t.isEmpty()) {
            throw new InvalidValueException("value", "mirror.error.value.required");
        }
        if (t.indexOf(',') >= 0 && t.indexOf('.') >= 0 || t.chars().filter(c -> c == ',').count() > 1) {
            throw new InvalidValueException("value", "mirror.error.value.number");
        }
        t = t.replace(',', '.');
        if (!t.matches("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)")) {
            throw new InvalidValueException("value", "mirror.error.value.number");
        }
        return Double.parseDouble(t);
    }

    /** Reads a count of respondents; blank is none. */
    public static @Nullable Integer parseRespondents(String text) {
        String t = text.replace("\u00a0", "").replace("\u202f", "").replace(" ", "").strip();
        if (t.isEmpty()) {
            return null;
        }
        if (!t.matches("\\d{1,9}")) {
            throw new InvalidValueException("respondents", "mirror.error.respondents", RESPONDENTS_MAX);
        }
        return Integer.parseInt(t);
    }
}
