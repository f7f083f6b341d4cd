package app.symetrie.internalcustomer.ui;

import app.symetrie.barometer.ServiceStatements;
import app.symetrie.common.Role;
import app.symetrie.common.ui.Blocks;
import app.symetrie.common.ui.Formats;
import app.symetrie.common.ui.chart.Chart;
import app.symetrie.common.ui.chart.ChartCard;
import app.symetrie.common.ui.chart.ChartColor;
import app.symetrie.common.ui.chart.SeriesStyle;
import app.symetrie.common.ui.chart.ValueFormat;
import app.symetrie.internalcustomer.InternalCustomerRecords.Panel;
import app.symetrie.internalcustomer.InternalCustomerRecords.PainShare;
import app.symetrie.internalcustomer.InternalCustomerRecords.Satisfaction;
import app.symetrie.internalcustomer.InternalCustomerRecords.Score;
import app.symetrie.internalcustomer.InternalCustomerRecords.SupportFunction;
import app.symetrie.internalcustomer.InternalCustomerRecords.Symmetry;
import app.symetrie.internalcustomer.InternalCustomerRecords.SymmetryPoint;
import app.symetrie.internalcustomer.InternalCustomerRecords.WavePanel;
import app.symetrie.internalcustomer.InternalCustomerRecords.WaveRef;
import app.symetrie.internalcustomer.InternalCustomerService;
import app.symetrie.security.CurrentUser;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Support functions rated by their internal customers: for a lead, every support function on two axes (its own
 * digital comfort against the satisfaction of those it serves) and any function's panel; for the manager of a support
 * function, its own panel. Every figure comes from what the close stored (docs/decisions/031-internal-customers.md).
 */
