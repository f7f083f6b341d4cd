package app.symetrie.training.ui;

import app.symetrie.common.Role;
import app.symetrie.common.ui.Blocks;
import app.symetrie.common.ui.Formats;
import app.symetrie.training.TrainingReport;
import app.symetrie.training.TrainingReport.Figures;
import app.symetrie.training.TrainingReportService;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.function.Function;

/**
 * The lead's training report: fill rates, waiting lists (a demand signal), completion and ratings — by kind of
 * department (support functions against front office), by department, by course and by format.
 */
@Route("training/report")
@RolesAllowed(Role.LEAD_ROLE)
@Menu(order = 60, icon = "vaadin:table", title = "nav.training.report")
public class TrainingReportView extends VerticalLayout implements HasDynamicTitle {

    TrainingReportView(TrainingReportService reports) {
        addClassName("training-report");
        TrainingReport report = reports.report();
        Figures total = report.total();
        add(new Paragraph(getTranslation("training.report.intro")));
        Div figures = new Div();
        figures.addClassName("figures");
        figures.add(Blocks.figure(getTranslation("training.report.sessions"), String.valueOf(total.sessions())));
        figures.add(Blocks.figure(getTranslation("training.report.fill"),
                Formats.percent(getLocale(), total.fillRate())));
        figures.add(Blocks.figure(getTranslation("training.report.waitlisted"), String.valueOf(total.waitlisted())));
        figures.add(Blocks.figure(getTranslation("training.report.completion"),
                Formats.percent(getLocale(), total.completionRate())));
        figures.add(Blocks.figure(getTranslation("training.report.rating"),
                total.ratings() == 0 ? "—" : Formats.decimal(getLocale(), total.meanRating(), 1)));
        add(figures);

        add(new H2(getTranslation("training.report.by-kind")));
        Grid<TrainingReport.KindRow> kinds = new Grid<>();
        kinds.addComponentColumn(r -> Blocks.badge(getTranslation("department.kind." + r.kind()),
                r.kind().name().equals("SUPPORT") ? "support" : "front")).setHeader(getTranslation("department.kind"))
                .setAutoWidth(true);
        kinds.addColumn(TrainingReport.KindRow::headcount).setHeader(getTranslation("department.headcount"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        kinds.addComponentColumn(r -> reachBar(r.reach())).setHeader(getTranslation("training.report.reach"))
                .setAutoWidth(true);
        peopleColumns(kinds, TrainingReport.KindRow::figures);
        kinds.setItems(report.kinds());
        finish(kinds, "report-kinds");
        add(kinds);

        add(new H2(getTranslation("training.report.by-department")));
        Grid<TrainingReport.DepartmentRow> departments = new Grid<>();
        departments.addColumn(r -> r.department().name()).setHeader(getTranslation("department.name"))
                .setAutoWidth(true).setFrozen(true);
        departments.addComponentColumn(r -> Blocks.badge(getTranslation("department.kind." + r.department().kind()),
                r.department().isSupport() ? "support" : "front")).setHeader(getTranslation("department.kind"))
                .setAutoWidth(true);
        departments.addColumn(TrainingReport.DepartmentRow::headcount).setHeader(getTranslation("department.headcount"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        departments.addComponentColumn(r -> reachBar(r.reach())).setHeader(getTranslation("training.report.reach"))
                .setAutoWidth(true).setComparator(TrainingReport.DepartmentRow::reach).setSortable(true);
        peopleColumns(departments, TrainingReport.DepartmentRow::figures);
        departments.setItems(report.departments());
        finish(departments, "report-departments");
        add(departments);

        add(new H2(getTranslation("training.report.by-course")));
        Grid<TrainingReport.CourseRow> courses = new Grid<>();
        courses.addColumn(r -> r.course().title()).setHeader(getTranslation("training.course")).setFlexGrow(2)
                .setFrozen(true);
        sessionColumns(courses, TrainingReport.CourseRow::figures);
        peopleColumns(courses, TrainingReport.CourseRow::figures);
        courses.setItems(report.courses());
        finish(courses, "report-courses");
        add(courses);

        add(new H2(getTranslation("training.report.by-format")));
        Grid<TrainingReport.FormatRow> formats = new Grid<>();
        formats.addColumn(r -> getTranslation("training.format." + r.format()))
                .setHeader(getTranslation("training.format"))
                .setAutoWidth(true);
        sessionColumns(formats, TrainingReport.FormatRow::figures);
        peopleColumns(formats, TrainingReport.FormatRow::figures);
        formats.setItems(report.formats());
        finish(formats, "report-formats");
        add(formats);
    }

    private Div reachBar(double reach) {
        ProgressBar bar = new ProgressBar(0, 1, Math.min(1, reach));
        bar.getElement().setAttribute("aria-label", Formats.percent(getLocale(), reach));
        Div cell = new Div(new Span(Formats.percent(getLocale(), reach)), bar);
        cell.addClassName("bar-cell");
        return cell;
    }

    private <T> void sessionColumns(Grid<T> grid, Function<T, Figures> figures) {
        grid.addColumn(r -> figures.apply(r).sessions()).setHeader(getTranslation("training.report.sessions"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(r -> Formats.percent(getLocale(), figures.apply(r).fillRate()))
                .setHeader(getTranslation("training.report.fill")).setTextAlign(ColumnTextAlign.END).setAutoWidth(true)
                .setComparator(r -> figures.apply(r).fillRate()).setSortable(true);
    }

    private <T> void peopleColumns(Grid<T> grid, Function<T, Figures> figures) {
        grid.addColumn(r -> figures.apply(r).waitlisted()).setHeader(getTranslation("training.report.waitlisted"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true)
                .setComparator(r -> figures.apply(r).waitlisted()).setSortable(true);
        grid.addColumn(r -> figures.apply(r).enrolledPast() == 0 ? "—"
                        : Formats.percent(getLocale(), figures.apply(r).completionRate()))
                .setHeader(getTranslation("training.report.completion")).setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        grid.addColumn(r -> figures.apply(r).ratings() == 0 ? "—"
                        : getTranslation("training.report.rating.value",
                        Formats.decimal(getLocale(), figures.apply(r).meanRating(), 1), figures.apply(r).ratings()))
                .setHeader(getTranslation("training.report.rating")).setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
    }

    private static void finish(Grid<?> grid, String id) {
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.setId(id);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.training.report");
    }
}
