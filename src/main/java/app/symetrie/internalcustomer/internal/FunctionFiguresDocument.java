package app.symetrie.internalcustomer.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One support function's internal-customer figures for one closed wave, decided once at its close: only the groups of
 * raters that may be shown are stored (at least k raters, and nothing under k left by subtraction), never a rater.
 *
 * @param id     the wave id and the function id, so that a release run again rewrites the same document
 * @param groups the shown groups of raters (ALL, FRONT_OFFICE, SUPPORT); empty when too few rated the function
 * @param pains  the pain points of the raters dissatisfied with it, where that group may be shown; else null
 */
@Document("internal_customer_figures")
public record FunctionFiguresDocument(@Id String id, String waveId, @Indexed String functionId, int k,
                                      List<Group> groups, @Nullable Pains pains) {

    public static String idOf(String waveId, String functionId) {
        return waveId + ":" + functionId;
    }

    /**
     * A group of raters: their number, and the sums of their satisfaction scores (0–100, each rater's mean of the
     * statements they answered); per statement, only where enough of them answered it.
     */
    public record Group(String raters, int n, double sum, double sumSquares, List<StatementSums> statements) {
    }

    /** A service statement's 1–5 answers in a group: count, sum, sum of squares, and answers of 4 or 5. */
    public record StatementSums(String code, int n, long sum, long sumSquares, int favourable) {
    }

    /**
     * The pain points ticked by the raters dissatisfied with the function (satisfaction under 50), beside how often
     * all the wave's respondents ticked them.
     */
    public record Pains(int dissatisfied, List<PainCount> counts, int respondents, List<PainCount> companyCounts) {
    }

    public record PainCount(String code, int count) {
    }
}
