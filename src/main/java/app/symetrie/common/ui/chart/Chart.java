package app.symetrie.common.ui.chart;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.dom.DomListenerRegistration;
import com.vaadin.flow.function.SerializableRunnable;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.shared.Registration;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

/**
 * The app's chart: a line, bar, horizontal bar, heatmap or scatter chart built from typed series, drawn in the browser by
 * Apache ECharts through the {@code <sym-chart>} element ({@code frontend/sym-chart.ts}).
 *
 * <pre>{@code
 * Chart chart = Chart.line(trendTitle)                        // texts translated by the caller
 *         .format(ValueFormat.SCORE)
 *         .categories(waveNames)
 *         .yAxis(scoreLabel, 0.0, 100.0)
 *         .series(department.name(), scores, SeriesStyle.solid(ChartColor.SUPPORT))
 *         .series(companyLabel, companyScores, SeriesStyle.reference(ChartColor.COMPANY));
 * add(new ChartCard(chart));   // the chart plus its "Show as table" alternative
 * }</pre>
 *
 * All texts come translated from the caller. A {@code null} value is a gap (a line breaks, a bar is missing); a
 * per-point annotation ("▲", "n&lt;5 hidden") goes to the label, the tooltip and the table. Legend, tooltips and axis
 * labels are always on; with no figure at all the chart shows its empty text instead.
 */
@Tag("sym-chart")
@NpmPackage(value = "echarts", version = "6.1.0")
@JsModule("./sym-chart.ts")
public final class Chart extends Component implements HasSize, LocaleChangeObserver {

    /** One series of a line or bar chart; {@code annotations} has one entry (or null) per value. */
    record Series(String name, List<@Nullable Double> values, SeriesStyle style, List<@Nullable String> annotations)
            implements Serializable {
    }

    /** A constant line across the plot, e.g. the company average. */
    record ReferenceLine(String name, double value, ChartColor color) implements Serializable {
    }

    /** A heatmap's grid: {@code values[row][column]}, null for a hidden cell. */
    record Heatmap(List<String> columns, List<String> rows, @Nullable Double[][] values, double min, double max)
            implements Serializable {
    }

    private final ChartType type;
    private String title;
    private ValueFormat format = ValueFormat.NUMBER;
    private List<String> categories = List.of();
    private @Nullable String xAxisName;
    private @Nullable String yAxisName;
    private @Nullable Double yMin;
    private @Nullable Double yMax;
    private final List<Series> series = new ArrayList<>();
    private final List<ReferenceLine> referenceLines = new ArrayList<>();
    private @Nullable Heatmap heatmap;
    /** A scatter's x values, one per category (point); null for a point without one. */
    private List<@Nullable Double> xValues = List.of();
    private @Nullable Double xMin;
    private @Nullable Double xMax;
    private @Nullable String emptyText;
    private @Nullable String hiddenCellText;
    private final List<SerializableRunnable> changeListeners = new ArrayList<>();
    private @Nullable DomListenerRegistration clickRegistration;
    private boolean renderScheduled;

    private Chart(ChartType type, String title) {
        this.type = type;
        this.title = title;
        setWidthFull();
    }

    /** Lines over categories (e.g. waves): trends, with dashed reference lines to compare with. */
    public static Chart line(String title) {
        return new Chart(ChartType.LINE, title);
    }

    /** Vertical bars over categories; several series side by side, or stacked (see {@link SeriesStyle}). */
    public static Chart bar(String title) {
        return new Chart(ChartType.BAR, title);
    }

    /** Horizontal bars, first category on top: ranked lists such as pain points. */
    public static Chart horizontalBar(String title) {
        return new Chart(ChartType.HORIZONTAL_BAR, title);
    }

    /** A grid of coloured cells (rows × columns), filled with {@link #heatmap(List, List, Double[][], double, double)}. */
    public static Chart heatmap(String title) {
        return new Chart(ChartType.HEATMAP, title);
    }

    /**
     * Points on two value axes: the categories name the points, {@link #xValues} places them across, and each series
     * places them up (one colour per series). A point lacking either value is not drawn; the table still lists it.
     */
    public static Chart scatter(String title) {
        return new Chart(ChartType.SCATTER, title);
    }

    /** A scatter's horizontal axis: its name, optional bounds, and one x value per category ({@code null}: none). */
    public Chart xValues(String name, List<? extends @Nullable Double> values, @Nullable Double min,
            @Nullable Double max) {
        if (type != ChartType.SCATTER) {
            throw new IllegalStateException("x values belong to Chart.scatter(…), not to a " + type + " chart");
        }
        if (!categories.isEmpty()) {
            requireSize(name, values.size(), categories.size());
        }
        if (min != null && max != null && min >= max) {
            throw new IllegalArgumentException("xValues: min %s is not below max %s".formatted(min, max));
        }
        this.xAxisName = name;
        this.xValues = Collections.unmodifiableList(new ArrayList<>(values));
        this.xMin = min;
        this.xMax = max;
        return changed();
    }

