package app.symetrie.common.ui.chart;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The small model {@code <sym-chart>} reads (see the {@code ChartModel} interface in {@code frontend/sym-chart.ts}).
 * Figures are formatted here, so that the chart and its table alternative show the same text.
 */
final class ChartJson {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private ChartJson() {
    }

    static ObjectNode of(Chart chart, Locale locale) {
        ValueFormat format = chart.valueFormat();
        ObjectNode model = JSON.objectNode();
        model.put("type", chart.type().json());
        model.put("title", chart.title());
        model.put("locale", locale.toLanguageTag());
        model.put("format", format.json());
        model.put("empty", chart.isEmpty());
        model.put("emptyText", chart.emptyTextOrDefault());
        model.put("clickable", chart.isClickable());
        model.set("categories", strings(chart.categories()));
        model.put("xAxisName", chart.xAxisName());
        if (chart.type() == ChartType.SCATTER) {
            ObjectNode xAxis = model.putObject("xAxis");
            xAxis.put("min", chart.xMin());
            xAxis.put("max", chart.xMax());
            ArrayNode xs = xAxis.putArray("values");
            ArrayNode xLabels = xAxis.putArray("labels");
            for (@Nullable Double x : chart.xValueList()) {
                xs.add(x);
                xLabels.add(x == null ? null : format.format(x, locale));
            }
        } else {
            model.putNull("xAxis");
        }
        ObjectNode yAxis = model.putObject("yAxis");
        yAxis.put("name", chart.yAxisName());
        yAxis.put("min", chart.yMin());
        yAxis.put("max", chart.yMax());
        ArrayNode series = model.putArray("series");
        for (Chart.Series s : chart.seriesList()) {
            ObjectNode node = series.addObject();
            node.put("name", s.name());
            node.put("color", s.style().color().hex());
            node.put("dashed", s.style().dashed());
            node.put("markers", s.style().markers());
            node.put("stacked", s.style().stacked());
            node.put("valueLabels", s.style().valueLabels());
            ArrayNode values = node.putArray("values");
            ArrayNode labels = node.putArray("labels");
            for (@Nullable Double v : s.values()) {
                values.add(v);
                labels.add(v == null ? null : format.format(v, locale));
            }
            node.set("annotations", strings(s.annotations()));
        }
        ArrayNode lines = model.putArray("referenceLines");
        for (Chart.ReferenceLine line : chart.referenceLines()) {
            lines.addObject().put("name", line.name()).put("value", line.value())
                    .put("label", format.format(line.value(), locale)).put("color", line.color().hex());
        }
        Chart.Heatmap heatmap = chart.heatmapData();
        if (heatmap == null) {
            model.putNull("heatmap");
        } else {
            ObjectNode node = model.putObject("heatmap");
            node.set("columns", strings(heatmap.columns()));
            node.set("rows", strings(heatmap.rows()));
            ArrayNode cells = node.putArray("cells");
            for (int r = 0; r < heatmap.rows().size(); r++) {
                for (int c = 0; c < heatmap.columns().size(); c++) {
                    @Nullable Double v = heatmap.values()[r][c];
                    cells.addArray().add(c).add(r).add(v).add(v == null ? null : format.format(v, locale));
                }
            }
            node.put("min", heatmap.min());
            node.put("max", heatmap.max());
            node.put("minLabel", format.format(heatmap.min(), locale));
            node.put("maxLabel", format.format(heatmap.max(), locale));
            node.put("hiddenText", chart.hiddenCellTextOrDefault());
        }
        return model;
    }

    private static ArrayNode strings(List<? extends @Nullable String> values) {
        ArrayNode array = JSON.arrayNode();
        values.forEach(array::add);
        return array;
    }
}
