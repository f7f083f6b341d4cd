package app.symetrie.common.ui.chart;

/** The four kinds of chart the app draws. */
enum ChartType {
    LINE("line"),
    BAR("bar"),
    HORIZONTAL_BAR("hbar"),
    HEATMAP("heatmap");

    private final String json;

    ChartType(String json) {
        this.json = json;
    }

    String json() {
        return json;
    }
}
