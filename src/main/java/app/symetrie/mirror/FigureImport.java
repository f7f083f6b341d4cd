package app.symetrie.mirror;

import app.symetrie.organization.ImportEncoding;
import app.symetrie.organization.ImportLineError;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a customer-figure file would save, computed before anything is written: every bad line with its reason, and
 * the figures of the good lines with the value each would replace. Nothing is saved unless the file has no bad line
 * at all and the lead confirms ({@link CustomerMirrorService#confirm}).
 *
 * @param separator the separator found in the header line
 * @param encoding  the encoding the file was read in
 * @param lines     data lines read (blank lines not counted)
 * @param errors    every problem, in line order
 * @param figures   the figures of the good lines, in line order
 * @param version   the version of the stored figures the preview was made against: a confirm after someone changed
 *                  them is refused
 */
public record FigureImport(char separator, ImportEncoding encoding, int lines, List<ImportLineError> errors,
                           List<Line> figures, long version) {

    /** Most data lines a file may have (a company's quarters × departments × measures fit many times over). */
    public static final int MAX_LINES = 5_000;

    public FigureImport {
        errors = List.copyOf(errors);
        figures = List.copyOf(figures);
    }

    /**
     * A good line: its figure, the department's name, and the value stored today for the same department, quarter
     * and measure (which the figure replaces), or null when new.
     */
    public record Line(int line, CustomerFigure figure, String departmentName, @Nullable Double replaces) {
    }

    /** Only a file without a single bad line, with at least one figure, can be saved. */
    public boolean acceptable() {
        return errors.isEmpty() && !figures.isEmpty();
    }

    public long replaced() {
        return figures.stream().filter(l -> l.replaces() != null).count();
    }

    public long added() {
        return figures.size() - replaced();
    }
}
