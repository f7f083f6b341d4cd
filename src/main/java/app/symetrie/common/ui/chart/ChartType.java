package app.symetrie.common.ui.chart;

/** The five kinds of chart the app draws. */
enum ChartType {
    LINE("line"),
    BAR("bar"),
    HORIZONTAL_BAR("hbar"),
    HEATMAP("heatmap"),
    /** Points on two value axes, each named by its category (e.g. a department). */
    SCATTER("scatter");

    private final String json;

    ChartType(String json) {
        this.json = json;
    }

    String json() {
        return json;
    }
}
