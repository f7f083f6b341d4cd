package app.symetrie.mirror;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * What a customer figure measures, with its range: a CSAT (the share of satisfied customers, 0–100 %), a Net Promoter
 * Score (promoters minus detractors, −100 to 100) or any other score out of 100. Labels: {@code mirror.kind.*}.
 */
public enum MeasureKind {
    CSAT(0, 100),
    NPS(-100, 100),
    SCORE(0, 100);

    private final double min;
    private final double max;

    MeasureKind(double min, double max) {
        this.min = min;
        this.max = max;
    }

    public double min() {
        return min;
    }

    public double max() {
        return max;
    }

    /** The measure a file names, in French or English ("CSAT %", "nps", "note"…); null when unknown. */
    public static @Nullable MeasureKind parse(String text) {
        String t = text.replace('\u00a0', ' ').strip().toLowerCase(Locale.ROOT).replaceAll("[\\s%()]+", "");
        return switch (t) {
            case "csat", "satisfaction", "tauxdesatisfaction", "satisfactionrate" -> CSAT;
            case "nps", "netpromoterscore" -> NPS;
            case "score", "note", "indice", "score/100", "note/100", "index" -> SCORE;
            default -> null;
        };
    }
}
