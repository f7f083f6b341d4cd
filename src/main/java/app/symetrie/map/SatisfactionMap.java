package app.symetrie.map;

import app.symetrie.barometer.WaveId;
import app.symetrie.organization.DepartmentId;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A closed wave's Satisfaction Map for one department (or the company): management's prediction beside the
 * employees' answers, per dimension, journey moment and pain point, sorted by gap.
 *
 * @param department       null for the company's map
 * @param visible          false when the wave does not publish the unit's figures: then no row is given, and the
 *                         screen says there are not enough answers — as the board does
 * @param n                answers behind the employees' side (0 when not visible)
 * @param predictors       who predicted (managers of the department, or leads for the company)
 * @param missing          managers of the department who did not predict (empty for the company)
 * @param publishedToTeam  whether the campaign shows the map to the department's people
 */
public record SatisfactionMap(WaveId waveId, String campaignName, LocalDate opensOn, LocalDate closesOn,
                              @Nullable DepartmentId department, String unitName, boolean visible, int k, int n,
                              List<Row> dimensions, List<Row> moments, List<PainRow> pains,
                              List<String> predictors, List<String> missing, boolean publishedToTeam) {

    public SatisfactionMap {
        dimensions = List.copyOf(dimensions);
        moments = List.copyOf(moments);
        pains = List.copyOf(pains);
        predictors = List.copyOf(predictors);
        missing = List.copyOf(missing);
    }

    /** How management's view stands against the employees' 95 % interval. */
    public enum Verdict {
        /** management predicted higher than the employees' interval: they think it fine, employees do not */
        BLIND_SPOT,
        /** management predicted lower than the employees' interval: employees are better off than thought */
        HIDDEN_STRENGTH,
        /** the prediction lies within the employees' interval */
        IN_LINE,
        /** nobody predicted it */
        NO_PREDICTION,
        /** fewer than k people rated it (a journey moment): no employees' figure */
        NOT_ENOUGH_ANSWERS
    }

    /**
     * A dimension or a journey moment, on the 1–5 scale.
     *
     * @param predicted the prediction (the mean of the managers' when several predicted)
     * @param employees the employees' mean, with {@code low}–{@code high} its 95 % interval
     * @param gap       predicted − employees' mean; positive: management over-estimates
     * @param n         answers behind the employees' mean
     */
    public record Row(String code, String label, @Nullable Double predicted, @Nullable Double employees,
                      double low, double high, @Nullable Double gap, Verdict verdict, long n) {
    }

    /**
     * A pain point: predicted among the top ones or not, against the share of employees who ticked it.
     *
     * @param predictedBy how many of the predictors put it in their top pain points
     * @param prevalence  the share of respondents who ticked it (0–1), {@code low}–{@code high} its 95 % interval
     * @param rank        its rank among the employees' pain points (1 = most ticked)
     * @param verdict     BLIND_SPOT: among the employees' top three but predicted by nobody; HIDDEN_STRENGTH:
     *                    predicted, but clearly not among the employees' top three (its interval lies below the third's
     *                    share); IN_LINE otherwise
     */
    public record PainRow(String code, String label, int predictedBy, double prevalence, double low, double high,
                          int rank, Verdict verdict) {
    }
}