    public Chart title(String title) {
        this.title = title;
        return changed();
    }

    /** How figures are written (default {@link ValueFormat#NUMBER}). */
    public Chart format(ValueFormat format) {
        this.format = format;
        return changed();
    }

    /** The category axis (x for line and bar charts, y for horizontal bars). */
    public Chart categories(List<String> categories) {
        requireNotHeatmap();
        for (Series s : series) {
            requireSize(s.name(), s.values().size(), categories.size());
        }
        if (!xValues.isEmpty()) {
            requireSize(xAxisName == null ? "x" : xAxisName, xValues.size(), categories.size());
        }
        this.categories = List.copyOf(categories);
        return changed();
    }

    /** The name under the category axis. */
    public Chart xAxisName(String name) {
        this.xAxisName = name;
        return changed();
    }

    /** The value axis: its name and, optionally, fixed bounds (e.g. 0 and 100 for scores). */
    public Chart yAxis(String name, @Nullable Double min, @Nullable Double max) {
        if (min != null && max != null && min >= max) {
            throw new IllegalArgumentException("yAxis: min %s is not below max %s".formatted(min, max));
        }
        this.yAxisName = name;
        this.yMin = min;
        this.yMax = max;
        return changed();
    }

    /** Adds a series: one value per category, {@code null} for a gap. */
    public Chart series(String name, List<? extends @Nullable Double> values, SeriesStyle style) {
        return series(name, values, style, Collections.nCopies(values.size(), null));
    }

    /**
     * Adds a series with one annotation per value ({@code null} for none), e.g. "▲" or "n&lt;5 hidden"; it shows beside
     * the point's label, in the tooltip and in the table. A point with an annotation but no value shows it only in the
     * tooltip and the table.
     */
    public Chart series(String name, List<? extends @Nullable Double> values, SeriesStyle style,
            List<? extends @Nullable String> annotations) {
        requireNotHeatmap();
        if (!categories.isEmpty()) {
            requireSize(name, values.size(), categories.size());
        }
        if (annotations.size() != values.size()) {
            throw new IllegalArgumentException("series %s: %d annotations for %d values"
                    .formatted(name, annotations.size(), values.size()));
        }
        if (!series.isEmpty() && series.getFirst().values().size() != values.size()) {
            throw new IllegalArgumentException("series %s: %d values, other series have %d"
                    .formatted(name, values.size(), series.getFirst().values().size()));
        }
        series.add(new Series(name, Collections.unmodifiableList(new ArrayList<>(values)), style,
                Collections.unmodifiableList(new ArrayList<>(annotations))));
        return changed();
    }

    /** A constant dashed line across the plot with its own legend entry, e.g. the company average. */
    public Chart referenceLine(String name, double value, ChartColor color) {
        requireNotHeatmap();
        referenceLines.add(new ReferenceLine(name, value, color));
        return changed();
    }

    /**
     * The heatmap's cells: {@code values[row][column]}; a {@code null} cell is hidden (grey, hatched, tooltip
     * {@link #hiddenCellText(String)}). {@code min} and {@code max} bound the colour scale.
     */
    public Chart heatmap(List<String> columns, List<String> rows, @Nullable Double[][] values, double min, double max) {
        if (type != ChartType.HEATMAP) {
            throw new IllegalStateException("heatmap cells belong to Chart.heatmap(…), not to a " + type + " chart");
        }
        if (min >= max) {
            throw new IllegalArgumentException("heatmap: min %s is not below max %s".formatted(min, max));
        }
        if (values.length != rows.size()) {
            throw new IllegalArgumentException("heatmap: %d rows of values for %d rows".formatted(values.length, rows.size()));
        }
        @Nullable Double[][] copy = new Double[values.length][];
        for (int r = 0; r < values.length; r++) {
            requireSize(rows.get(r), values[r].length, columns.size());
            copy[r] = Arrays.copyOf(values[r], values[r].length);
        }
        this.heatmap = new Heatmap(List.copyOf(columns), List.copyOf(rows), copy, min, max);
        return changed();
    }

    /** The explanation of a hidden heatmap cell (tooltip and table); default: translated "chart.hidden". */
    public Chart hiddenCellText(String text) {
        this.hiddenCellText = text;
        return changed();
    }

    /** What the chart says when it has no figure; default: translated "chart.empty". */
    public Chart emptyText(String text) {
        this.emptyText = text;
        return changed();
    }

    /** Drops the series, reference lines and heatmap cells; keeps titles, axes and format. */
    public Chart clear() {
        series.clear();
        referenceLines.clear();
        heatmap = null;
        return changed();
    }

