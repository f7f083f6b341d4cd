package app.symetrie.mirror.ui;

import app.symetrie.common.Role;
import app.symetrie.common.ui.Blocks;
import app.symetrie.common.ui.Formats;
import app.symetrie.common.ui.chart.Chart;
import app.symetrie.common.ui.chart.ChartCard;
import app.symetrie.common.ui.chart.ChartColor;
import app.symetrie.common.ui.chart.SeriesStyle;
import app.symetrie.common.ui.chart.ValueFormat;
import app.symetrie.mirror.Correlation;
import app.symetrie.mirror.CustomerMirrorService;
import app.symetrie.mirror.MeasureKind;
import app.symetrie.mirror.MirrorRecords.DepartmentTrend;
import app.symetrie.mirror.MirrorRecords.Mirror;
import app.symetrie.mirror.MirrorRecords.Point;
import app.symetrie.mirror.MirrorRecords.Scatter;
import app.symetrie.mirror.MirrorRecords.TimePoint;
import app.symetrie.mirror.MirrorRecords.WaveChoice;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.DoubleSummaryStatistics;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The customer mirror (leads): per front-office department, its published digital comfort beside its customers'
 * satisfaction over the quarters; the scatter of departments for one wave with Pearson's r, n and its 95 % interval,
 * an optional one-quarter lag and the caveats in plain words; support functions with the satisfaction of their
 * internal customers; and the customer figures themselves (docs/decisions/035-customer-mirror.md).
 */
@Route("customer-mirror")
@RolesAllowed(Role.LEAD_ROLE)
@Menu(order = 34, icon = "vaadin:exchange", title = "nav.customer-mirror")
public class CustomerMirrorView extends VerticalLayout implements HasDynamicTitle {

    private final CustomerMirrorService service;
    private final Select<MeasureKind> kind = new Select<>();
    private final Select<WaveChoice> wave = new Select<>();
    private final Checkbox lag = new Checkbox();
    private final Div scatterSection = new Div();
    private final Div supportSection = new Div();
    private final Div trendSection = new Div();
    private final Select<DepartmentTrend> department = new Select<>();
    private final Div trendChart = new Div();
    private @Nullable Mirror mirror;

