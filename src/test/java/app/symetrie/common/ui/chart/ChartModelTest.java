package app.symetrie.common.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The JSON model that {@code <sym-chart>} receives: what the Java side promises the element. */
class ChartModelTest {

    private static List<@Nullable Double> values(@Nullable Double... values) {
        return Arrays.asList(values);
    }

    private static Chart trend() {
        return Chart.line("Digital comfort")
                .format(ValueFormat.SCORE)
                .categories(List.of("W1", "W2", "W3"))
                .xAxisName("Wave")
                .yAxis("Score", 0.0, 100.0)
                .emptyText("Nothing yet")
                .series("Accounting", values(61.25, null, 72.34), SeriesStyle.solid(ChartColor.SUPPORT),
                        Arrays.asList(null, "n<5 hidden", "▲"))
                .series("Company", values(65.0, 66.0, 68.0), SeriesStyle.reference(ChartColor.COMPANY));
    }

    @Test
    void a_line_chart_sends_its_series_with_nulls_as_gaps_and_their_colours() {
        JsonNode model = trend().toJson(Locale.ENGLISH);

        assertThat(model.get("type").asString()).isEqualTo("line");
        assertThat(model.get("title").asString()).isEqualTo("Digital comfort");
        assertThat(model.get("empty").asBoolean()).isFalse();
        assertThat(model.get("categories").toString()).isEqualTo("[\"W1\",\"W2\",\"W3\"]");
        assertThat(model.get("xAxisName").asString()).isEqualTo("Wave");
        assertThat(model.get("yAxis").toString()).isEqualTo("{\"name\":\"Score\",\"min\":0.0,\"max\":100.0}");

        JsonNode accounting = model.get("series").get(0);
        assertThat(accounting.get("name").asString()).isEqualTo("Accounting");
        assertThat(accounting.get("color").asString()).isEqualTo("#7a4fb5");
        assertThat(accounting.get("dashed").asBoolean()).isFalse();
        assertThat(accounting.get("markers").asBoolean()).isTrue();
        assertThat(accounting.get("values").toString()).isEqualTo("[61.25,null,72.34]");
        assertThat(accounting.get("labels").toString()).isEqualTo("[\"61.3\",null,\"72.3\"]");
        assertThat(accounting.get("annotations").toString()).isEqualTo("[null,\"n<5 hidden\",\"▲\"]");

        JsonNode company = model.get("series").get(1);
        assertThat(company.get("color").asString()).isEqualTo(ChartColor.COMPANY.hex());
        assertThat(company.get("dashed").asBoolean()).isTrue();
        assertThat(company.get("markers").asBoolean()).isFalse();
        assertThat(company.get("annotations").toString()).isEqualTo("[null,null,null]");
    }

    @Test
    void figures_are_formatted_in_the_viewers_language_with_one_decimal() {
        assertThat(ValueFormat.SCORE.format(72.34, Locale.ENGLISH)).isEqualTo("72.3");
        assertThat(ValueFormat.SCORE.format(72.34, Locale.FRENCH)).isEqualTo("72,3");
        assertThat(ValueFormat.SCORE.format(80, Locale.FRENCH)).isEqualTo("80,0");
        assertThat(ValueFormat.PERCENT.format(72.5, Locale.ENGLISH)).isEqualTo("72.5%");
        assertThat(ValueFormat.PERCENT.format(72.5, Locale.FRENCH)).matches("72,5\\h%");
        assertThat(ValueFormat.NUMBER.format(12, Locale.ENGLISH)).isEqualTo("12");
        assertThat(ValueFormat.NUMBER.format(3.46, Locale.FRENCH)).isEqualTo("3,5");

        JsonNode french = trend().toJson(Locale.FRENCH);
        assertThat(french.get("locale").asString()).isEqualTo("fr");
        assertThat(french.get("format").asString()).isEqualTo("score");
        assertThat(french.get("series").get(0).get("labels").toString()).isEqualTo("[\"61,3\",null,\"72,3\"]");
    }

    @Test
    void a_ranked_horizontal_bar_chart_carries_value_labels_and_a_reference_line() {
        JsonNode model = Chart.horizontalBar("Pain points")
                .format(ValueFormat.PERCENT)
                .categories(List.of("VPN", "Printing"))
                .series("Share", values(41.0, 12.5), SeriesStyle.solid(ChartColor.categorical(1)).withValueLabels())
                .referenceLine("Company", 20.0, ChartColor.COMPANY)
                .emptyText("-")
                .toJson(Locale.ENGLISH);

        assertThat(model.get("type").asString()).isEqualTo("hbar");
        JsonNode share = model.get("series").get(0);
        assertThat(share.get("color").asString()).isEqualTo(ChartColor.ORANGE.hex());
        assertThat(share.get("valueLabels").asBoolean()).isTrue();
        assertThat(share.get("labels").toString()).isEqualTo("[\"41.0%\",\"12.5%\"]");
        assertThat(model.get("referenceLines").toString())
                .isEqualTo("[{\"name\":\"Company\",\"value\":20.0,\"label\":\"20.0%\",\"color\":\"#6b7280\"}]");
    }

