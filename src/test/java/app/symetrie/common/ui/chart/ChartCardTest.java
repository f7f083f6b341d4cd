package app.symetrie.common.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.JsonNodeFactory;

/** Without a browser: every chart carries a real table with the same figures, in the viewer's language. */
class ChartCardTest extends BrowserlessTest {

    /** No views: only the component, in a mocked UI with the app's translations. */
    @Override
    protected Set<String> scanPackages() {
        return Set.of(ChartCardTest.class.getPackageName());
    }

    @BeforeEach
    void french() {
        UI.getCurrent().setLocale(Locale.FRENCH);
    }

    private ChartCard show(Chart chart) {
        ChartCard card = new ChartCard(chart);
        UI.getCurrent().add(card);
        roundTrip();
        return card;
    }

    private static Element table(ChartCard card) {
        return descendants(card.getElement()).filter(e -> e.getTag().equals("table")).findFirst().orElseThrow();
    }

    private static List<String> texts(Element table, String tag) {
        return descendants(table).filter(e -> e.getTag().equals(tag)).map(Element::getTextRecursively).toList();
    }

    /** The element and all elements below it (text nodes left out). */
    private static Stream<Element> descendants(Element element) {
        return Stream.concat(Stream.of(element),
                element.getChildren().filter(e -> !e.isTextNode()).flatMap(ChartCardTest::descendants));
    }

    private static Details toggle(ChartCard card) {
        return descendants(card.getElement()).filter(e -> e.getTag().equals("vaadin-details"))
                .map(e -> (Details) e.getComponent().orElseThrow()).findFirst().orElseThrow();
    }

    @Test
    void the_table_alternative_holds_the_same_figures_as_the_chart() {
        ChartCard card = show(Chart.line("Confort numérique")
                .format(ValueFormat.SCORE)
                .categories(List.of("Vague 1", "Vague 2", "Vague 3"))
                .xAxisName("Vague")
                .series("Comptabilité", Arrays.asList(61.25, null, 72.34), SeriesStyle.solid(ChartColor.SUPPORT),
                        Arrays.asList(null, null, "▲"))
                .series("Entreprise", Arrays.asList(65.0, 66.0, 68.0), SeriesStyle.reference(ChartColor.COMPANY))
                .referenceLine("Objectif", 75, ChartColor.GREEN));

        Details toggle = toggle(card);
        assertThat(toggle.getSummaryText()).isEqualTo("Afficher sous forme de tableau");
        assertThat(toggle.isOpened()).isFalse();
        assertThat(toggle.isVisible()).isTrue();

        Element table = table(card);
        assertThat(table.getTag()).isEqualTo("table");
        assertThat(texts(table, "caption")).containsExactly("Confort numérique");
        assertThat(texts(table, "th")).containsExactly("Vague", "Comptabilité", "Entreprise",
                "Vague 1", "Vague 2", "Vague 3", "Objectif");
        assertThat(texts(table, "td")).containsExactly(
                "61,3", "65,0",
                "—pas de valeur", "66,0",
                "72,3 ▲", "68,0",
                "75,0");
        assertThat(descendants(table).filter(e -> e.getTag().equals("th")).map(e -> e.getAttribute("scope")))
                .containsExactly("col", "col", "col", "row", "row", "row", "row");
    }

    @Test
    void a_heatmap_table_shows_hidden_cells_with_the_callers_explanation() {
        @Nullable Double[][] values = {{71.0, null}, {55.56, 90.0}};
        ChartCard card = show(Chart.heatmap("Par département")
                .format(ValueFormat.PERCENT)
                .heatmap(List.of("Outils", "Support"), List.of("Comptabilité", "Ventes"), values, 0, 100)
                .hiddenCellText("Masqué (moins de 5 réponses)"));

        Element table = table(card);
        assertThat(texts(table, "th")).containsExactly("Outils", "Support", "Comptabilité", "Ventes");
        assertThat(texts(table, "td")).hasSize(5).first().isEqualTo("");
        assertThat(texts(table, "td").subList(1, 5)).satisfiesExactly(
                c -> assertThat(c).matches("71,0\\h%"),
                c -> assertThat(c).isEqualTo("Masqué (moins de 5 réponses)"),
                c -> assertThat(c).matches("55,6\\h%"),
                c -> assertThat(c).matches("90,0\\h%"));
    }

    @Test
    void the_defaults_are_translated_and_an_empty_chart_offers_no_table() {
        Chart chart = Chart.bar("Outils").categories(List.of("A"));
        ChartCard card = show(chart);

        assertThat(chart.toJson(Locale.FRENCH).get("emptyText").asString()).isEqualTo("Pas encore de données à afficher.");
        assertThat(toggle(card).isVisible()).isFalse();

        chart.series("Usage", List.of(3.0), SeriesStyle.solid(ChartColor.BLUE));
        roundTrip();
        assertThat(toggle(card).isVisible()).isTrue();
        assertThat(texts(table(card), "td")).containsExactly("3");

        UI.getCurrent().setLocale(Locale.ENGLISH);
        roundTrip();
        assertThat(toggle(card).getSummaryText()).isEqualTo("Show as table");
        assertThat(Chart.heatmap("H").hiddenCellTextOrDefault()).isEqualTo("Hidden: too few answers to keep them anonymous.");
    }

    @Test
    void with_a_click_listener_the_tables_categories_are_buttons_that_click_through() {
        Chart chart = Chart.horizontalBar("Irritants")
                .categories(List.of("VPN", "Impression"))
                .series("Part", List.of(41.0, 12.0), SeriesStyle.solid(ChartColor.ORANGE).withValueLabels());
        List<String> clicked = new ArrayList<>();
        chart.addCategoryClickListener(e -> clicked.add(e.category()));
        ChartCard card = show(chart);

        List<Element> buttons = descendants(table(card)).filter(e -> e.getTag().equals("button")).toList();
        assertThat(buttons).extracting(Element::getText).containsExactly("VPN", "Impression");
        Element second = buttons.get(1);
        second.getNode().getFeature(ElementListenerMap.class)
                .fireEvent(new DomEvent(second, "click", JsonNodeFactory.instance.objectNode()));
        assertThat(clicked).containsExactly("Impression");
        assertThat(chart.getElement().getPropertyRaw("model").toString()).contains("\"clickable\":true");
    }

    @Test
    void a_scatter_table_lists_each_point_with_both_values() {
        ChartCard card = show(Chart.scatter("Confort et satisfaction")
                .format(ValueFormat.SCORE)
                .categories(List.of("Informatique", "Juridique"))
                .xValues("Confort propre", Arrays.asList(48.5, null), 0.0, 100.0)
                .yAxis("Satisfaction", 0.0, 100.0)
                .series("Fonctions support", Arrays.asList(35.25, 70.0), SeriesStyle.solid(ChartColor.SUPPORT)));
        Element table = table(card);
        assertThat(texts(table, "th")).containsExactly("", "Confort propre", "Fonctions support",
                "Informatique", "Juridique");
        assertThat(texts(table, "td")).containsExactly("48,5", "35,3", "—pas de valeur", "70,0");
    }
}