@Route("internal-customers")
@RolesAllowed(Role.MANAGER_ROLE)
@Menu(order = 33, icon = "vaadin:handshake", title = "nav.internal-customers")
public class InternalCustomersView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final InternalCustomerService service;
    private final Select<SupportFunction> function = new Select<>();
    private final Div symmetrySection = new Div();
    private final Div panelSection = new Div();
    private final List<SupportFunction> functions;

    InternalCustomersView(InternalCustomerService service) {
        this.service = service;
        addClassName("internal-customers");
        add(new Paragraph(getTranslation("internal.intro")));
        functions = service.readableFunctions();
        boolean lead = CurrentUser.get().map(u -> u.has(Role.LEAD)).orElse(false);
        if (lead) {
            symmetrySection.setId("internal-symmetry");
            symmetrySection.setWidthFull();
            add(symmetrySection);
        }
        panelSection.setId("internal-panel");
        panelSection.setWidthFull();
        if (functions.isEmpty()) {
            add(Blocks.emptyState(getTranslation("internal.none")));
            return;
        }
        function.setLabel(getTranslation("internal.function"));
        function.setItems(functions);
        function.setItemLabelGenerator(SupportFunction::name);
        function.setId("internal-function");
        function.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                showPanel(e.getValue());
                // the address names the function shown, so that it can be shared and reloaded
                getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                        "internal-customers?function=" + e.getValue().id().value()));
            }
        });
        add(new H2(getTranslation("internal.panel.title")), function, panelSection);
        if (lead) {
            showSymmetry(null);
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (functions.isEmpty()) {
            return;
        }
        QueryParameters query = event.getLocation().getQueryParameters();
        String wanted = query.getSingleParameter("function").orElse(null);
        function.setValue(functions.stream().filter(f -> f.id().value().equals(wanted)).findFirst()
                .orElse(functions.getFirst()));
    }

    // ----- the two axes

    private void showSymmetry(@Nullable WaveRef wave) {
        symmetrySection.removeAll();
        symmetrySection.add(new H2(getTranslation("internal.symmetry.title")),
                new Paragraph(getTranslation("internal.symmetry.hint")));
        Optional<Symmetry> found = service.symmetry(wave == null ? null : wave.id(), getLocale());
        if (found.isEmpty()) {
            symmetrySection.add(Blocks.emptyState(getTranslation("internal.no-wave")));
            return;
        }
        Symmetry symmetry = found.get();
        Select<WaveRef> waves = new Select<>();
        waves.setLabel(getTranslation("internal.wave"));
        waves.setItems(symmetry.waves().reversed());
        waves.setItemLabelGenerator(WaveRef::label);
        waves.setValue(symmetry.wave());
        waves.setId("internal-symmetry-wave");
        waves.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                showSymmetry(e.getValue());
            }
        });
        List<SymmetryPoint> points = symmetry.points();
        Chart chart = Chart.scatter(getTranslation("internal.symmetry.chart", symmetry.wave().label()))
                .format(ValueFormat.SCORE)
                .categories(points.stream().map(p -> p.function().name()).toList())
                .xValues(getTranslation("internal.symmetry.x"), points.stream().map(SymmetryPoint::comfort).toList(),
                        0.0, 100.0)
                .yAxis(getTranslation("internal.symmetry.y"), 0.0, 100.0)
                .series(getTranslation("internal.symmetry.series"),
                        points.stream().map(SymmetryPoint::satisfaction).toList(), SeriesStyle.solid(ChartColor.SUPPORT),
                        points.stream().map(p -> p.satisfaction() == null || p.comfort() == null
                                ? getTranslation("internal.symmetry.missing") : null).toList())
                .emptyText(getTranslation("internal.symmetry.empty"));
        chart.setId("internal-symmetry-chart");
        chart.addCategoryClickListener(e -> function.setValue(points.get(e.categoryIndex()).function()));
        ChartCard card = new ChartCard(chart);
        card.setWidthFull();
        symmetrySection.add(waves, card, new Paragraph(getTranslation("internal.symmetry.reading")));
    }

    // ----- one function's panel

    private void showPanel(SupportFunction chosen) {
        panelSection.removeAll();
        Panel panel = service.panel(chosen.id(), getLocale());
        WavePanel latest = panel.latest();
        if (latest == null) {
            panelSection.add(Blocks.emptyState(getTranslation("internal.no-wave")));
            return;
        }
        panelSection.add(new H3(getTranslation("internal.panel.latest", chosen.name(), latest.wave().label())));
        if (!latest.rated() || latest.all() == null) {
            panelSection.add(Blocks.emptyState(getTranslation("internal.panel.not-rated", latest.k())));
        } else {
            panelSection.add(figures(latest), statements(latest));
        }
        panelSection.add(trend(panel), pains(latest));
    }

    private Div figures(WavePanel w) {
        Div figures = new Div();
        figures.addClassName("figures");
        figures.add(figure("internal.raters.all", w.all(), w.k()));
        figures.add(figure("internal.raters.front", w.frontOffice(), w.k()));
        figures.add(figure("internal.raters.support", w.otherSupport(), w.k()));
        return figures;
    }

    private Div figure(String labelKey, @Nullable Satisfaction s, int k) {
        if (s == null) {
            Div hidden = Blocks.figure(getTranslation(labelKey), "—");
            hidden.add(new Paragraph(getTranslation("internal.hidden", k)));
            return hidden;
        }
        Div shown = Blocks.figure(getTranslation(labelKey), score(s.overall().value()));
        shown.add(new Paragraph(detail(s.overall())));
        return shown;
    }

    private String detail(Score score) {
        String text = Double.isNaN(score.margin())
                ? getTranslation("internal.n", score.n())
                : getTranslation("internal.n-margin", score.n(), Formats.decimal(getLocale(), score.margin(), 1));
        return score.indicative() ? text + " · " + getTranslation("internal.indicative") : text;
    }

    private ChartCard statements(WavePanel w) {
        List<String> codes = ServiceStatements.CODES;
        Chart chart = Chart.horizontalBar(getTranslation("internal.statements.chart")).format(ValueFormat.SCORE)
                .categories(codes.stream().map(c -> getTranslation("internal.statement." + c)).toList())
                .yAxis(getTranslation("internal.satisfaction"), 0.0, 100.0)
                .emptyText(getTranslation("internal.hidden", w.k()));
        addStatements(chart, "internal.raters.all", w.all(), ChartColor.COMPANY, codes, w.k());
        addStatements(chart, "internal.raters.front", w.frontOffice(), ChartColor.FRONT_OFFICE, codes, w.k());
        addStatements(chart, "internal.raters.support", w.otherSupport(), ChartColor.SUPPORT, codes, w.k());
        chart.setId("internal-statements-chart");
        ChartCard card = new ChartCard(chart);
        card.setWidthFull();
        return card;
    }

    private void addStatements(Chart chart, String nameKey, @Nullable Satisfaction s, ChartColor color,
                               List<String> codes, int k) {
        if (s == null) {
            return;
        }
        Map<String, Score> byCode = s.statements();
        chart.series(getTranslation(nameKey), codes.stream().map(c -> byCode.containsKey(c)
                        ? (Double) byCode.get(c).value() : null).toList(), SeriesStyle.solid(color).withValueLabels(),
                codes.stream().map(c -> byCode.containsKey(c) ? null : getTranslation("internal.hidden.short", k))
                        .toList());
    }

    private ChartCard trend(Panel panel) {
        List<WavePanel> waves = panel.waves();
        Function<Function<WavePanel, @Nullable Satisfaction>, List<@Nullable Double>> line = pick -> {
            List<@Nullable Double> values = new ArrayList<>();
            waves.forEach(w -> {
                Satisfaction s = pick.apply(w);
                values.add(s == null ? null : s.overall().value());
            });
            return values;
        };
        Chart chart = Chart.line(getTranslation("internal.trend.chart")).format(ValueFormat.SCORE)
                .categories(waves.stream().map(w -> w.wave().label()).toList())
                .yAxis(getTranslation("internal.satisfaction"), 0.0, 100.0)
                .series(getTranslation("internal.raters.all"), line.apply(WavePanel::all),
                        SeriesStyle.solid(ChartColor.COMPANY).withMarkers(true))
                .series(getTranslation("internal.raters.front"), line.apply(WavePanel::frontOffice),
                        SeriesStyle.solid(ChartColor.FRONT_OFFICE).withMarkers(true))
                .series(getTranslation("internal.raters.support"), line.apply(WavePanel::otherSupport),
                        SeriesStyle.solid(ChartColor.SUPPORT).withMarkers(true))
                .emptyText(getTranslation("internal.trend.empty"));
        chart.setId("internal-trend-chart");
        ChartCard card = new ChartCard(chart);
        card.setWidthFull();
        return card;
    }

    private Div pains(WavePanel w) {
        Div section = new Div(new H3(getTranslation("internal.pains.title")));
        section.setId("internal-pains");
        if (w.dissatisfied() == null || w.pains().isEmpty()) {
            section.add(Blocks.emptyState(getTranslation("internal.pains.none", w.k())));
            return section;
        }
        section.add(new Paragraph(getTranslation("internal.pains.hint", w.dissatisfied())));
        OrderedList list = new OrderedList();
        w.pains().stream().filter(p -> p.share() > 0).limit(5).forEach(p -> list.add(new ListItem(painText(p))));
        section.add(list);
        return section;
    }

    private String painText(PainShare p) {
        return getTranslation("internal.pains.item", p.label(), Formats.percent(getLocale(), p.share() / 100),
                Formats.percent(getLocale(), p.companyShare() / 100));
    }

    private String score(double value) {
        return ValueFormat.SCORE.format(value, getLocale());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.internal-customers");
    }
}
