package app.symetrie.ambassador.ui;

import app.symetrie.ambassador.Ambassador;
import app.symetrie.ambassador.AmbassadorApplication;
import app.symetrie.ambassador.AmbassadorProfile;
import app.symetrie.ambassador.AmbassadorService;
import app.symetrie.ambassador.AmbassadorStatus;
import app.symetrie.ambassador.CoverageRequest;
import app.symetrie.barometer.BarometerCatalog;
import app.symetrie.barometer.CatalogLabels;
import app.symetrie.common.Role;
import app.symetrie.common.UserFacingException;
import app.symetrie.common.ui.Blocks;
import app.symetrie.common.ui.Formats;
import app.symetrie.common.ui.Notifications;
import app.symetrie.organization.Department;
import app.symetrie.organization.DepartmentId;
import app.symetrie.organization.Employee;
import app.symetrie.organization.EmployeeFilter;
import app.symetrie.organization.OrganizationService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Leads run the program here: applications to approve or refuse, coverage requests (an ambassador covers only the
 * departments a lead grants), nominations, each ambassador's profile and status (pause, end, bring back).
 */
@Route("ambassadors/manage")
@RolesAllowed(Role.LEAD_ROLE)
@Menu(order = 35, icon = "vaadin:group", title = "nav.ambassador.manage")
public class AmbassadorsView extends VerticalLayout implements HasDynamicTitle {

    private final AmbassadorService ambassadors;
    private final OrganizationService organization;
    private final CatalogLabels labels;
    private final Clock clock;
    private final List<Department> departments;
    private final Map<DepartmentId, String> departmentNames;
    private final Grid<AmbassadorApplication> applications = new Grid<>();
    private final Grid<CoverageRequest> coverageRequests = new Grid<>();
    private final Grid<Ambassador> grid = new Grid<>();

