package app.symetrie.board.ui;

import app.symetrie.barometer.WaveId;
import app.symetrie.board.BoardRecords.Change;
import app.symetrie.board.BoardRecords.DepartmentBoard;
import app.symetrie.board.BoardRecords.PainRow;
import app.symetrie.board.BoardRecords.PartRow;
import app.symetrie.board.BoardRecords.Score;
import app.symetrie.board.BoardRecords.StatementScore;
import app.symetrie.board.BoardRecords.TeamRow;
import app.symetrie.board.BoardRecords.ToolRow;
import app.symetrie.board.BoardRecords.Trend;
import app.symetrie.board.BoardRecords.TrendPoint;
import app.symetrie.board.BoardRecords.WaveRef;
import app.symetrie.board.BoardExport;
import app.symetrie.board.BoardService;
import app.symetrie.board.DepartmentHelp;
import app.symetrie.board.DepartmentHelpQuery;
import app.symetrie.ambassador.CoachingIntensity;
import app.symetrie.common.Role;
import app.symetrie.common.ui.chart.Chart;
import app.symetrie.common.ui.chart.ChartCard;
import app.symetrie.common.ui.chart.ChartColor;
import app.symetrie.common.ui.chart.SeriesStyle;
import app.symetrie.common.ui.chart.ValueFormat;
import app.symetrie.organization.Department;
import app.symetrie.training.TrainingCatalogService;
import app.symetrie.training.TrainingReach;
import com.vaadin.flow.spring.security.AuthenticationContext;
import app.symetrie.organization.DepartmentKind;
import app.symetrie.security.CurrentUser;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
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
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One department's board: DCI with its margin and change, the trend over every wave against the company and the
 * department's kind, adoption of each tool, pain points, comments, teams. Everything through the anonymity filter:
 * a group under the threshold shows no number at all.
 */
