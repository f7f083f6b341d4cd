package app.symetrie.common.ui.chart;

import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;

/** How figures are written in labels, tooltips, axes and the table alternative — in the viewer's language. */
public enum ValueFormat {
    /** A plain number, up to one decimal: {@code 12}, {@code 3.5}. */
    NUMBER("number"),
    /** A 0–100 score, always one decimal: {@code 72.3} ({@code 72,3} in French). */
    SCORE("score"),
    /** A percentage given in percent (72.5 means 72.5 %), one decimal: {@code 72.5%} ({@code 72,5 %} in French). */
    PERCENT("percent");

    private final String json;

    ValueFormat(String json) {
        this.json = json;
    }

    String json() {
        return json;
    }

    /** The figure as the chart and its table show it. */
    public String format(double value, Locale locale) {
        NumberFormat format = this == PERCENT ? NumberFormat.getPercentInstance(locale) : NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(1);
        format.setMinimumFractionDigits(this == NUMBER ? 0 : 1);
        format.setRoundingMode(RoundingMode.HALF_UP); // as the browser's Intl does for the axis ticks
        return format.format(this == PERCENT ? value / 100 : value);
    }
}
