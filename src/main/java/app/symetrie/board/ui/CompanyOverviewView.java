package app.symetrie.board.ui;

import app.symetrie.board.BoardRecords.Alert;
import app.symetrie.board.BoardRecords.Change;
import app.symetrie.board.BoardRecords.CompanyOverview;
import app.symetrie.board.BoardRecords.EquityPoint;
import app.symetrie.board.BoardRecords.HeatmapRow;
import app.symetrie.board.BoardRecords.RebuildReport;
import app.symetrie.board.BoardRecords.WaveRef;
import app.symetrie.board.BoardExport;
import app.symetrie.board.BoardService;
import app.symetrie.ambassador.ProgramOverview;
import app.symetrie.ambassador.CoachingIntensity;
import app.symetrie.ambassador.ProgramService;
import app.symetrie.training.TrainingReach;
import app.symetrie.common.Role;
import app.symetrie.common.ui.chart.Chart;
import app.symetrie.common.ui.chart.ChartCard;
import app.symetrie.common.ui.chart.ChartColor;
import app.symetrie.common.ui.chart.SeriesStyle;
import app.symetrie.common.ui.chart.ValueFormat;
import app.symetrie.training.TrainingReportService;
import app.symetrie.organization.DepartmentKind;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The company overview for leads: a heatmap of departments × indicators (support functions marked, click-through
 * to the department board), support functions vs front office side by side over time, and alerts.
 */
@Route("overview")
@RolesAllowed({Role.LEAD_ROLE, Role.ADMIN_ROLE})
@Menu(order = 29, icon = "vaadin:grid-big", title = "nav.overview")
public class CompanyOverviewView extends VerticalLayout implements HasDynamicTitle {

    private final BoardService boards;
    private final BoardExport exports;
    private final ProgramService program;
    private final com.vaadin.flow.spring.security.AuthenticationContext authentication;
    private final TrainingReportService trainingReport;
    private final java.time.Clock clock;
    private final Select<WaveRef> wave = new Select<>();
    private final Select<Optional<DepartmentKind>> kind = new Select<>();
    private final Div content = new Div();
    private final Figures fmt;

    CompanyOverviewView(BoardService boards, BoardExport exports, ProgramService program,
                        TrainingReportService trainingReport,
                        com.vaadin.flow.spring.security.AuthenticationContext authentication, java.time.Clock clock) {
        this.clock = clock;
        this.authentication = authentication;
        this.boards = boards;
        this.exports = exports;
        this.program = program;
        this.trainingReport = trainingReport;
        this.fmt = new Figures(this);
        addClassName("overview-view");
        List<WaveRef> waves = boards.publishedWaves();
        wave.setLabel(getTranslation("board.wave"));
        wave.setItems(waves.reversed());
        wave.setItemLabelGenerator(w -> fmt.month(w.opensOn()));
        kind.setLabel(getTranslation("overview.kind"));
        kind.setItems(Optional.empty(), Optional.of(DepartmentKind.SUPPORT), Optional.of(DepartmentKind.FRONT_OFFICE));
        kind.setItemLabelGenerator(k -> k.map(x -> getTranslation("department.kind." + x.name()))
                .orElse(getTranslation("overview.kind.all")));
        kind.setValue(Optional.empty());
        HorizontalLayout filters = new HorizontalLayout(wave, kind);
        if (authentication.hasRole(Role.ADMIN_ROLE)) {
            com.vaadin.flow.component.button.Button rebuild = new com.vaadin.flow.component.button.Button(
                    getTranslation("overview.rebuild"), e -> confirmRebuild(e.getSource()));
            rebuild.setDisableOnClick(true);
            rebuild.setId("rebuild-rollups");
            rebuild.setTooltipText(getTranslation("overview.rebuild.help"));
            filters.add(rebuild);
        }
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        content.setWidthFull();
        add(filters, content);
        add(app.symetrie.common.ui.PagePanels.of(app.symetrie.common.ui.PagePanel.Page.COMPANY_OVERVIEW));
        if (!waves.isEmpty()) {
            wave.setValue(waves.getLast());
        }
        wave.addValueChangeListener(e -> refresh());
        kind.addValueChangeListener(e -> refresh());
        refresh();
    }