@Route("board")
@PermitAll
@Menu(order = 30, icon = "vaadin:chart", title = "nav.board")
public class DepartmentBoardView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private final BoardService boards;
    private final BoardExport exports;
    private final DepartmentHelpQuery helpQuery;
    private final TrainingCatalogService catalog;
    private final AuthenticationContext authentication;
    private final java.time.Clock clock;
    private final ComboBox<Department> department = new ComboBox<>();
    private final Select<WaveRef> wave = new Select<>();
    private final Div content = new Div();
    private final Figures fmt;
    private boolean updating;

    DepartmentBoardView(BoardService boards, BoardExport exports, DepartmentHelpQuery helpQuery,
                        TrainingCatalogService catalog,
                        AuthenticationContext authentication, java.time.Clock clock) {
        this.clock = clock;
        this.boards = boards;
        this.exports = exports;
        this.helpQuery = helpQuery;
        this.catalog = catalog;
        this.authentication = authentication;
        this.fmt = new Figures(this);
        addClassName("board-view");
        department.setLabel(getTranslation("board.department"));
        department.setItems(boards.readableDepartments());
        department.setItemLabelGenerator(Department::name);
        department.setId("board-department");
        department.setWidth("18rem");
        wave.setLabel(getTranslation("board.wave"));
        List<WaveRef> waves = boards.publishedWaves();
        wave.setItems(waves.reversed());
        wave.setItemLabelGenerator(w -> fmt.month(w.opensOn()));
        wave.setId("board-wave");
        department.addValueChangeListener(e -> refresh());
        wave.addValueChangeListener(e -> refresh());
        HorizontalLayout pickers = new HorizontalLayout(department, wave);
        pickers.setAlignItems(FlexComponent.Alignment.BASELINE);
        pickers.setWrap(true);
        content.setWidthFull();
        add(pickers, content);
        if (!waves.isEmpty()) {
            updating = true;
            wave.setValue(waves.getLast());
            updating = false;
        }
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter @Nullable String departmentId) {
        List<Department> readable = boards.readableDepartments();
        Optional<Department> chosen = readable.stream()
                .filter(d -> departmentId != null && d.id().value().equals(departmentId)).findFirst();
        updating = true;
        department.setValue(chosen.orElse(readable.isEmpty() ? null : readable.getFirst()));
        updating = false;
        refresh();
    }

    private void refresh() {
        if (updating) {
            return;
        }
        content.removeAll();
        Department d = department.getValue();
        if (d == null || wave.getValue() == null) {
            content.add(new Paragraph(getTranslation("board.no-data")));
            return;
        }
        WaveId waveId = wave.getValue().id();
        Optional<DepartmentBoard> board = boards.departmentBoard(d.id(), waveId, getLocale());
        if (board.isEmpty()) {
            content.add(new Paragraph(getTranslation("board.no-data")));
            return;
        }
        render(board.get());
    }

    private void render(DepartmentBoard b) {
        H2 title = new H2(b.name());
        Span kind = new Span(getTranslation("department.kind." + b.kind().name()));
        kind.addClassName("kind-badge");
        kind.getElement().getThemeList().add(b.kind() == DepartmentKind.SUPPORT ? "support" : "front");
        Div heading = new Div(title, kind);
        heading.addClassName("board-heading");
        content.add(heading, new ExportLinks(format -> exports.department(b.departmentId(), b.wave().id(), format,
                getLocale()).orElseThrow()));

        if (!(b.figures() instanceof DepartmentBoard.Shown figures)) {
            Paragraph hidden = new Paragraph(getTranslation("board.below-threshold", b.k()));
            hidden.addClassName("board-hidden");
            hidden.setId("board-hidden");
            content.add(hidden);
            content.add(trendSection(b));
            return;
        }
        Score dci = figures.dci();
        // The change has its own tile and its own (Welch) interval: never read next to the single-wave margin.
        Change c = b.dciChange();
        Div tiles = new Div(
                Figures.tile(getTranslation("board.dci"), fmt.score(dci.value()), fmt.margin(dci), "tile-dci"),
                changeTile(c, b.comparisons()),
                Figures.tile(getTranslation("board.participation"), fmt.percent(b.participation()),
                        getTranslation("board.respondents", b.n(), b.invited()), "tile-participation"),
                Figures.tile(getTranslation("board.enps"), fmt.enps(b.enps()), fmt.enpsDetail(b.enps()),
                        "tile-enps"));
        tiles.addClassName("tiles");
        content.add(tiles);
        if (dci.indicative()) {
            Paragraph note = new Paragraph(getTranslation("board.indicative.hint"));
            note.addClassName("board-indicative");
            note.setId("board-indicative");
            content.add(note);
        }

        content.add(new H3(getTranslation("board.dimensions")));
        Div dims = new Div();
        dims.addClassName("dimension-bars");
        b.trends().stream().filter(t -> !t.code().equals("dci")).forEach(t -> {
            Score s = b.dimensions().get(t.code());
            if (s == null) {
                return;
            }
            ProgressBar bar = new ProgressBar(0, 100, s.value());
            bar.getElement().setAttribute("aria-label", t.label());
            Div row = new Div(new Span(t.label()), bar, new Span(getTranslation("board.dimension.row",
                    fmt.score(s.value()), fmt.score(s.margin()), fmt.percent(s.favourable()), s.n())
                    + (s.indicative() ? " · " + getTranslation("board.indicative") : "")));
            row.addClassName("dimension-row");
            if (mayAct(b)) {
                row.add(actOnThis(b, "DIMENSION", t.code()));
            }
            dims.add(row);
        });
        content.add(dims);
        content.add(statementsSection(b));
        content.add(trendSection(b));
        content.add(toolsSection(b));
        content.add(painsSection(b));
        content.add(commentsSection(b));
        content.add(teamsSection(b));
        if (!b.subDepartments().isEmpty() || hasSubDepartments(b)) {
            content.add(subDepartmentsSection(b));
        }
        content.add(helpSection(b));
    }

    /**
     * Ambassadors, coaching and trainings around this department (its subtree), as of the wave shown: the close of an
     * older wave, today for the latest one; and the next sessions on its top pain points.
     */
    private Div helpSection(DepartmentBoard b) {
        Div section = new Div(new H3(getTranslation("board.help")));
        section.setId("board-help");
        if (authentication.hasRole(Role.LEAD_ROLE)) {
            boolean latest = b.waves().isEmpty() || b.waves().getLast().id().equals(b.wave().id());
            java.time.LocalDate asOf = latest ? java.time.LocalDate.now(clock) : b.wave().closesOn();
            DepartmentHelp help = helpQuery.help(b.departmentId(), asOf);
            section.add(new Paragraph(getTranslation(latest ? "board.help.as-of.today" : "board.help.as-of.wave",
                    fmt.day(asOf))));
            Div tiles = new Div();
            tiles.addClassName("tiles");
            var c = help.coverage();
            if (c != null) {
                tiles.add(Figures.tile(getTranslation("board.help.coverage"),
                        c.uncovered() ? getTranslation("board.help.none") : fmt.decimal(c.per100()),
                        help.subtreeSize() > 1
                                ? getTranslation("board.help.coverage.detail.own", c.activeAmbassadors(),
                                        c.headcount())
                                : getTranslation("board.help.coverage.detail", c.activeAmbassadors()),
                        "help-coverage"));
            }
            CoachingIntensity coaching = help.coaching();
            tiles.add(Figures.tile(getTranslation("board.help.coaching.quarter", fmt.quarter(coaching.quarter())),
                    fmt.hours(coaching.hoursPerEmployee()), getTranslation("board.help.coaching.quarter.detail",
                            fmt.day(coaching.quarter().firstDay()), fmt.day(coaching.quarter().lastDay()),
                            fmt.hours(coaching.minutes() / 60.0), coaching.headcount()), "help-coaching"));
            TrainingReach reach = help.reach();
            tiles.add(Figures.tile(getTranslation("board.help.reach.held"), fmt.percent(reach.share()),
                    getTranslation("board.help.reach.held.detail", reach.held(), reach.headcount(),
                            reach.upcoming()), "help-reach"));
            section.add(tiles);
        }
        java.util.Set<String> topPains = b.pains().stream().limit(3).map(PainRow::code)
                .collect(java.util.stream.Collectors.toSet());
        List<app.symetrie.training.SessionOffer> next = catalog.upcoming().stream()
                .filter(o -> o.course().painPoint() != null && topPains.contains(o.course().painPoint()))
                .limit(4).toList();
        if (next.isEmpty()) {
            section.add(new Paragraph(getTranslation("board.help.sessions.none")));
        } else {
            section.add(new Paragraph(getTranslation("board.help.sessions")));
            UnorderedList list = new UnorderedList();
            next.forEach(o -> list.add(new ListItem(o.course().title() + " — "
                    + o.session().start().atZone(java.time.ZoneId.systemDefault()).toLocalDate()
                    .format(java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.MEDIUM)
                            .withLocale(getLocale())))));
            section.add(list, new com.vaadin.flow.component.html.Anchor("training",
                    getTranslation("board.help.sessions.link")));
        }
        return section;
    }

    /**
     * The change since the previous wave, apart from the single-wave margin, with its own interval; when that
     * interval excludes 0 but the change was not called, it says why (the wave's false-discovery control).
     */
    private Div changeTile(@Nullable Change c, int comparisons) {
        String detail = null;
        if (c != null) {
            detail = fmt.changeInterval(c);
            if (!c.significant() && (c.low() > 0 || c.high() < 0)) {
                detail += " · " + getTranslation("board.change.not-called", comparisons);
            }
        }
        Div tile = Figures.tile(getTranslation("board.change"), c == null ? getTranslation("board.change.none")
                : fmt.change(c), detail, "tile-change");
        tile.addClassName("tile-change");
        return tile;
    }

    /** The drill-down of each dimension to its statements: score, margin, favourable share, n. */
    private Details statementsSection(DepartmentBoard b) {
        Div body = new Div(new Paragraph(getTranslation("board.statements.hint")));
        Grid<StatementScore> grid = new Grid<>();
        java.util.Map<String, String> dimensionLabels = new java.util.HashMap<>();
        b.trends().forEach(t -> dimensionLabels.put(t.code(), t.label()));
        grid.addColumn(st -> dimensionLabels.getOrDefault(st.dimensionCode(), st.dimensionCode()))
                .setHeader(getTranslation("export.dimension")).setFlexGrow(1);
        grid.addColumn(StatementScore::label).setHeader(getTranslation("board.statement")).setFlexGrow(3);
        grid.addColumn(st -> fmt.score(st.score().value()) + " ± " + fmt.score(st.score().margin()))
                .setHeader(getTranslation("export.score")).setTextAlign(ColumnTextAlign.END);
        grid.addColumn(st -> fmt.percent(st.score().favourable())).setHeader(getTranslation("board.favourable"))
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(st -> st.score().n() + (st.score().indicative() ? " · " + getTranslation("board.indicative")
                : "")).setHeader(getTranslation("board.answers")).setTextAlign(ColumnTextAlign.END);
        grid.setItems(b.statements());
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setId("statements-table");
        body.add(grid);
        Details details = new Details(getTranslation("board.statements"), body);
        details.setWidthFull();
        details.setId("board-statements");
        return details;
    }

    private Div trendSection(DepartmentBoard b) {
        Div section = new Div();
        List<String> waves = b.trends().getFirst().points().stream().map(p -> fmt.month(p.wave().opensOn())).toList();
        Trend dci = b.trends().getFirst();
        ChartColor own = b.kind() == DepartmentKind.SUPPORT ? ChartColor.SUPPORT : ChartColor.FRONT_OFFICE;
        Chart trend = Chart.line(getTranslation("board.trend")).format(ValueFormat.SCORE).categories(waves)
                .yAxis(getTranslation("board.dci"), 0.0, 100.0)
                .series(b.name(), dci.points().stream().map(TrendPoint::value).toList(), SeriesStyle.solid(own))
                .series(getTranslation(b.kind() == DepartmentKind.SUPPORT ? "board.ref.support" : "board.ref.front"),
                        dci.points().stream().map(TrendPoint::sameKind).toList(), SeriesStyle.reference(own))
                .series(getTranslation("board.ref.company"), dci.points().stream().map(TrendPoint::company).toList(),
                        SeriesStyle.reference(ChartColor.COMPANY));
        trend.setId("trend-chart");
        ChartCard trendCard = new ChartCard(trend);
        trendCard.setWidthFull();
        section.add(trendCard);
        if (b.visible()) {
            Chart dimensions = Chart.line(getTranslation("board.dimensions.trend")).format(ValueFormat.SCORE)
                    .categories(waves).yAxis(getTranslation("export.score"), 0.0, 100.0);
            int i = 0;
            for (Trend t : b.trends().subList(1, b.trends().size())) {
                dimensions.series(t.label(), t.points().stream().map(TrendPoint::value).toList(),
                        SeriesStyle.solid(ChartColor.categorical(i++)));
            }
            ChartCard card = new ChartCard(dimensions);
            card.setWidthFull();
            section.add(card);
        }
        return section;
    }

    private Div toolsSection(DepartmentBoard b) {
        Div section = new Div(new H3(getTranslation("board.adoption")));
        Grid<ToolRow> grid = new Grid<>();
        grid.addColumn(ToolRow::label).setHeader(getTranslation("board.tool")).setFlexGrow(2);
        grid.addColumn(t -> fmt.percent(t.weeklyShare())).setHeader(getTranslation("board.adoption.weekly"))
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(t -> fmt.percent(t.dailyShare())).setHeader(getTranslation("board.adoption.daily"))
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(t -> t.comfort() == null ? "—" : fmt.score(t.comfort()))
                .setHeader(getTranslation("board.tool.comfort")).setTextAlign(ColumnTextAlign.END);
        grid.addColumn(t -> t.isNew() || t.previousWeeklyShare() == null ? getTranslation("board.new")
                        : fmt.signed((t.weeklyShare() - t.previousWeeklyShare()) * 100) + " pts")
                .setHeader(getTranslation("board.vs-previous")).setTextAlign(ColumnTextAlign.END);
        grid.setItems(b.tools());
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        List<WaveRef> shown = b.waves().stream().filter(w -> !w.opensOn().isAfter(b.wave().opensOn())).toList();
        Chart chart = Chart.line(getTranslation("board.adoption.chart")).format(ValueFormat.PERCENT)
                .categories(shown.stream().map(w -> fmt.month(w.opensOn())).toList())
                .yAxis(getTranslation("board.adoption.weekly"), 0.0, 100.0);
        int i = 0;
        for (ToolRow tool : b.tools().stream().limit(6).toList()) {
            chart.series(tool.label(), shown.stream().map(w -> {
                Double share = tool.weeklyShareByWave().get(w.id());
                return share == null ? null : share * 100;
            }).toList(), SeriesStyle.solid(ChartColor.categorical(i++)));
        }
        ChartCard card = new ChartCard(chart);
        card.setWidthFull();
        section.add(card, grid);
        return section;
    }

    /** Whether the viewer plans this department's actions: its manager, or a lead. */
    private boolean mayAct(DepartmentBoard b) {
        return authentication.hasRole(Role.LEAD_ROLE) || authentication.hasRole(Role.MANAGER_ROLE)
                && CurrentUser.get().map(u -> b.departmentId().equals(u.departmentId())).orElse(false);
    }

    /** "Act on this": the action plan's form, pre-filled with this department and this indicator. */
    private Anchor actOnThis(DepartmentBoard b, String kind, String code) {
        String query = QueryParameters.simple(Map.of("department", b.departmentId().value(), "kind", kind,
                "code", code)).getQueryString();
        Anchor link = new Anchor("actions/edit?" + query, getTranslation("board.act"));
        link.addClassName("act-on-this");
        return link;
    }

    private Div painsSection(DepartmentBoard b) {
        Div section = new Div(new H3(getTranslation("board.pains")),
                new Paragraph(getTranslation("board.pains.note", b.n(), b.comparisons())));
        Grid<PainRow> grid = new Grid<>();
        grid.addColumn(PainRow::label).setHeader(getTranslation("board.pain")).setFlexGrow(2);
        grid.addComponentColumn(p -> {
            ProgressBar bar = new ProgressBar(0, 1, Math.min(1, p.prevalence()));
            bar.getElement().setAttribute("aria-label", p.label());
            bar.setWidth("8rem");
            return bar;
        }).setHeader(getTranslation("board.prevalence"));
        grid.addColumn(p -> fmt.percent(p.prevalence())).setTextAlign(ColumnTextAlign.END);
        grid.addColumn(p -> p.delta() == null ? "" : (!p.significant() ? "" : p.delta() > 0 ? "▲ " : "▼ ")
                + fmt.signed(p.delta() * 100) + " pts").setHeader(getTranslation("board.vs-previous"))
                .setTextAlign(ColumnTextAlign.END);
        if (mayAct(b)) {
            grid.addComponentColumn(p -> actOnThis(b, "PAIN_POINT", p.code())).setAutoWidth(true);
        }
        grid.setItems(b.pains());
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setId("pains-table");
        List<PainRow> top = b.pains().stream().limit(6).toList();
        Chart chart = Chart.horizontalBar(getTranslation("board.pains.chart")).format(ValueFormat.PERCENT)
                .categories(top.stream().map(PainRow::label).toList())
                .series(getTranslation("board.prevalence"), top.stream().map(p -> p.prevalence() * 100).toList(),
                        SeriesStyle.solid(b.kind() == DepartmentKind.SUPPORT ? ChartColor.SUPPORT
                                : ChartColor.FRONT_OFFICE).withValueLabels(),
                        top.stream().map(p -> p.delta() == null || !p.significant() ? null
                                : p.delta() > 0 ? "▲" : "▼").toList());
        chart.setId("pains-chart");
        ChartCard card = new ChartCard(chart);
        card.setWidthFull();
        List<WaveRef> shown = b.waves().stream().filter(w -> !w.opensOn().isAfter(b.wave().opensOn())).toList();
        Chart trend = Chart.line(getTranslation("board.pains.trend")).format(ValueFormat.PERCENT)
                .categories(shown.stream().map(w -> fmt.month(w.opensOn())).toList())
                .yAxis(getTranslation("board.prevalence"), 0.0, null);
        int i = 0;
        for (PainRow pain : b.pains().stream().limit(4).toList()) {
            trend.series(pain.label(), shown.stream().map(w -> {
                Double prevalence = pain.prevalenceByWave().get(w.id());
                return prevalence == null ? null : prevalence * 100;
            }).toList(), SeriesStyle.solid(ChartColor.categorical(i++)));
        }
        ChartCard trendCard = new ChartCard(trend);
        trendCard.setWidthFull();
        section.add(card, trendCard, grid);
        return section;
    }

    private Div commentsSection(DepartmentBoard b) {
        Div section = new Div(new H3(getTranslation("board.comments")));
        if (b.comments() == null) {
            section.add(new Paragraph(getTranslation("board.comments.hidden", b.kComments())));
        } else if (b.comments().isEmpty()) {
            section.add(new Paragraph(getTranslation("board.comments.none")));
        } else {
            section.add(new Paragraph(getTranslation("board.comments.note")));
            UnorderedList list = new UnorderedList();
            list.addClassName("comments");
            b.comments().forEach(c -> list.add(new ListItem(c)));
            section.add(list);
        }
        return section;
    }

    private Div teamsSection(DepartmentBoard b) {
        Div section = new Div(new H3(getTranslation("board.teams")));
        if (b.teams().isEmpty()) {
            section.add(new Paragraph(getTranslation("board.teams.none", b.k())));
            return section;
        }
        Grid<TeamRow> grid = new Grid<>();
        grid.addColumn(TeamRow::name).setHeader(getTranslation("employee.team")).setFlexGrow(2);
        grid.addColumn(TeamRow::n).setHeader(getTranslation("board.answers")).setTextAlign(ColumnTextAlign.END);
        grid.addColumn(t -> fmt.score(t.dci())).setHeader(getTranslation("board.dci"))
                .setTextAlign(ColumnTextAlign.END);
        grid.setItems(b.teams());
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        section.add(grid);
        return section;
    }

    private boolean hasSubDepartments(DepartmentBoard b) {
        return department.getListDataView().getItems().anyMatch(d -> b.departmentId().equals(d.parentId()));
    }

    /**
     * A parent department's breakdown: each sub-department on its own subtree, where the wave's decision shows it;
     * the parent's figures above cover them all (a sub-department too small to be shown is counted in them).
     */
    private Div subDepartmentsSection(DepartmentBoard b) {
        Div section = new Div(new H3(getTranslation("board.parts")));
        section.setId("board-parts");
        section.add(new Paragraph(getTranslation("board.parts.note", b.k())));
        if (b.subDepartments().isEmpty()) {
            section.add(new Paragraph(getTranslation("board.parts.none", b.k())));
            return section;
        }
        Grid<PartRow> grid = new Grid<>();
        grid.addColumn(PartRow::name).setHeader(getTranslation("board.department")).setFlexGrow(2);
        grid.addColumn(PartRow::n).setHeader(getTranslation("board.answers")).setTextAlign(ColumnTextAlign.END);
        grid.addColumn(t -> fmt.score(t.dci())).setHeader(getTranslation("board.dci"))
                .setTextAlign(ColumnTextAlign.END);
        grid.setItems(b.subDepartments());
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setId("parts-table");
        section.add(grid);
        return section;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.board");
    }
}