    CustomerMirrorView(CustomerMirrorService service) {
        this.service = service;
        addClassName("customer-mirror");
        add(new Paragraph(getTranslation("mirror.intro")));

        kind.setId("mirror-kind");
        kind.setWidth("16em");
        kind.setLabel(getTranslation("mirror.field.kind"));
        kind.setItemLabelGenerator(k -> getTranslation("mirror.kind." + k.name()));
        wave.setId("mirror-wave");
        wave.setWidth("16em");
        wave.setLabel(getTranslation("mirror.wave"));
        wave.setItemLabelGenerator(w -> getTranslation("mirror.wave.label", w.label(), w.period().toString()));
        lag.setId("mirror-lag");
        lag.setLabel(getTranslation("mirror.lag"));
        kind.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                refresh(false, false);
            }
        });
        wave.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                refresh(false, false);
            }
        });
        lag.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                refresh(false, true);
            }
        });
        HorizontalLayout controls = new HorizontalLayout(kind, wave, lag);
        controls.setAlignItems(FlexComponent.Alignment.BASELINE);
        controls.setWrap(true);

        scatterSection.setId("mirror-scatter-section");
        scatterSection.setWidthFull();
        supportSection.setId("mirror-support-section");
        supportSection.setWidthFull();
        trendSection.setId("mirror-trend-section");
        trendSection.setWidthFull();
        department.setId("mirror-department");
        department.setLabel(getTranslation("mirror.field.department"));
        department.setItemLabelGenerator(DepartmentTrend::name);
        department.addValueChangeListener(e -> showTrend(e.getValue()));
        trendChart.setWidthFull();
        trendSection.add(new H2(getTranslation("mirror.trend.title")), department, trendChart);

        add(controls, scatterSection, trendSection, supportSection,
                new CustomerFiguresPanel(service, () -> refresh(false, true)));
        refresh(true, true);
    }

    /**
     * Reads the mirror again. {@code defaults}: let the service choose the measure and the wave; {@code orAnotherWave}:
     * when the wave shown has no department with both figures (the lag turned on for the latest wave), let it choose
     * the wave.
     */
    private void refresh(boolean defaults, boolean orAnotherWave) {
        WaveChoice shownWave = wave.getValue();
        Mirror asked = service.mirror(defaults ? null : kind.getValue(),
                defaults || shownWave == null ? null : shownWave.id(), lag.getValue(), getLocale());
        Mirror m = orAnotherWave && shownWave != null
                && asked.customers().points().stream().noneMatch(Point::complete)
                ? service.mirror(asked.kind(), null, lag.getValue(), getLocale()) : asked;
        mirror = m;
        kind.setItems(m.kinds());
        kind.setValue(m.kind());
        wave.setItems(m.waves().reversed());
        wave.setValue(m.wave());
        wave.setEnabled(!m.waves().isEmpty());
        showScatter(m);
        showSupport(m);
        DepartmentTrend shown = department.getValue();
        department.setItems(m.trends());
        department.setValue(m.trends().stream().filter(t -> shown != null && t.id().equals(shown.id())).findFirst()
                .or(() -> m.trends().stream().filter(DepartmentTrend::hasCustomerFigures).findFirst())
                .or(() -> m.trends().stream().findFirst()).orElse(null));
    }

    // ----- front office: comfort against customer figures

    private void showScatter(Mirror m) {
        scatterSection.removeAll();
        scatterSection.add(new H2(getTranslation("mirror.scatter.title")));
        WaveChoice w = m.wave();
        if (w == null || m.customerPeriod() == null) {
            scatterSection.add(Blocks.emptyState(getTranslation("mirror.no-wave")));
            return;
        }
        String kindLabel = getTranslation("mirror.kind." + m.kind().name());
        List<Point> points = m.customers().points();
        String title = getTranslation("mirror.scatter.chart", w.label(), kindLabel, m.customerPeriod().toString());
        Chart chart = scatter(title, points, kindLabel, m.kind(), ChartColor.FRONT_OFFICE)
                .emptyText(getTranslation("mirror.scatter.empty"));
        chart.setId("mirror-scatter");
        chart.addCategoryClickListener(e -> {
            Point clicked = points.get(e.categoryIndex());
            m.trends().stream().filter(t -> t.id().equals(clicked.id())).findFirst().ifPresent(department::setValue);
        });
        ChartCard card = new ChartCard(chart);
        card.setWidthFull();
        Paragraph r = new Paragraph(correlation(m.customers().correlation()));
        r.setId("mirror-r");
        scatterSection.add(card, r, caveats(m));
    }

    private Chart scatter(String title, List<Point> points, String yName, MeasureKind yKind, ChartColor color) {
        List<@Nullable Double> xs = points.stream().<@Nullable Double>map(Point::comfort).toList();
        List<@Nullable Double> ys = points.stream().<@Nullable Double>map(Point::other).toList();
        double[] x = bounds(xs, 0, 100);
        double[] y = bounds(ys, yKind.min(), yKind.max());
        return Chart.scatter(title).format(ValueFormat.SCORE)
                .categories(points.stream().map(Point::name).toList())
                .xValues(getTranslation("mirror.comfort"), xs, x[0], x[1])
                .yAxis(yName, y[0], y[1])
                .series(yName, points.stream().map(Point::other).toList(), SeriesStyle.solid(color),
                        points.stream().map(p -> p.complete() ? null : getTranslation(p.comfort() == null
                                ? "mirror.scatter.no-comfort" : "mirror.scatter.no-figure")).toList());
    }

    /**
     * Axis bounds around the values, on multiples of 5 within the scale: departments a few points apart would
     * otherwise sit on top of each other on a 0–100 axis. At least 20 wide; the whole scale without values.
     */
    static double[] bounds(List<@Nullable Double> values, double min, double max) {
        DoubleSummaryStatistics s = values.stream().filter(Objects::nonNull).mapToDouble(Double::doubleValue)
                .summaryStatistics();
        if (s.getCount() == 0) {
            return new double[] {min, max};
        }
        double low = Math.max(min, Math.floor((s.getMin() - 2) / 5) * 5);
        double high = Math.min(max, Math.ceil((s.getMax() + 2) / 5) * 5);
        if (high - low < 20) {
            double missing = 20 - (high - low);
            low = Math.max(min, low - Math.ceil(missing / 10) * 5);
            high = Math.min(max, low + 20);
        }
        return new double[] {low, high};
    }

    /** r, n and the interval in plain words. */
    private String correlation(Correlation c) {
        if (c.r() == null) {
            return getTranslation(c.n() < Correlation.MIN_FOR_R ? "mirror.r.none" : "mirror.r.flat", c.n(),
                    Correlation.MIN_FOR_R);
        }
        String r = Formats.decimal(getLocale(), c.r(), 2);
        if (c.low() == null || c.high() == null) {
            return getTranslation("mirror.r.no-interval", r, c.n(), Correlation.MIN_FOR_INTERVAL);
        }
        String text = getTranslation("mirror.r.value", r, Formats.decimal(getLocale(), c.low(), 2),
                Formats.decimal(getLocale(), c.high(), 2), c.n());
        return c.low() <= 0 && c.high() >= 0 ? text + " " + getTranslation("mirror.r.includes-zero") : text;
    }

    private Div caveats(Mirror m) {
        Div caveats = new Div();
        caveats.setId("mirror-caveats");
        UnorderedList list = new UnorderedList();
        Correlation c = m.customers().correlation();
        if (c.few()) {
            list.add(new ListItem(getTranslation("mirror.caveat.few", c.n())));
        }
        list.add(new ListItem(getTranslation("mirror.caveat.causation")));
        WaveChoice w = Objects.requireNonNull(m.wave());
        list.add(new ListItem(getTranslation(m.lag() ? "mirror.caveat.periods.lag" : "mirror.caveat.periods",
                w.label(), w.period().toString(), String.valueOf(m.customerPeriod()))));
        list.add(new ListItem(getTranslation("mirror.caveat.published")));
        list.add(new ListItem(getTranslation("mirror.caveat.one-measure")));
        caveats.add(new Paragraph(getTranslation("mirror.caveats")), list);
        return caveats;
    }

    // ----- support functions: comfort against internal customers

    private void showSupport(Mirror m) {
        supportSection.removeAll();
        supportSection.add(new H2(getTranslation("mirror.support.title")),
                new Paragraph(getTranslation("mirror.support.intro")));
        WaveChoice w = m.wave();
        if (w == null) {
            supportSection.add(Blocks.emptyState(getTranslation("mirror.no-wave")));
            return;
        }
        WaveChoice satisfactionWave = m.supportWave();
        Scatter support = m.support();
        String yName = getTranslation("mirror.support.satisfaction");
        Chart chart = scatter(getTranslation("mirror.support.chart", w.label(),
                        satisfactionWave == null ? "—" : satisfactionWave.label()), support.points(), yName,
                MeasureKind.SCORE, ChartColor.SUPPORT)
                .emptyText(getTranslation(satisfactionWave == null ? "mirror.support.no-next-wave"
                        : "mirror.support.empty"));
        chart.setId("mirror-support-scatter");
        ChartCard card = new ChartCard(chart);
        card.setWidthFull();
        Paragraph r = new Paragraph(correlation(support.correlation()));
        r.setId("mirror-support-r");
        supportSection.add(card, r);
    }

    // ----- one department over time

    private void showTrend(@Nullable DepartmentTrend trend) {
        trendChart.removeAll();
        Mirror m = mirror;
        if (trend == null || m == null) {
            trendChart.add(Blocks.emptyState(getTranslation("mirror.trend.none")));
            return;
        }
        String kindLabel = getTranslation("mirror.kind." + m.kind().name());
        Chart chart = Chart.line(getTranslation("mirror.trend.chart", trend.name(), kindLabel))
                .format(ValueFormat.SCORE)
                .categories(m.timeline().stream().map(Object::toString).toList())
                .yAxis(getTranslation("mirror.trend.axis"), Math.min(0.0, m.kind().min()), 100.0)
                .series(getTranslation("mirror.comfort"), trend.points().stream().map(TimePoint::comfort).toList(),
                        SeriesStyle.solid(ChartColor.FRONT_OFFICE).withMarkers(true))
                .series(kindLabel, trend.points().stream().map(TimePoint::customer).toList(),
                        SeriesStyle.solid(ChartColor.ORANGE).withMarkers(true))
                .emptyText(getTranslation("mirror.trend.empty"));
        chart.setId("mirror-trend");
        ChartCard card = new ChartCard(chart);
        card.setWidthFull();
        trendChart.add(card);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.customer-mirror");
    }
}