    /** Shows what a rebuild would change before doing it: a closed wave's figures never change unseen. */
    private void confirmRebuild(com.vaadin.flow.component.button.Button button) {
        RebuildReport preview = boards.previewRebuild();
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("overview.rebuild"));
        Div text = new Div(new Paragraph(getTranslation("overview.rebuild.preview", preview.waves(),
                preview.answers(), preview.rollupsChanged(), preview.changes().size())));
        if (!preview.changes().isEmpty()) {
            UnorderedList list = new UnorderedList();
            preview.changes().forEach(c -> list.add(new ListItem(getTranslation(
                    c.nowShown() ? "overview.rebuild.shown" : "overview.rebuild.hidden", fmt.month(c.wave().opensOn()),
                    c.department()))));
            text.add(list);
        }
        text.add(new Paragraph(getTranslation("overview.rebuild.audit")));
        confirm.setText(text);
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmText(getTranslation("overview.rebuild.confirm"));
        confirm.addConfirmListener(e -> {
            RebuildReport done = boards.rebuildAll();
            app.symetrie.common.ui.Notifications.success(this, "overview.rebuilt", done.answers(),
                    done.changes().size());
            refresh();
            button.setEnabled(true);
        });
        confirm.addCancelListener(e -> button.setEnabled(true));
        confirm.setId("rebuild-confirm");
        confirm.open();
    }

    private void refresh() {
        content.removeAll();
        WaveRef w = wave.getValue();
        Optional<CompanyOverview> overview = w == null ? Optional.empty()
                : boards.overview(w.id(), kind.getValue().orElse(null), getLocale());
        if (overview.isEmpty()) {
            content.add(new Paragraph(getTranslation("board.no-data")));
            return;
        }
        CompanyOverview o = overview.get();
        // Everything below follows the kind filter: the heading says which scope the figures are of.
        H2 heading = new H2(getTranslation("overview.scope.heading", o.kind() == null
                ? getTranslation("overview.scope.company") : getTranslation("department.kind." + o.kind().name()),
                fmt.month(o.wave().opensOn())));
        heading.setId("overview-scope");
        content.add(heading);
        Div tiles = new Div(
                Figures.tile(getTranslation("board.dci"), o.dci() == null ? getTranslation("board.hidden")
                        : fmt.score(o.dci().value()), o.dci() == null ? null : fmt.margin(o.dci()), "overview-dci"),
                Figures.tile(getTranslation("board.participation"), fmt.percent(o.participation()),
                        o.dci() == null ? getTranslation("overview.fewer-than-k", o.k())
                                : getTranslation("overview.respondents", o.n()), "overview-participation"),
                Figures.tile(getTranslation("board.enps"), fmt.enps(o.enps()), fmt.enpsDetail(o.enps()),
                        "overview-enps"));
        tiles.addClassName("tiles");
        DepartmentKind kindShown = kind.getValue().orElse(null);
        content.add(new ExportLinks(format -> exports.overview(o.wave().id(), kindShown, format, getLocale())
                .orElseThrow()), tiles);
        var programOverview = program.overview();
        content.add(equity(o, programOverview));
        content.add(heatmap(o));
        content.add(alerts(o, programOverview));
    }

    /** The kinds the page is about: the one the filter chose, or both. */
    private static List<DepartmentKind> kinds(CompanyOverview o) {
        return o.kind() == null ? List.of(DepartmentKind.SUPPORT, DepartmentKind.FRONT_OFFICE) : List.of(o.kind());
    }

    private Div heatmap(CompanyOverview o) {
        Div section = new Div(new H3(getTranslation("overview.heatmap")),
                new Paragraph(getTranslation("overview.heatmap.hint", o.k())),
                new Paragraph(getTranslation("overview.heatmap.legend")));
        Grid<HeatmapRow> grid = new Grid<>();
        var name = grid.addComponentColumn(r -> {
            // A link, not only a clickable row: reachable and announced as such by keyboard and screen reader.
            Anchor n = new Anchor("board/" + r.departmentId().value(), r.name());
            n.addClassName("department-link");
            Span badge = new Span(getTranslation(r.kind() == DepartmentKind.SUPPORT ? "overview.support.short"
                    : "overview.front.short"));
            badge.addClassName("kind-badge");
            badge.getElement().getThemeList().add(r.kind() == DepartmentKind.SUPPORT ? "support" : "front");
            return new HorizontalLayout(n, badge);
        }).setHeader(getTranslation("department.name")).setWidth("17rem").setFlexGrow(0).setSortable(true)
                .setComparator(Comparator.comparing(HeatmapRow::name, String.CASE_INSENSITIVE_ORDER));
        heatColumn(grid, getTranslation("board.dci"), HeatmapRow::dci, r -> r.versusCompany().get("dci"), true);
        // n right after the index it stands for, before the dimensions.
        grid.addColumn(r -> r.dci() == null ? getTranslation("board.hidden") : r.n() + (r.indicative()
                        ? " · " + getTranslation("board.indicative") : ""))
                .setHeader(getTranslation("board.answers")).setTextAlign(ColumnTextAlign.END).setSortable(true)
                .setComparator(Comparator.comparing(r -> r.dci() == null ? -1 : r.n()));
        for (String code : o.dimensionCodes()) {
            heatColumn(grid, o.dimensionLabels().getOrDefault(code, code), r -> r.dimensions().get(code),
                    r -> r.versusCompany().get(code), false);
        }
        grid.addColumn(r -> fmt.enps(r.enps()))
                .setHeader(getTranslation("board.enps")).setTextAlign(ColumnTextAlign.END).setSortable(true)
                .setComparator(Comparator.comparing(r -> r.enps() == null ? -1000 : r.enps().value()));
        grid.addColumn(r -> r.dciChange() == null ? "" : fmt.change(r.dciChange()))
                .setHeader(getTranslation("board.change")).setTextAlign(ColumnTextAlign.END).setSortable(true)
                .setComparator(Comparator.comparing(r -> r.dciChange() == null ? 0 : r.dciChange().delta()))
                .setTooltipGenerator(r -> r.dciChange() == null ? null : fmt.changeInterval(r.dciChange()));
        grid.addColumn(r -> fmt.percent(r.participation())).setHeader(getTranslation("board.participation"))
                .setTextAlign(ColumnTextAlign.END).setSortable(true)
                .setComparator(Comparator.comparing(r -> r.participation() == null ? -1 : r.participation()))
                .setPartNameGenerator(r -> r.participation() != null && r.participation() < 0.6 ? "low" : null);
        grid.setItems(o.rows());
        grid.sort(List.of(new GridSortOrder<>(name, SortDirection.ASCENDING)));
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_COLUMN_BORDERS);
        grid.addClassName("heatmap");
        grid.setId("heatmap");
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("board/" + e.getItem().departmentId()
                .value())));
        section.add(grid);
        return section;
    }

    /**
     * A heatmap column: the value is always printed; colour and mark say only where the group's 95 % interval lies
     * wholly above (▲, blue) or below (▼, orange) the company's value — a colour-blind-safe pair, never the only cue.
     */
    private void heatColumn(Grid<HeatmapRow> grid, String header, Function<HeatmapRow, @Nullable Double> value,
                            Function<HeatmapRow, @Nullable Integer> versus, boolean strong) {
        grid.addColumn(r -> heatText(value.apply(r), versus.apply(r))).setHeader(header)
                .setTextAlign(ColumnTextAlign.END)
                .setSortable(true).setComparator(Comparator.comparing(r -> {
                    Double v = value.apply(r);
                    return v == null ? -1 : v;
                }))
                .setPartNameGenerator(r -> {
                    Double v = value.apply(r);
                    if (v == null) {
                        return "heat-hidden";
                    }
                    return heatPart(versus.apply(r)) + (strong ? " heat-strong" : "");
                })
                .setTooltipGenerator(r -> value.apply(r) == null ? null
                        : getTranslation(heatKey(versus.apply(r))));
    }

    static String heatPart(@Nullable Integer versus) {
        return versus == null || versus == 0 ? "heat-within" : versus > 0 ? "heat-above" : "heat-below";
    }

    private static String heatKey(@Nullable Integer versus) {
        return versus == null || versus == 0 ? "overview.heat.within" : versus > 0 ? "overview.heat.above"
                : "overview.heat.below";
    }

    private String heatText(@Nullable Double value, @Nullable Integer versus) {
        String text = fmt.score(value);
        if (value == null || versus == null || versus == 0) {
            return text;
        }
        return text + (versus > 0 ? " ▲" : " ▼");
    }

    private Div equity(CompanyOverview o, ProgramOverview programOverview) {
        Div section = new Div(new H3(getTranslation("overview.equity")),
                new Paragraph(getTranslation("overview.equity.hint")));
        List<DepartmentKind> kinds = kinds(o);
        Chart chart = Chart.line(getTranslation("overview.equity.chart")).format(ValueFormat.SCORE)
                .categories(o.equity().stream().map(p -> fmt.month(p.wave().opensOn())).toList())
                .yAxis(getTranslation("board.dci"), 0.0, 100.0);
        if (kinds.contains(DepartmentKind.SUPPORT)) {
            chart.series(getTranslation("board.ref.support"), o.equity().stream().map(EquityPoint::supportDci)
                    .toList(), SeriesStyle.solid(ChartColor.SUPPORT));
        }
        if (kinds.contains(DepartmentKind.FRONT_OFFICE)) {
            chart.series(getTranslation("board.ref.front"), o.equity().stream().map(EquityPoint::frontDci).toList(),
                    SeriesStyle.solid(ChartColor.FRONT_OFFICE));
        }
        chart.setId("equity-chart");
        ChartCard card = new ChartCard(chart);
        card.setWidthFull();
        section.add(card);

        // The help each side gets: ambassadors (today), coaching (last complete quarter) and trainings held (12
        // months), as of the wave: its close for an older wave, today for the latest.
        boolean latest = o.waves().isEmpty() || o.waves().getLast().id().equals(o.wave().id());
        java.time.LocalDate asOf = latest ? java.time.LocalDate.now(clock) : o.wave().closesOn();
        java.util.Map<DepartmentKind, CoachingIntensity> coaching = new java.util.EnumMap<>(DepartmentKind.class);
        java.util.Map<DepartmentKind, TrainingReach> reach = new java.util.EnumMap<>(DepartmentKind.class);
        for (DepartmentKind k : kinds) {
            List<app.symetrie.organization.DepartmentId> ofKind = o.rows().stream().filter(r -> r.kind() == k)
                    .map(HeatmapRow::departmentId).toList();
            coaching.put(k, program.coaching(asOf, ofKind));
            reach.put(k, trainingReport.reach(asOf.plusDays(1).atStartOfDay(clock.getZone()).toInstant(), ofKind));
        }
        Grid<DepartmentKind> help = new Grid<>();
        help.addColumn(k -> getTranslation(k == DepartmentKind.SUPPORT ? "board.ref.support" : "board.ref.front"))
                .setHeader(getTranslation("overview.kind"));
        help.addColumn(k -> programOverview.kinds().stream().filter(c -> c.kind() == k).findFirst()
                .map(c -> fmt.decimal(c.per100())).orElse("—")).setHeader(getTranslation("board.help.coverage"))
                .setTextAlign(ColumnTextAlign.END);
        help.addColumn(k -> programOverview.kinds().stream().filter(c -> c.kind() == k).findFirst()
                .map(c -> c.uncoveredDepartments() + " / " + c.departments()).orElse("—"))
                .setHeader(getTranslation("overview.uncovered")).setTextAlign(ColumnTextAlign.END);
        // Both maps hold every kind the grid lists (filled just above).
        help.addColumn(k -> fmt.hours(Objects.requireNonNull(coaching.get(k)).hoursPerEmployee()))
                .setHeader(getTranslation("board.help.coaching.quarter",
                        fmt.quarter(Objects.requireNonNull(coaching.get(kinds.getFirst())).quarter())))
                .setTextAlign(ColumnTextAlign.END);
        help.addColumn(k -> fmt.percent(Objects.requireNonNull(reach.get(k)).share()))
                .setHeader(getTranslation("board.help.reach.held")).setTextAlign(ColumnTextAlign.END);
        help.addColumn(k -> String.valueOf(Objects.requireNonNull(reach.get(k)).upcoming()))
                .setHeader(getTranslation("overview.help.upcoming")).setTextAlign(ColumnTextAlign.END);
        help.setItems(kinds);
        help.setAllRowsVisible(true);
        help.addThemeVariants(GridVariant.LUMO_COMPACT);
        help.setId("equity-help");
        Grid<EquityPoint> grid = new Grid<>();
        grid.addColumn(p -> fmt.month(p.wave().opensOn())).setHeader(getTranslation("board.wave"));
        if (o.kind() == null) {
            grid.addColumn(p -> p.supportDci() == null || p.frontDci() == null ? getTranslation("board.hidden")
                    : fmt.signed(p.supportDci() - p.frontDci())).setHeader(getTranslation("overview.gap"))
                    .setTextAlign(ColumnTextAlign.END);
        } else {
            grid.addColumn(p -> fmt.score(o.kind() == DepartmentKind.SUPPORT ? p.supportDci() : p.frontDci()))
                    .setHeader(getTranslation(o.kind() == DepartmentKind.SUPPORT ? "overview.support.dci"
                            : "overview.front.dci")).setTextAlign(ColumnTextAlign.END);
        }
        if (kinds.contains(DepartmentKind.SUPPORT)) {
            grid.addColumn(p -> fmt.percent(p.supportParticipation()))
                    .setHeader(getTranslation("overview.support.part")).setTextAlign(ColumnTextAlign.END);
        }
        if (kinds.contains(DepartmentKind.FRONT_OFFICE)) {
            grid.addColumn(p -> fmt.percent(p.frontParticipation()))
                    .setHeader(getTranslation("overview.front.part")).setTextAlign(ColumnTextAlign.END);
        }
        grid.setItems(o.equity());
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setId("equity-table");
        section.add(help, grid);
        return section;
    }

    private static ListItem alertItem(String text, @Nullable String board) {
        return board == null ? new ListItem(text) : new ListItem(new Anchor(board, text));
    }

    private Div alerts(CompanyOverview o, ProgramOverview programOverview) {
        Div section = new Div(new H3(getTranslation("overview.alerts")));
        List<app.symetrie.organization.Department> uncovered = programOverview.uncoveredDepartments().stream()
                .filter(d -> o.kind() == null || d.kind() == o.kind()).toList();
        if (o.alerts().isEmpty() && uncovered.isEmpty()) {
            section.add(new Paragraph(getTranslation("overview.alerts.none")));
            return section;
        }
        UnorderedList list = new UnorderedList();
        list.setId("alerts");
        // Each alert leads to the board of the department it is about.
        java.util.Map<String, String> boards = new java.util.HashMap<>();
        o.rows().forEach(r -> boards.putIfAbsent(r.name(), "board/" + r.departmentId().value()));
        uncovered.forEach(d -> list.add(alertItem(getTranslation(d.kind() == DepartmentKind.SUPPORT
                ? "overview.alert.no-ambassador.support" : "overview.alert.no-ambassador", d.name()),
                "board/" + d.id().value())));
        for (Alert alert : o.alerts()) {
            String text = switch (alert.kind()) {
                case SIGNIFICANT_DROP -> {
                    Change change = Objects.requireNonNull(alert.change(), "a drop carries its change");
                    yield getTranslation("overview.alert.drop", alert.department(),
                            fmt.decimal(change.before()), fmt.decimal(change.now()),
                            fmt.change(change), fmt.signed(change.low()),
                            fmt.signed(change.high()), fmt.pValue(alert.pValue()));
                }
                case LOW_PARTICIPATION -> getTranslation("overview.alert.participation", alert.department(),
                        fmt.percent(alert.now()), alert.answers(), alert.invited());
                case PAIN_RISING -> getTranslation("overview.alert.pain", alert.department(), alert.painPoint(),
                        fmt.percent(alert.now()), fmt.percent(alert.before()), alert.answers(),
                        fmt.pValue(alert.pValue()));
            };
            list.add(alertItem(text, boards.get(alert.department())));
        }
        section.add(list);
        if (o.comparisons() > 0) {
            section.add(new Paragraph(getTranslation("overview.alerts.method", o.comparisons())));
        }
        return section;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.overview");
    }
}
