package app.symetrie.ambassador.ui;

import app.symetrie.ambassador.CoachingService;
import app.symetrie.ambassador.CoachingSession;
import app.symetrie.ambassador.HelpRequest;
import app.symetrie.ambassador.HelpRequestService;
import app.symetrie.ambassador.ProgramOverview;
import app.symetrie.ambassador.ProgramOverview.DepartmentCoverage;
import app.symetrie.ambassador.ProgramOverview.KindComparison;
import app.symetrie.ambassador.ProgramOverview.MonthActivity;
import app.symetrie.ambassador.ProgramService;
import app.symetrie.ambassador.Quarter;
import app.symetrie.ambassador.TopicCount;
import app.symetrie.barometer.BarometerCatalog;
import app.symetrie.barometer.CatalogLabels;
import app.symetrie.common.Role;
import app.symetrie.common.ui.Blocks;
import app.symetrie.common.ui.Formats;
import app.symetrie.organization.Department;
import app.symetrie.organization.DepartmentId;
import app.symetrie.organization.DepartmentKind;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The program view of transformation leads: coverage per department with support functions set against front office,
 * coaching intensity per quarter, departments nobody covers, activity per month, top topics, help requests still
 * waiting, and every logged session (without coachees' names).
 */
@Route("ambassadors/program")
@RolesAllowed(Role.LEAD_ROLE)
@Menu(order = 30, icon = "vaadin:chart-grid", title = "nav.ambassador.program")
public class ProgramView extends VerticalLayout implements HasDynamicTitle {

    static final int RECENT_DAYS = 90;

    private final CatalogLabels labels;
    private final Clock clock;

    ProgramView(ProgramService program, HelpRequestService requests, CoachingService coaching,
                BarometerCatalog catalog, Clock clock) {
        this.labels = new CatalogLabels(catalog, getLocale());
        this.clock = clock;
        addClassName("program-view");
        ProgramOverview overview = program.overview();

        Div figures = new Div();
        figures.addClassName("figures");
        figures.add(Blocks.figure(getTranslation("ambassador.program.active"),
                String.valueOf(overview.activeAmbassadors())));
        figures.add(Blocks.figure(getTranslation("ambassador.program.paused"),
                String.valueOf(overview.pausedAmbassadors())));
        figures.add(Blocks.figure(getTranslation("ambassador.program.open-requests"),
                String.valueOf(overview.requests().open())));
        figures.add(Blocks.figure(getTranslation("ambassador.program.mean-wait"),
                hours(overview.requests().meanOpenWaitHours())));
        figures.add(Blocks.figure(getTranslation("ambassador.program.median-answer"),
                hours(overview.requests().medianAnswerHours())));
        figures.add(Blocks.figure(getTranslation("ambassador.program.outside"),
                String.valueOf(overview.outsideCoverageSessions())));
        add(figures);
        if (overview.pendingApplications() > 0) {
            add(new Anchor("ambassadors/manage", getTranslation("ambassador.program.pending",
                    overview.pendingApplications())));
        }

        add(new H2(getTranslation("ambassador.program.equity")));
        add(new Paragraph(getTranslation("ambassador.program.equity.help")));
        add(kinds(overview));
        add(uncovered(overview));

        add(new H2(getTranslation("ambassador.program.coverage")));
        add(coverageGrid(overview));

        add(new H2(getTranslation("ambassador.program.activity")));
        add(activityGrid(overview.months()));

        add(new H2(getTranslation("ambassador.program.topics")));
        Div topics = new Div();
        topics.addClassName("two-columns");
        topics.add(topList("ambassador.program.top-tools", overview.topTools(), true),
                topList("ambassador.program.top-pain-points", overview.topTopics(), false));
        add(topics);

        add(new H2(getTranslation("ambassador.program.waiting")));
        add(waitingGrid(requests.open()));

        add(new H2(getTranslation("ambassador.program.sessions", RECENT_DAYS)));
        add(sessionsGrid(coaching.allSessions(LocalDate.now(clock).minusDays(RECENT_DAYS)), overview));
    }

    private String hours(double value) {
        return getTranslation("ambassador.hours", Formats.decimal(getLocale(), value, 0));
    }

    private Component kinds(ProgramOverview overview) {
        Div row = new Div();
        row.addClassName("two-columns");
        double maxPer100 = overview.kinds().stream().mapToDouble(KindComparison::per100).max().orElse(1);
        double maxHours = overview.kinds().stream().mapToDouble(k -> k.hoursPerEmployee().getLast()).max().orElse(1);
        int previous = overview.quarters().size() - 2;
        for (KindComparison k : overview.kinds()) {
            Div card = new Div();
            card.addClassNames("card", "kind-card", k.kind() == DepartmentKind.SUPPORT ? "support" : "front");
            card.setId("kind-" + k.kind());
            card.add(new H3(getTranslation("department.kind." + k.kind())));
            card.add(new Paragraph(getTranslation("ambassador.program.kind.people", k.headcount(), k.departments())));
            card.add(measure(getTranslation("ambassador.program.per100"), Formats.decimal(getLocale(), k.per100(), 1),
                    share(k.per100(), maxPer100)));
            card.add(measure(getTranslation("ambassador.program.hours-quarter",
                            quarter(overview.quarters().get(previous))),
                    Formats.decimal(getLocale(), k.hoursPerEmployee().get(previous), 2),
                    share(k.hoursPerEmployee().get(previous), maxHours)));
            card.add(measure(getTranslation("ambassador.program.hours-quarter",
                            quarter(overview.quarters().getLast())),
                    Formats.decimal(getLocale(), k.hoursPerEmployee().getLast(), 2),
                    share(k.hoursPerEmployee().getLast(), maxHours)));
            card.add(new Paragraph(getTranslation("ambassador.program.kind.uncovered", k.uncoveredDepartments())));
            row.add(card);
        }
        return row;
    }

    private static double share(double value, double max) {
        return max <= 0 ? 0 : Math.min(1, value / max);
    }

    private Div measure(String label, String value, double bar) {
        Div measure = new Div();
        measure.addClassName("measure");
        Span l = new Span(label);
        Span v = new Span(value);
        v.addClassName("measure-value");
        ProgressBar progress = new ProgressBar(0, 1, bar);
        progress.getElement().setAttribute("aria-label", label);
        measure.add(l, v, progress);
        return measure;
    }

    private Component uncovered(ProgramOverview overview) {
        Div box = new Div();
        box.setId("uncovered");
        List<Department> none = overview.uncoveredDepartments();
        box.add(new H3(getTranslation("ambassador.program.uncovered")));
        if (none.isEmpty()) {
            box.add(Blocks.emptyState(getTranslation("ambassador.program.uncovered.none")));
            return box;
        }
        Div badges = new Div();
        badges.addClassName("badges");
        for (Department d : none) {
            badges.add(Blocks.badge((d.isSupport() ? "⚠ " : "") + d.name() + " · "
                    + getTranslation("department.kind." + d.kind()), d.isSupport() ? "support" : "front"));
        }
        box.add(badges);
        return box;
    }

    private Component coverageGrid(ProgramOverview overview) {
        Grid<DepartmentCoverage> grid = new Grid<>();
        grid.addColumn(c -> c.department().name()).setHeader(getTranslation("department.name")).setAutoWidth(true)
                .setFrozen(true);
        grid.addComponentColumn(c -> Blocks.badge(getTranslation("department.kind." + c.department().kind()),
                c.department().isSupport() ? "support" : "front")).setHeader(getTranslation("department.kind"))
                .setAutoWidth(true);
        grid.addColumn(DepartmentCoverage::headcount).setHeader(getTranslation("department.headcount"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(DepartmentCoverage::activeAmbassadors)
                .setHeader(getTranslation("ambassador.program.ambassadors"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(c -> Formats.decimal(getLocale(), c.per100(), 1))
                .setHeader(getTranslation("ambassador.program.per100.short"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setComparator(DepartmentCoverage::per100)
                .setSortable(true);
        for (int i = 0; i < overview.quarters().size(); i++) {
            int q = i;
            grid.addColumn(c -> Formats.decimal(getLocale(), c.hoursPerEmployee().get(q), 2))
                    .setHeader(getTranslation("ambassador.program.hours-per-employee",
                            quarter(overview.quarters().get(q))))
                    .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        }
        grid.setItems(overview.departments());
        grid.setPartNameGenerator(c -> c.uncovered() ? (c.department().isSupport() ? "uncovered-support" : "uncovered")
                : null);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.setId("coverage-grid");
        return grid;
    }

    private String quarter(Quarter q) {
        return getTranslation("ambassador.quarter", String.valueOf(q.number()), String.valueOf(q.year()));
    }

    private Component activityGrid(List<MonthActivity> months) {
        int max = months.stream().mapToInt(MonthActivity::sessions).max().orElse(1);
        Grid<MonthActivity> grid = new Grid<>();
        grid.addColumn(m -> m.month().getMonth().getDisplayName(TextStyle.FULL_STANDALONE, getLocale()) + " "
                + m.month().getYear()).setHeader(getTranslation("ambassador.program.month")).setAutoWidth(true);
        grid.addColumn(MonthActivity::sessions).setHeader(getTranslation("ambassador.program.month.sessions"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(m -> Formats.decimal(getLocale(), m.hours(), 1))
                .setHeader(getTranslation("ambassador.program.month.hours"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(MonthActivity::people).setHeader(getTranslation("ambassador.program.month.people"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addComponentColumn(m -> {
            ProgressBar bar = new ProgressBar(0, 1, share(m.sessions(), max));
            bar.getElement().setAttribute("aria-label", String.valueOf(m.sessions()));
            return bar;
        }).setFlexGrow(2);
        grid.setItems(months);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.setId("activity-grid");
        return grid;
    }

    private Component topList(String titleKey, List<TopicCount> top, boolean tools) {
        Div box = new Div();
        box.add(new H3(getTranslation(titleKey)));
        if (top.isEmpty()) {
            box.add(Blocks.emptyState(getTranslation("ambassador.program.topics.empty")));
            return box;
        }
        OrderedList list = new OrderedList();
        top.forEach(t -> list.add(new ListItem(getTranslation("ambassador.program.topic",
                tools ? labels.tool(t.code()) : labels.painPoint(t.code()), t.sessions()))));
        box.add(list);
        return box;
    }

    private Component waitingGrid(List<HelpRequest> open) {
        Grid<HelpRequest> grid = new Grid<>();
        grid.addColumn(r -> Formats.dateTime(getLocale(), r.createdAt(), clock.getZone()))
                .setHeader(getTranslation("ambassador.requests.sent")).setAutoWidth(true);
        grid.addColumn(HelpRequest::ambassadorName).setHeader(getTranslation("ambassador.requests.ambassador"))
                .setAutoWidth(true);
        grid.addColumn(r -> labels.tool(r.tool())).setHeader(getTranslation("ambassador.requests.tool"))
                .setAutoWidth(true);
        grid.addColumn(r -> getTranslation("ambassador.hours",
                        Formats.decimal(getLocale(), r.waiting(clock.instant()).toMinutes() / 60.0, 0)))
                .setHeader(getTranslation("ambassador.program.waiting-for")).setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true).setComparator(r -> r.waiting(clock.instant())).setSortable(true);
        grid.setItems(open);
        grid.setEmptyStateText(getTranslation("ambassador.program.waiting.empty"));
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.setId("waiting-grid");
        return grid;
    }

    private Component sessionsGrid(List<CoachingSession> sessions, ProgramOverview overview) {
        Map<DepartmentId, String> names = overview.departments().stream().map(DepartmentCoverage::department)
                .collect(Collectors.toMap(Department::id, Department::name, (a, b) -> a));
        Grid<CoachingSession> grid = new Grid<>();
        grid.addColumn(s -> Formats.date(getLocale(), s.entry().date()))
                .setHeader(getTranslation("ambassador.log.date"))
                .setAutoWidth(true);
        grid.addColumn(CoachingSession::ambassadorName).setHeader(getTranslation("ambassador.requests.ambassador"))
                .setAutoWidth(true);
        grid.addColumn(s -> names.getOrDefault(s.entry().departmentId(), ""))
                .setHeader(getTranslation("ambassador.log.department")).setAutoWidth(true);
        grid.addColumn(s -> getTranslation("ambassador.format." + s.entry().format()))
                .setHeader(getTranslation("ambassador.log.format")).setAutoWidth(true);
        grid.addColumn(s -> getTranslation("ambassador.minutes", String.valueOf(s.entry().minutes())))
                .setHeader(getTranslation("ambassador.log.duration")).setAutoWidth(true);
        grid.addColumn(s -> s.entry().people()).setHeader(getTranslation("ambassador.log.people")).setAutoWidth(true);
        grid.addColumn(s -> labels.tools(s.entry().tools())).setHeader(getTranslation("ambassador.log.tools"));
        grid.addComponentColumn(s -> s.outsideCoverage()
                ? Blocks.badge(getTranslation("ambassador.outside-coverage"), "contrast") : new Span())
                .setAutoWidth(true);
        grid.setItems(sessions);
        grid.setEmptyStateText(getTranslation("ambassador.program.sessions.empty"));
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setHeight("28rem");
        grid.setId("sessions-grid");
        return grid;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.ambassador.program");
    }
}