    AmbassadorsView(AmbassadorService ambassadors, OrganizationService organization, BarometerCatalog catalog,
                    Clock clock) {
        this.ambassadors = ambassadors;
        this.organization = organization;
        this.clock = clock;
        this.labels = new CatalogLabels(catalog, getLocale());
        this.departments = organization.departments();
        this.departmentNames = departments.stream().collect(Collectors.toMap(Department::id, Department::name));
        addClassName("ambassadors-view");

        add(new H2(getTranslation("ambassador.manage.applications")));
        applications.addColumn(a -> Formats.date(getLocale(), LocalDate.ofInstant(a.submittedAt(), clock.getZone())))
                .setHeader(getTranslation("ambassador.manage.submitted")).setAutoWidth(true).setFlexGrow(0);
        applications.addColumn(AmbassadorApplication::name).setHeader(getTranslation("ambassador.manage.name"))
                .setAutoWidth(true);
        applications.addColumn(a -> departmentNames.getOrDefault(a.departmentId(), ""))
                .setHeader(getTranslation("ambassador.log.department")).setAutoWidth(true);
        applications.addColumn(a -> labels.tools(a.tools())).setHeader(getTranslation("ambassador.apply.tools"));
        applications.addColumn(AmbassadorApplication::motivation)
                .setHeader(getTranslation("ambassador.apply.motivation")).setFlexGrow(2);
        applications.addComponentColumn(a -> {
            Button approve = new Button(getTranslation("ambassador.manage.approve"), e -> approve(a));
            approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
            Button reject = new Button(getTranslation("ambassador.manage.reject"));
            reject.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            reject.setDisableOnClick(true);
            reject.addClickListener(e -> run(reject, () -> ambassadors.reject(a.id())));
            return new HorizontalLayout(approve, reject);
        }).setAutoWidth(true).setFlexGrow(0);
        applications.setEmptyStateText(getTranslation("ambassador.manage.applications.empty"));
        applications.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        applications.setAllRowsVisible(true);
        applications.setId("applications");
        add(applications);

        add(new H2(getTranslation("ambassador.manage.coverage-requests")));
        coverageRequests.addColumn(r -> Formats.date(getLocale(), LocalDate.ofInstant(r.requestedAt(),
                        clock.getZone()))).setHeader(getTranslation("ambassador.manage.submitted")).setAutoWidth(true)
                .setFlexGrow(0);
        coverageRequests.addColumn(CoverageRequest::name).setHeader(getTranslation("ambassador.manage.name"))
                .setAutoWidth(true);
        coverageRequests.addColumn(r -> names(r.granted()))
                .setHeader(getTranslation("ambassador.manage.coverage.granted"));
        coverageRequests.addColumn(r -> names(r.requested()))
                .setHeader(getTranslation("ambassador.manage.coverage.change"));
        coverageRequests.addComponentColumn(r -> {
            Button approve = new Button(getTranslation("ambassador.manage.approve"));
            approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
            approve.setDisableOnClick(true);
            approve.addClassName("approve-coverage");
            approve.addClickListener(e -> run(approve, "ambassador.manage.coverage.approved", r.name(),
                    () -> ambassadors.approveCoverage(r)));
            Button refuse = new Button(getTranslation("ambassador.manage.reject"));
            refuse.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            refuse.setDisableOnClick(true);
            refuse.addClassName("refuse-coverage");
            refuse.addClickListener(e -> run(refuse, "ambassador.manage.coverage.refused", r.name(),
                    () -> ambassadors.refuseCoverage(r)));
            return new HorizontalLayout(approve, refuse);
        }).setAutoWidth(true).setFlexGrow(0);
        coverageRequests.setEmptyStateText(getTranslation("ambassador.manage.coverage-requests.empty"));
        coverageRequests.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        coverageRequests.setAllRowsVisible(true);
        coverageRequests.setId("coverage-requests");
        add(coverageRequests);

        Button nominate = new Button(getTranslation("ambassador.manage.nominate"), VaadinIcon.PLUS.create(),
                e -> nominate());
        nominate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        nominate.setId("nominate");
        add(new H2(getTranslation("ambassador.manage.ambassadors")), nominate);

        grid.addColumn(Ambassador::name).setHeader(getTranslation("ambassador.manage.name")).setAutoWidth(true)
                .setSortable(true);
        grid.addColumn(a -> departmentNames.getOrDefault(a.homeDepartmentId(), ""))
                .setHeader(getTranslation("ambassador.manage.home")).setAutoWidth(true).setSortable(true);
        grid.addColumn(a -> names(a.profile().departments()))
                .setHeader(getTranslation("ambassador.profile.departments"));
        grid.addColumn(a -> labels.tools(a.profile().tools())).setHeader(getTranslation("ambassador.profile.tools"));
        grid.addColumn(a -> a.profile().monthlyHours()).setHeader(getTranslation("ambassador.manage.hours"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(a -> Blocks.badge(getTranslation("ambassador.status." + a.status()) + " · "
                        + Formats.date(getLocale(), a.statusSince()),
                        a.status() == AmbassadorStatus.ACTIVE ? "success" : "contrast"))
                .setHeader(getTranslation("ambassador.manage.status")).setAutoWidth(true)
                .setComparator(Ambassador::status).setSortable(true);
        grid.addComponentColumn(this::actions).setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("ambassador.manage.empty"));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT,
                GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setId("ambassadors-grid");
        grid.setHeight("32rem");
        add(grid, new Paragraph(getTranslation("ambassador.manage.role-note")));
        refresh();
    }

    private HorizontalLayout actions(Ambassador a) {
        HorizontalLayout actions = new HorizontalLayout();
        Button edit = new Button(VaadinIcon.EDIT.create(), e -> profileDialog(
                getTranslation("ambassador.home.profile.edit"), a.profile().departments(), a.profile().tools(),
                a.profile().topics(), a.profile().monthlyHours(), p -> ambassadors.updateProfile(a.id(), p)));
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        edit.setAriaLabel(getTranslation("action.edit") + " " + a.name());
        actions.add(edit);
        for (AmbassadorStatus target : AmbassadorStatus.values()) {
            if (target == a.status() || (a.status() == AmbassadorStatus.ENDED && target == AmbassadorStatus.PAUSED)) {
                continue;
            }
            Button change = new Button(getTranslation("ambassador.manage.to." + target));
            change.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            change.setDisableOnClick(true);
            change.addClickListener(e -> run(change, () -> ambassadors.changeStatus(a.id(), target)));
            actions.add(change);
        }
        return actions;
    }

    private String names(Collection<DepartmentId> ids) {
        return ids.stream().map(d -> departmentNames.getOrDefault(d, "")).collect(Collectors.joining(", "));
    }

    private void refresh() {
        applications.setItems(ambassadors.pendingApplications());
        coverageRequests.setItems(ambassadors.coverageRequests());
        grid.setItems(ambassadors.all());
    }

    private void approve(AmbassadorApplication application) {
        profileDialog(getTranslation("ambassador.manage.approve.title", application.name()),
                List.of(application.departmentId()), application.tools(), List.of(),
                AmbassadorService.DEFAULT_MONTHLY_HOURS, p -> ambassadors.approve(application.id(), p));
    }

    private void nominate() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("ambassador.manage.nominate"));
        ComboBox<Employee> person = new ComboBox<>(getTranslation("ambassador.manage.employee"));
        person.setItems(query -> organization.findEmployees(new EmployeeFilter(query.getFilter().orElse(""), null),
                query.getOffset(), query.getLimit()).stream());
        person.setItemLabelGenerator(e -> e.fullName() + " — " + departmentNames.getOrDefault(e.departmentId(), ""));
        person.setWidthFull();
        person.setId("nominate-employee");
        ProfileForm form = new ProfileForm(departments, labels);
        form.read(List.of(), List.of(), List.of(), AmbassadorService.DEFAULT_MONTHLY_HOURS);
        person.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                form.read(List.of(e.getValue().departmentId()), List.of(), List.of(),
                        AmbassadorService.DEFAULT_MONTHLY_HOURS);
            }
        });
        dialog.add(new VerticalLayout(person, form));
        Button save = new Button(getTranslation("ambassador.manage.nominate.save"));
        save.setId("nominate-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setDisableOnClick(true);
        save.addClickListener(e -> {
            if (person.getValue() == null) {
                person.setInvalid(true);
                person.setErrorMessage(getTranslation("ambassador.error.employee.required"));
                save.setEnabled(true);
                return;
            }
            Employee chosen = person.getValue();
            form.profile().ifPresentOrElse(p -> submit(dialog, save, () -> ambassadors.nominate(chosen.id(), p)),
                    () -> save.setEnabled(true));
        });
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private void profileDialog(String title, List<DepartmentId> covered, List<String> tools, List<String> topics,
                               int hours, Consumer<AmbassadorProfile> action) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(title);
        ProfileForm form = new ProfileForm(departments, labels);
        form.read(covered, tools, topics, hours);
        dialog.add(form);
        Button save = new Button(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setDisableOnClick(true);
        save.setId("save-profile");
        save.addClickListener(e -> form.profile().ifPresentOrElse(p -> submit(dialog, save, () -> action.accept(p)),
                () -> save.setEnabled(true)));
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private void submit(Dialog dialog, Button save, Runnable action) {
        try {
            action.run();
            dialog.close();
            Notifications.success(this, "action.saved");
            refresh();
        } catch (UserFacingException e) {
            Notifications.error(this, e);
            save.setEnabled(true);
        }
    }

    private void run(Button button, Runnable action) {
        run(button, "action.saved", "", action);
    }

    private void run(Button button, String successKey, String name, Runnable action) {
        try {
            action.run();
            Notifications.success(this, successKey, name);
            refresh();
        } catch (UserFacingException e) {
            Notifications.error(this, e);
            button.setEnabled(true);
            refresh();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.ambassador.manage");
    }
}
