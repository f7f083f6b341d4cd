package app.symetrie.common.ui.chart;

/**
 * How one series is drawn.
 *
 * @param color       from the app palette
 * @param dashed      a reference series ("company", "support functions"): dashed line, drawn as a line even in a
 *                    bar chart
 * @param markers     dots on a line's points
 * @param stacked     bars of all stacked series pile up
 * @param valueLabels each point or bar shows its figure
 */
public record SeriesStyle(ChartColor color, boolean dashed, boolean markers, boolean stacked, boolean valueLabels) {

    /** A plain series: solid line with markers, or a plain bar. */
    public static SeriesStyle solid(ChartColor color) {
        return new SeriesStyle(color, false, true, false, false);
    }

    /** A reference series to compare with: dashed line, no markers. */
    public static SeriesStyle reference(ChartColor color) {
        return new SeriesStyle(color, true, false, false, false);
    }

    public SeriesStyle withMarkers(boolean on) {
        return new SeriesStyle(color, dashed, on, stacked, valueLabels);
    }

    public SeriesStyle withStacking() {
        return new SeriesStyle(color, dashed, markers, true, valueLabels);
    }

    public SeriesStyle withValueLabels() {
        return new SeriesStyle(color, dashed, markers, stacked, true);
    }
}