    @Test
    void stacked_bars_say_so() {
        JsonNode model = Chart.bar("Tools").categories(List.of("A", "B")).emptyText("-")
                .series("Daily", values(3.0, 4.0), SeriesStyle.solid(ChartColor.BLUE).withStacking())
                .series("Weekly", values(1.0, null), SeriesStyle.solid(ChartColor.GREEN).withStacking())
                .toJson(Locale.ENGLISH);

        assertThat(model.get("series").get(0).get("stacked").asBoolean()).isTrue();
        assertThat(model.get("series").get(1).get("values").toString()).isEqualTo("[1.0,null]");
    }

    @Test
    void a_heatmap_sends_every_cell_and_marks_hidden_ones_with_the_callers_text() {
        @Nullable Double[][] values = {{71.0, null}, {55.56, 90.0}};
        JsonNode model = Chart.heatmap("By department")
                .format(ValueFormat.SCORE)
                .heatmap(List.of("Tools", "Support"), List.of("Accounting", "Sales"), values, 0, 100)
                .hiddenCellText("Hidden: fewer than 5 answers")
                .emptyText("-")
                .toJson(Locale.FRENCH);

        assertThat(model.get("type").asString()).isEqualTo("heatmap");
        assertThat(model.get("series")).isEmpty();
        JsonNode heatmap = model.get("heatmap");
        assertThat(heatmap.get("columns").toString()).isEqualTo("[\"Tools\",\"Support\"]");
        assertThat(heatmap.get("rows").toString()).isEqualTo("[\"Accounting\",\"Sales\"]");
        // [column, row, value, label]
        assertThat(heatmap.get("cells").toString()).isEqualTo(
                "[[0,0,71.0,\"71,0\"],[1,0,null,null],[0,1,55.56,\"55,6\"],[1,1,90.0,\"90,0\"]]");
        assertThat(heatmap.get("min").asDouble()).isZero();
        assertThat(heatmap.get("maxLabel").asString()).isEqualTo("100,0");
        assertThat(heatmap.get("hiddenText").asString()).isEqualTo("Hidden: fewer than 5 answers");
    }

    @Test
    void a_chart_without_any_figure_is_empty_and_says_the_callers_text() {
        Chart chart = Chart.line("Trend").categories(List.of("W1", "W2")).emptyText("No wave closed yet");
        assertThat(chart.toJson(Locale.ENGLISH).get("empty").asBoolean()).isTrue();
        assertThat(chart.toJson(Locale.ENGLISH).get("emptyText").asString()).isEqualTo("No wave closed yet");

        chart.series("A", values(null, null), SeriesStyle.solid(ChartColor.BLUE));
        assertThat(chart.isEmpty()).as("all gaps, nothing to say").isTrue();

        chart.clear().series("A", values(null, null), SeriesStyle.solid(ChartColor.BLUE), Arrays.asList("n<5", null));
        assertThat(chart.isEmpty()).as("an annotation is something to say").isFalse();

        assertThat(Chart.heatmap("H").emptyText("-").isEmpty()).isTrue();
    }

