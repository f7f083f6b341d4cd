package app.symetrie.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.symetrie.common.ui.chart.Chart;
import app.symetrie.common.ui.chart.ChartCard;
import app.symetrie.common.ui.chart.ChartColor;
import app.symetrie.common.ui.chart.SeriesStyle;
import app.symetrie.common.ui.chart.ValueFormat;
import app.symetrie.test.IntegrationTest;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ReducedMotion;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * In a real browser: the four kinds of chart draw with ECharts, click through, and offer their table alternative;
 * screenshots on a desktop and on a phone. The page is registered for this test only (no {@code @Route}: it is not a
 * view of the product and stays out of the route scans).
 */
@IntegrationTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(ChartJourneyIT.ChartPageRoute.class)
class ChartJourneyIT extends BrowserJourney {

    @Test
    void the_charts_draw_click_through_and_show_their_figures_as_a_table() {
        page.emulateMedia(new Page.EmulateMediaOptions().setReducedMotion(ReducedMotion.REDUCE));
        page.navigate(url("/" + ChartPage.PATH));
        Locator charts = page.locator("sym-chart");
        assertThat(charts).hasCount(4);
        for (int i = 0; i < 4; i++) {
            assertThat(charts.nth(i).locator("svg")).isVisible();
        }
        assertThat(page.locator("#trend svg text").filter(new Locator.FilterOptions().setHasText("Entreprise")))
                .isVisible();
        assertThat(page.locator("#trend .title")).hasText("Confort numérique par vague");
        assertThat(page.locator("#trend")).hasAttribute("role", "img");

        page.locator("#heatmap svg text").filter(new Locator.FilterOptions().setHasText("Ventes")).first().click();
        assertThat(page.locator("#clicked")).hasText("Ventes");
        page.locator("#pain-points svg text").filter(new Locator.FilterOptions().setHasText("VPN")).first().click();
        assertThat(page.locator("#clicked")).hasText("VPN lent à la maison");

        page.locator("#heatmap svg text").filter(new Locator.FilterOptions().setHasText("–")).first().hover();
        assertThat(page.locator("#heatmap").getByText("Masqué : moins de 5 réponses")).isVisible();

        page.locator("#trend-card vaadin-details-summary").click();
        assertThat(page.locator("#trend-card table caption")).hasText("Confort numérique par vague");
        assertThat(page.locator("#trend-card table")).containsText("72,3 ▲");
        assertThat(page.locator("#heatmap-card table")).hasCount(1);
        screenshot("chart-desktop");

        page.setViewportSize(390, 844);
        page.waitForTimeout(500);
        Object tooWide = page.evaluate("() => [...document.querySelectorAll('body *')]"
                + ".filter(e => e.getBoundingClientRect().right > window.innerWidth + 1 && !e.closest('.chart-table-scroll'))"
                + ".map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + ' ' + Math.round(e.getBoundingClientRect().right))"
                + ".concat(document.documentElement.scrollWidth > window.innerWidth ? ['page ' + document.documentElement.scrollWidth] : [])");
        org.assertj.core.api.Assertions.assertThat((java.util.List<?>) tooWide).as("wider than a phone").isEmpty();
        screenshot("chart-phone");
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class ChartPageRoute {

        @Bean
        VaadinServiceInitListener chartPage() {
            return event -> RouteConfiguration
                    .forRegistry(ApplicationRouteRegistry.getInstance(event.getSource().getContext()))
                    .setRoute(ChartPage.PATH, ChartPage.class);
        }
    }

    /** Sample charts as the boards will draw them (texts hard-coded: this page is a test fixture). */
    @AnonymousAllowed
    @PageTitle("Graphiques (page de test)")
    public static class ChartPage extends Div {

        static final String PATH = "test-chart";
        private static final List<String> WAVES = List.of("Janv.", "Févr.", "Mars", "Avr.", "Mai", "Juin", "Juil.");
        private static final List<String> DIMENSIONS = List.of("Outils", "Accès et mobilité", "Support",
                "Collaboration", "Compétences", "Autonomie");

        public ChartPage() {
            getStyle().set("max-width", "64rem").set("margin", "0 auto").set("padding", "var(--lumo-space-m)")
                    .set("box-sizing", "border-box");
            Span clicked = new Span();
            clicked.setId("clicked");

            Chart trend = Chart.line("Confort numérique par vague")
                    .format(ValueFormat.SCORE)
                    .categories(WAVES)
                    .yAxis("Score (0–100)", 0.0, 100.0)
                    .series("Comptabilité", values(58.0, 61.5, 63.0, 60.2, 66.8, 70.1, 72.34),
                            SeriesStyle.solid(ChartColor.SUPPORT),
                            Arrays.asList(null, null, null, "▼", null, null, "▲"))
                    .series("Ventes", values(64.0, 66.0, null, 69.5, 71.0, 70.4, 74.0),
                            SeriesStyle.solid(ChartColor.FRONT_OFFICE),
                            Arrays.asList(null, null, "n<5 masqué", null, null, null, null))
                    .series("Fonctions support", values(60.0, 62.0, 63.5, 62.0, 65.0, 67.0, 68.5),
                            SeriesStyle.reference(ChartColor.SUPPORT))
                    .series("Entreprise", values(62.0, 63.5, 65.0, 64.8, 67.2, 68.0, 70.0),
                            SeriesStyle.reference(ChartColor.COMPANY));
            trend.setId("trend");

            Chart painPoints = Chart.horizontalBar("Irritants les plus cités")
                    .format(ValueFormat.PERCENT)
                    .categories(List.of("VPN lent à la maison", "Imprimantes en panne", "Trop de mots de passe",
                            "Visioconférence instable", "Poste de travail lent"))
                    .yAxis("Part des répondants", 0.0, 100.0)
                    .series("Part des répondants", values(46.2, 38.0, 31.5, 22.0, 12.4),
                            SeriesStyle.solid(ChartColor.SUPPORT).withValueLabels())
                    .referenceLine("Moyenne entreprise", 30.0, ChartColor.COMPANY);
            painPoints.setId("pain-points");
            painPoints.addCategoryClickListener(e -> clicked.setText(e.category()));

            Chart tools = Chart.bar("Usage des outils")
                    .categories(List.of("Messagerie", "Intranet", "CRM", "ERP", "Visio"))
                    .xAxisName("Outil")
                    .yAxis("Répondants", 0.0, null)
                    .series("Chaque jour", values(40.0, 12.0, 18.0, 9.0, 25.0),
                            SeriesStyle.solid(ChartColor.categorical(0)).withStacking())
                    .series("Chaque semaine", values(6.0, 20.0, 8.0, 11.0, 15.0),
                            SeriesStyle.solid(ChartColor.categorical(1)).withStacking())
                    .series("Rarement", values(2.0, 14.0, null, 6.0, 4.0),
                            SeriesStyle.solid(ChartColor.categorical(2)).withStacking());
            tools.setId("tools");

            @Nullable Double[][] scores = {
                    {72.0, 64.5, 81.0, 70.0, 58.0, 66.0},
                    {55.0, null, 61.0, 49.5, 52.0, 60.0},
                    {80.5, 77.0, 83.0, 79.0, 74.0, 81.0},
                    {null, null, null, null, null, null},
                    {63.0, 70.0, 45.0, 68.0, 61.0, 59.5}};
            Chart heatmap = Chart.heatmap("Score par département et dimension")
                    .format(ValueFormat.SCORE)
                    .heatmap(DIMENSIONS, List.of("Comptabilité", "Ressources humaines", "Ventes", "Juridique",
                            "Service client"), scores, 0, 100)
                    .hiddenCellText("Masqué : moins de 5 réponses");
            heatmap.setId("heatmap");
            heatmap.setHeight("380px");
            heatmap.addCategoryClickListener(e -> clicked.setText(e.category()));

            add(card(trend, "trend-card"), card(painPoints, "pain-points-card"), card(tools, "tools-card"),
                    card(heatmap, "heatmap-card"), clicked);
        }

        private static ChartCard card(Chart chart, String id) {
            ChartCard card = new ChartCard(chart);
            card.setId(id);
            card.addClassName("card");
            card.getStyle().set("margin-bottom", "var(--lumo-space-m)").set("box-sizing", "border-box");
            return card;
        }

        private static List<@Nullable Double> values(@Nullable Double... values) {
            return Arrays.asList(values);
        }
    }
}
