package app.symetrie.action.ui;

import app.symetrie.action.Action;
import app.symetrie.action.ActionOverview;
import app.symetrie.action.ActionService;
import app.symetrie.action.ActionStatus;
import app.symetrie.common.Role;
import app.symetrie.common.ui.Blocks;
import app.symetrie.common.ui.Formats;
import app.symetrie.organization.DepartmentKind;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The lead's view of every action plan: actions by department and by kind of target, overdue actions, departments
 * with a low score and no open action, and each manager's follow-through.
 */
@Route("actions/overview")
@RolesAllowed(Role.LEAD_ROLE)
@Menu(order = 32, icon = "vaadin:clipboard-check", title = "nav.actions.overview")
public class ActionsOverviewView extends VerticalLayout implements HasDynamicTitle {

    ActionsOverviewView(ActionService service) {
        addClassName("actions-overview");
        ActionOverview o = service.overview(getLocale());
        add(new Paragraph(getTranslation("action.overview.intro")));
        Div figures = new Div();
        figures.addClassName("figures");
        int total = o.departments().stream().mapToInt(ActionOverview.DepartmentRow::total).sum() + o.companyWide();
        figures.add(Blocks.figure(getTranslation("action.overview.total"), String.valueOf(total)));
        figures.add(Blocks.figure(getTranslation("action.overview.company-wide"), String.valueOf(o.companyWide())));
        figures.add(Blocks.figure(getTranslation("action.overview.overdue"), String.valueOf(o.overdue().size())));
        figures.add(Blocks.figure(getTranslation("action.overview.low"), String.valueOf(o.lowNoAction().size())));
        add(figures);

        add(new H2(getTranslation("action.overview.low.title")));
        if (o.lowNoAction().isEmpty()) {
            add(Blocks.emptyState(getTranslation("action.overview.low.none")));
        } else {
            Grid<ActionOverview.LowScore> low = new Grid<>();
            low.addComponentColumn(r -> new Anchor("actions?department=" + r.id().value(), r.name()))
                    .setHeader(getTranslation("department.name")).setAutoWidth(true);
            low.addColumn(r -> Formats.decimal(getLocale(), r.dci(), 0)).setHeader(getTranslation("action.overview.dci"))
                    .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
            low.addColumn(r -> Formats.decimal(getLocale(), r.companyDci(), 0))
                    .setHeader(getTranslation("action.overview.company-dci")).setTextAlign(ColumnTextAlign.END)
                    .setAutoWidth(true);
            low.setItems(o.lowNoAction());
            finish(low, "actions-low");
            add(low);
        }

        add(new H2(getTranslation("action.overview.overdue.title")));
        if (o.overdue().isEmpty()) {
            add(Blocks.emptyState(getTranslation("action.overview.overdue.none")));
        } else {
            Grid<Action> overdue = new Grid<>();
            overdue.addColumn(Action::title).setHeader(getTranslation("action.title")).setFlexGrow(2);
            overdue.addColumn(a -> a.departmentId() == null ? getTranslation("action.plan.company") : a.department())
                    .setHeader(getTranslation("department.name")).setAutoWidth(true);
            overdue.addColumn(a -> a.dueOn() == null ? "" : Formats.date(getLocale(), a.dueOn()))
                    .setHeader(getTranslation("action.due")).setAutoWidth(true);
            overdue.addColumn(a -> getTranslation("action.status." + a.status())).setHeader(getTranslation("action.status"))
                    .setAutoWidth(true);
            overdue.addColumn(a -> getTranslation("action.percent.value", a.percent()))
                    .setHeader(getTranslation("action.percent")).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
            overdue.setItems(o.overdue());
            finish(overdue, "actions-overdue");
            add(overdue);
        }

        add(new H2(getTranslation("action.overview.by-department")));
        Grid<ActionOverview.DepartmentRow> departments = new Grid<>();
        departments.addComponentColumn(r -> new Anchor("actions?department=" + r.id().value(), r.name()))
                .setHeader(getTranslation("department.name")).setAutoWidth(true).setFrozen(true);
        departments.addComponentColumn(r -> Blocks.badge(getTranslation("department.kind." + r.kind()),
                r.kind().name().equals("SUPPORT") ? "support" : "front")).setHeader(getTranslation("department.kind"))
                .setAutoWidth(true);
        for (ActionStatus s : ActionStatus.values()) {
            departments.addColumn(r -> r.byStatus().getOrDefault(s, 0)).setHeader(getTranslation("action.status." + s))
                    .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        }
        departments.addColumn(ActionOverview.DepartmentRow::overdue).setHeader(getTranslation("action.overdue"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        departments.setItems(o.departments());
        finish(departments, "actions-by-department");
        add(departments);

        add(new H2(getTranslation("action.overview.by-kind")));
        Grid<DepartmentKind> kinds = new Grid<>();
        kinds.addComponentColumn(k -> Blocks.badge(getTranslation("department.kind." + k),
                k == DepartmentKind.SUPPORT ? "support" : "front")).setHeader(getTranslation("department.kind"))
                .setAutoWidth(true);
        for (ActionStatus s : ActionStatus.values()) {
            kinds.addColumn(k -> o.byKind().getOrDefault(k, Map.of()).getOrDefault(s, 0))
                    .setHeader(getTranslation("action.status." + s)).setTextAlign(ColumnTextAlign.END)
                    .setAutoWidth(true);
        }
        kinds.setItems(List.of(DepartmentKind.SUPPORT, DepartmentKind.FRONT_OFFICE));
        finish(kinds, "actions-by-kind");
        add(kinds);

        add(new H2(getTranslation("action.overview.by-target")));
        record TargetRow(String kind, Map<ActionStatus, Integer> byStatus) {
        }
        List<TargetRow> targetRows = new ArrayList<>();
        o.byTarget().forEach((k, v) -> targetRows.add(new TargetRow(k, v)));
        Grid<TargetRow> targets = new Grid<>();
        targets.addColumn(r -> getTranslation("action.target." + r.kind())).setHeader(getTranslation("action.target"))
                .setAutoWidth(true);
        for (ActionStatus s : ActionStatus.values()) {
            targets.addColumn(r -> r.byStatus().getOrDefault(s, 0)).setHeader(getTranslation("action.status." + s))
                    .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        }
        targets.setItems(targetRows);
        finish(targets, "actions-by-target");
        add(targets);

        add(new H2(getTranslation("action.overview.managers")));
        add(new Paragraph(getTranslation("action.overview.managers.note")));
        Grid<ActionOverview.ManagerRow> managers = new Grid<>();
        managers.addColumn(ActionOverview.ManagerRow::name).setHeader(getTranslation("action.overview.manager"))
                .setAutoWidth(true);
        managers.addColumn(ActionOverview.ManagerRow::department).setHeader(getTranslation("department.name"))
                .setAutoWidth(true);
        managers.addColumn(ActionOverview.ManagerRow::created).setHeader(getTranslation("action.overview.created"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        managers.addColumn(ActionOverview.ManagerRow::done).setHeader(getTranslation("action.overview.done"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        managers.addColumn(r -> r.followThrough() == null ? "—" : Formats.percent(getLocale(), r.followThrough()))
                .setHeader(getTranslation("action.overview.follow-through")).setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        managers.addColumn(ActionOverview.ManagerRow::overdue).setHeader(getTranslation("action.overdue"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        managers.addColumn(ActionOverview.ManagerRow::checkIns).setHeader(getTranslation("action.overview.checkins"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        managers.setItems(o.managers());
        finish(managers, "actions-managers");
        add(managers);
    }

    private static void finish(Grid<?> grid, String id) {
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.setId(id);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.actions.overview");
    }
}