    @Test
    void series_must_match_the_categories_and_kinds_must_not_be_mixed() {
        assertThatThrownBy(() -> Chart.line("T").categories(List.of("a", "b"))
                .series("S", values(1.0), SeriesStyle.solid(ChartColor.BLUE)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Chart.line("T").series("S", values(1.0), SeriesStyle.solid(ChartColor.BLUE))
                .categories(List.of("a", "b")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Chart.line("T").series("S", values(1.0, 2.0), SeriesStyle.solid(ChartColor.BLUE),
                List.of("only one")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Chart.heatmap("H").series("S", values(1.0), SeriesStyle.solid(ChartColor.BLUE)))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> Chart.bar("B").heatmap(List.of("c"), List.of("r"), new Double[][] {{1.0}}, 0, 1))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> Chart.heatmap("H").heatmap(List.of("c1", "c2"), List.of("r"), new Double[][] {{1.0}}, 0, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Chart.line("T").yAxis("Y", 100.0, 0.0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_caller_keeps_no_handle_on_the_charts_data() {
        List<@Nullable Double> scores = new ArrayList<>(values(1.0, 2.0));
        @Nullable Double[][] cells = {{1.0}};
        Chart line = Chart.line("T").categories(List.of("a", "b")).series("S", scores, SeriesStyle.solid(ChartColor.BLUE));
        Chart heat = Chart.heatmap("H").heatmap(List.of("c"), List.of("r"), cells, 0, 10).emptyText("-").hiddenCellText("-");
        scores.set(0, 99.0);
        cells[0][0] = 9.0;
        assertThat(line.emptyText("-").toJson(Locale.ENGLISH).get("series").get(0).get("values").toString()).isEqualTo("[1.0,2.0]");
        assertThat(heat.toJson(Locale.ENGLISH).get("heatmap").get("cells").get(0).get(2).asDouble()).isEqualTo(1.0);
    }

    @Test
    void clicks_name_the_category_and_forged_indexes_are_ignored() {
        List<CategoryClickEvent> clicks = new ArrayList<>();
        Chart bars = Chart.bar("B").categories(List.of("Accounting", "Sales")).emptyText("-")
                .series("S", values(1.0, 2.0), SeriesStyle.solid(ChartColor.BLUE));
        assertThat(bars.toJson(Locale.ENGLISH).get("clickable").asBoolean()).isFalse();
        var registration = bars.addCategoryClickListener(clicks::add);
        assertThat(bars.toJson(Locale.ENGLISH).get("clickable").asBoolean()).isTrue();

        bars.fireCategoryClick(1, -1);
        bars.fireCategoryClick(2, -1);
        bars.fireCategoryClick(-1, -1);
        assertThat(clicks).singleElement().satisfies(e -> {
            assertThat(e.category()).isEqualTo("Sales");
            assertThat(e.categoryIndex()).isEqualTo(1);
            assertThat(e.column()).isEmpty();
        });

        registration.remove();
        assertThat(bars.toJson(Locale.ENGLISH).get("clickable").asBoolean()).isFalse();

        List<CategoryClickEvent> cellClicks = new ArrayList<>();
        Chart heat = Chart.heatmap("H").emptyText("-").hiddenCellText("-")
                .heatmap(List.of("Tools", "Support"), List.of("Accounting"), new Double[][] {{1.0, 2.0}}, 0, 10);
        heat.addCategoryClickListener(cellClicks::add);
        heat.fireCategoryClick(0, 1);
        heat.fireCategoryClick(0, 2);
        assertThat(cellClicks).singleElement().satisfies(e -> {
            assertThat(e.category()).isEqualTo("Accounting");
            assertThat(e.column()).contains("Support");
            assertThat(e.columnIndex()).isEqualTo(1);
        });
    }

    @Test
    void the_palette_has_the_apps_department_colours_and_eight_distinct_categorical_ones() {
        assertThat(ChartColor.SUPPORT.hex()).isEqualTo("#7a4fb5");
        assertThat(ChartColor.FRONT_OFFICE.hex()).isEqualTo("#1f7a8c");
        List<ChartColor> categorical = java.util.stream.IntStream.range(0, 8).mapToObj(ChartColor::categorical).toList();
        assertThat(categorical).doesNotHaveDuplicates()
                .doesNotContain(ChartColor.SUPPORT, ChartColor.FRONT_OFFICE, ChartColor.COMPANY);
        assertThat(ChartColor.categorical(8)).isEqualTo(ChartColor.categorical(0));
    }

    private static Chart scatter() {
        return Chart.scatter("Comfort vs satisfaction")
                .format(ValueFormat.SCORE)
                .categories(List.of("IT", "HR", "Legal"))
                .xValues("Own comfort", values(48.5, 61.0, null), 0.0, 100.0)
                .yAxis("Satisfaction", 0.0, 100.0)
                .series("Support functions", values(35.25, 70.0, 55.0), SeriesStyle.solid(ChartColor.SUPPORT),
                        Arrays.asList(null, null, "not shown"));
    }

    @Test
    void a_scatter_sends_one_x_and_one_y_per_named_point_and_is_empty_without_a_point_having_both() {
        JsonNode model = scatter().toJson(Locale.ENGLISH);
        assertThat(model.get("type").asString()).isEqualTo("scatter");
        assertThat(model.get("xAxisName").asString()).isEqualTo("Own comfort");
        assertThat(model.get("xAxis").toString())
                .isEqualTo("{\"min\":0.0,\"max\":100.0,\"values\":[48.5,61.0,null],\"labels\":[\"48.5\",\"61.0\",null]}");
        assertThat(model.get("series").get(0).get("values").toString()).isEqualTo("[35.25,70.0,55.0]");
        assertThat(model.get("empty").asBoolean()).isFalse();
        assertThat(trend().toJson(Locale.ENGLISH).get("xAxis").isNull()).isTrue();

        Chart lonely = Chart.scatter("t").categories(List.of("IT", "HR"))
                .xValues("x", values(null, 50.0), null, null)
                .series("s", values(40.0, null), SeriesStyle.solid(ChartColor.SUPPORT));
        assertThat(lonely.isEmpty()).isTrue();
        assertThatThrownBy(() -> Chart.line("t").xValues("x", values(1.0), null, null))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> Chart.scatter("t").categories(List.of("a", "b")).xValues("x", values(1.0), null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