    /** True when there is nothing to draw (no value and no annotation): the chart shows its empty text. */
    public boolean isEmpty() {
        if (type == ChartType.HEATMAP) {
            return heatmap == null || heatmap.rows().isEmpty() || heatmap.columns().isEmpty();
        }
        if (type == ChartType.SCATTER) {
            return categories.isEmpty() || series.stream().noneMatch(s -> java.util.stream.IntStream
                    .range(0, Math.min(s.values().size(), xValues.size()))
                    .anyMatch(i -> s.values().get(i) != null && xValues.get(i) != null));
        }
        return categories.isEmpty() || series.stream().noneMatch(s -> s.values().stream().anyMatch(Objects::nonNull)
                || s.annotations().stream().anyMatch(Objects::nonNull));
    }

    /**
     * Clicks on a bar (or its axis label) or a heatmap cell (or its row label), and on the category buttons of the
     * table alternative. For a heatmap the category is the row (e.g. the department) and the column is the one
     * clicked, when a cell was.
     */
    public Registration addCategoryClickListener(ComponentEventListener<CategoryClickEvent> listener) {
        if (clickRegistration == null) {
            clickRegistration = getElement().addEventListener("sym-category-click",
                            e -> fireCategoryClick(e.getEventData().get("event.detail.categoryIndex").asInt(-1),
                                    e.getEventData().get("event.detail.columnIndex").asInt(-1)))
                    .addEventData("event.detail.categoryIndex").addEventData("event.detail.columnIndex");
        }
        Registration registration = addListener(CategoryClickEvent.class, listener);
        changed(); // the element now shows pointers and sends clicks; the table's categories become buttons
        return () -> {
            registration.remove();
            changed();
        };
    }

    boolean isClickable() {
        return hasListener(CategoryClickEvent.class);
    }

    /** Fires a click from the chart or from the table; indexes out of range (a stale or forged event) are ignored. */
    void fireCategoryClick(int categoryIndex, int columnIndex) {
        List<String> clickable = clickableCategories();
        if (categoryIndex < 0 || categoryIndex >= clickable.size()) {
            return;
        }
        List<String> columns = heatmap == null ? List.of() : heatmap.columns();
        if (columnIndex >= columns.size()) {
            return;
        }
        String column = columnIndex < 0 ? null : columns.get(columnIndex);
        fireEvent(new CategoryClickEvent(this, true, categoryIndex, clickable.get(categoryIndex),
                Math.max(columnIndex, -1), column));
    }

    /** The categories a click may name: the bars' categories, or the heatmap's rows. */
    List<String> clickableCategories() {
        if (type == ChartType.HEATMAP) {
            return heatmap == null ? List.of() : heatmap.rows();
        }
        return categories;
    }

    // --- what ChartJson and ChartTable read

    ChartType type() {
        return type;
    }

    String title() {
        return title;
    }

    ValueFormat valueFormat() {
        return format;
    }

    List<String> categories() {
        return categories;
    }

    @Nullable String xAxisName() {
        return xAxisName;
    }

    @Nullable String yAxisName() {
        return yAxisName;
    }

    List<@Nullable Double> xValueList() {
        return xValues;
    }

    @Nullable Double xMin() {
        return xMin;
    }

    @Nullable Double xMax() {
        return xMax;
    }

    @Nullable Double yMin() {
        return yMin;
    }

    @Nullable Double yMax() {
        return yMax;
    }

    List<Series> seriesList() {
        return Collections.unmodifiableList(series);
    }

    List<ReferenceLine> referenceLines() {
        return Collections.unmodifiableList(referenceLines);
    }

    @Nullable Heatmap heatmapData() {
        return heatmap;
    }

    String emptyTextOrDefault() {
        return emptyText != null ? emptyText : getTranslation("chart.empty");
    }

    String hiddenCellTextOrDefault() {
        return hiddenCellText != null ? hiddenCellText : getTranslation("chart.hidden");
    }

    /** The JSON model the element receives, in the given language. */
    ObjectNode toJson(Locale locale) {
        return ChartJson.of(this, locale);
    }

    /** ChartCard rebuilds its table when the chart changes. */
    Registration addChangeListener(SerializableRunnable listener) {
        changeListeners.add(listener);
        return () -> changeListeners.remove(listener);
    }

    // --- sending the model: once per round trip, in the UI's language

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        scheduleRender(attachEvent.getUI());
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        renderScheduled = false;
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        changed();
    }

    private Chart changed() {
        getUI().ifPresent(this::scheduleRender);
        List.copyOf(changeListeners).forEach(SerializableRunnable::run);
        return this;
    }

    private void scheduleRender(UI ui) {
        if (!renderScheduled) {
            renderScheduled = true;
            ui.beforeClientResponse(this, context -> {
                renderScheduled = false;
                getElement().setPropertyJson("model", toJson(getLocale()));
            });
        }
    }

    private void requireNotHeatmap() {
        if (type == ChartType.HEATMAP) {
            throw new IllegalStateException("a heatmap takes its cells from heatmap(…), not series or categories");
        }
    }

    private static void requireSize(String name, int size, int expected) {
        if (size != expected) {
            throw new IllegalArgumentException("%s: %d values for %d categories".formatted(name, size, expected));
        }
    }
}
