package app.symetrie.common.ui.chart;

import com.vaadin.flow.dom.Element;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The table alternative of a chart: a real HTML {@code <table>} with the same figures, as the chart formats them.
 * Categories become buttons when the chart listens for clicks, so keyboard users can click through too.
 */
final class ChartTable {

    private static final String DASH = "—";

    private ChartTable() {
    }

    /** @param noValue what a screen reader says for a gap (the "—" sign is hidden from it) */
    static Element of(Chart chart, Locale locale, String noValue) {
        Element table = new Element("table");
        table.getClassList().add("chart-table");
        table.appendChild(new Element("caption").setText(chart.title()));
        if (chart.type() == ChartType.HEATMAP) {
            heatmap(chart, table, locale);
        } else {
            series(chart, table, locale, noValue);
        }
        return table;
    }

    private static void series(Chart chart, Element table, Locale locale, String noValue) {
        List<Chart.Series> series = chart.seriesList();
        Element head = new Element("tr");
        boolean scatter = chart.type() == ChartType.SCATTER;
        head.appendChild(th("col", chart.xAxisName() == null || scatter ? "" : chart.xAxisName()));
        if (scatter) {
            head.appendChild(th("col", chart.xAxisName() == null ? "" : chart.xAxisName()));
        }
        series.forEach(s -> head.appendChild(th("col", s.name())));
        table.appendChild(new Element("thead").appendChild(head));
        Element body = new Element("tbody");
        List<String> categories = chart.categories();
        for (int i = 0; i < categories.size(); i++) {
            Element row = new Element("tr").appendChild(rowHeader(chart, i, categories.get(i)));
            if (scatter) {
                @Nullable Double x = i < chart.xValueList().size() ? chart.xValueList().get(i) : null;
                row.appendChild(x == null ? gap(noValue) : td(chart.valueFormat().format(x, locale)));
            }
            for (Chart.Series s : series) {
                @Nullable Double value = s.values().get(i);
                @Nullable String annotation = s.annotations().get(i);
                if (value == null) {
                    row.appendChild(annotation != null ? td(annotation) : gap(noValue));
                } else {
                    String figure = chart.valueFormat().format(value, locale);
                    row.appendChild(td(annotation == null ? figure : figure + " " + annotation));
                }
            }
            body.appendChild(row);
        }
        table.appendChild(body);
        if (!chart.referenceLines().isEmpty()) {
            Element foot = new Element("tfoot");
            for (Chart.ReferenceLine line : chart.referenceLines()) {
                Element cell = td(chart.valueFormat().format(line.value(), locale));
                cell.setAttribute("colspan", String.valueOf(Math.max(1, series.size())));
                foot.appendChild(new Element("tr").appendChild(th("row", line.name()), cell));
            }
            table.appendChild(foot);
        }
    }

    private static void heatmap(Chart chart, Element table, Locale locale) {
        Chart.Heatmap heatmap = chart.heatmapData();
        if (heatmap == null) {
            return;
        }
        Element head = new Element("tr").appendChild(new Element("td"));
        heatmap.columns().forEach(c -> head.appendChild(th("col", c)));
        table.appendChild(new Element("thead").appendChild(head));
        Element body = new Element("tbody");
        String hidden = chart.hiddenCellTextOrDefault();
        for (int r = 0; r < heatmap.rows().size(); r++) {
            Element row = new Element("tr").appendChild(rowHeader(chart, r, heatmap.rows().get(r)));
            for (int c = 0; c < heatmap.columns().size(); c++) {
                @Nullable Double value = heatmap.values()[r][c];
                Element cell = value == null ? td(hidden) : td(chart.valueFormat().format(value, locale));
                if (value == null) {
                    cell.getClassList().add("hidden-cell");
                }
                row.appendChild(cell);
            }
            body.appendChild(row);
        }
        table.appendChild(body);
    }

    private static Element rowHeader(Chart chart, int index, String category) {
        Element th = new Element("th").setAttribute("scope", "row");
        if (!chart.isClickable()) {
            return th.setText(category);
        }
        Element button = new Element("button").setAttribute("type", "button").setText(category);
        button.getClassList().add("chart-table-link");
        button.addEventListener("click", e -> chart.fireCategoryClick(index, -1));
        return th.appendChild(button);
    }

    private static Element th(String scope, String text) {
        return new Element("th").setAttribute("scope", scope).setText(text);
    }

    private static Element td(String text) {
        return new Element("td").setText(text);
    }

    /** A visible "—" that screen readers skip, and a visually hidden word they read instead. */
    private static Element gap(String noValue) {
        Element dash = new Element("span").setAttribute("aria-hidden", "true").setText(DASH);
        Element spoken = new Element("span").setText(noValue);
        spoken.getClassList().add("sym-sr-only");
        return new Element("td").appendChild(dash, spoken);
    }
}
