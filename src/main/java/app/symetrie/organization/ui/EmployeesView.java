package app.symetrie.organization.ui;

import app.symetrie.common.AppLocales;
import app.symetrie.common.Email;
import app.symetrie.common.Role;
import app.symetrie.common.UserFacingException;
import app.symetrie.common.ui.Notifications;
import app.symetrie.common.ui.Translations;
import app.symetrie.organization.Department;
import app.symetrie.organization.DepartmentId;
import app.symetrie.organization.Employee;
import app.symetrie.organization.EmployeeFilter;
import app.symetrie.organization.EmployeeId;
import app.symetrie.organization.Limits;
import app.symetrie.organization.OrganizationService;
import app.symetrie.organization.Team;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** The people of the company, searchable, loaded page by page. Leads read; administrators edit. */
@Route("employees")
@RolesAllowed({Role.ADMIN_ROLE, Role.LEAD_ROLE})
@Menu(order = 81, icon = "vaadin:users", title = "nav.employees")
public class EmployeesView extends VerticalLayout implements HasDynamicTitle {

    private final OrganizationService organization;
    private final Grid<Employee> grid = new Grid<>();
    private final TextField search = new TextField();
    private final ComboBox<Department> departmentFilter = new ComboBox<>();
    private final Span count = new Span();
    private final Map<DepartmentId, Department> departments;
    private final Map<?, Team> teams;

    EmployeesView(OrganizationService organization, AuthenticationContext authentication) {
        this.organization = organization;
        boolean canEdit = authentication.hasRole(Role.ADMIN_ROLE);
        setSizeFull();
        List<Department> departmentList = organization.departments();
        departments = departmentList.stream().collect(Collectors.toMap(Department::id, Function.identity()));
        teams = organization.allTeams().stream().collect(Collectors.toMap(Team::id, Function.identity()));

        search.setPlaceholder(getTranslation("employee.search"));
        search.setAriaLabel(getTranslation("employee.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.setId("employee-search");
        search.addValueChangeListener(e -> refresh());
        departmentFilter.setPlaceholder(getTranslation("employee.all-departments"));
        departmentFilter.setAriaLabel(getTranslation("employee.department"));
        departmentFilter.setItems(departmentList);
        departmentFilter.setItemLabelGenerator(Department::name);
        departmentFilter.setClearButtonVisible(true);
        departmentFilter.addValueChangeListener(e -> refresh());
        Button add = new Button(getTranslation("employee.new"), VaadinIcon.PLUS.create(), e -> edit(null));
        add.setId("employee-new");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setVisible(canEdit);
        HorizontalLayout toolbar = new HorizontalLayout(search, departmentFilter, count, add);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.setWrap(true);
        toolbar.setWidthFull();

        grid.addColumn(Employee::lastName).setHeader(getTranslation("employee.last-name")).setAutoWidth(true);
        grid.addColumn(Employee::firstName).setHeader(getTranslation("employee.first-name")).setAutoWidth(true);
        grid.addColumn(e -> e.email().value()).setHeader(getTranslation("employee.email")).setFlexGrow(2);
        grid.addColumn(e -> name(departments.get(e.departmentId()))).setHeader(getTranslation("employee.department"));
        grid.addColumn(e -> e.teamId() == null ? "" : teams.containsKey(e.teamId()) ? teams.get(e.teamId()).name() : "")
                .setHeader(getTranslation("employee.team"));
        grid.addColumn(e -> e.manager() ? getTranslation("common.yes") : "").setHeader(getTranslation("employee.manager"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> e.locale().getLanguage().toUpperCase(Locale.ROOT))
                .setHeader(getTranslation("employee.locale")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> e.employeeNumber() == null ? "" : e.employeeNumber())
                .setHeader(getTranslation("employee.number")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> e.active() ? "" : getTranslation("employee.status.left"))
                .setHeader(getTranslation("employee.status")).setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setEmptyStateText(getTranslation("employee.empty"));
        grid.setId("employees-grid");
        if (canEdit) {
            grid.addItemDoubleClickListener(e -> edit(e.getItem()));
            grid.addComponentColumn(emp -> {
                Button edit = new Button(VaadinIcon.EDIT.create(), e -> edit(emp));
                edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                edit.setAriaLabel(getTranslation("action.edit") + " " + emp.fullName());
                return edit;
            }).setFlexGrow(0).setWidth("4rem");
        }
        add(toolbar, grid);
        refresh();
    }

    private static String name(@Nullable Department department) {
        return department == null ? "" : department.name();
    }

    private EmployeeFilter filter() {
        Department department = departmentFilter.getValue();
        return new EmployeeFilter(search.getValue(), department == null ? null : department.id());
    }

    private void refresh() {
        EmployeeFilter filter = filter();
        grid.setItems(query -> organization.findEmployees(filter, query.getOffset(), query.getLimit()).stream(),
                query -> (int) organization.countEmployees(filter));
        count.setText(getTranslation("employee.count", organization.countEmployees(filter)));
    }

    /** The form's state: strings and picks, turned into an {@link Employee} only when everything is valid. */
    static final class Form {
        String firstName = "";
        String lastName = "";
        String email = "";
        @Nullable Department department;
        @Nullable Team team;
        boolean manager;
        Locale locale = AppLocales.FRENCH;
        String employeeNumber = "";
        boolean active = true;
    }

    private void edit(@Nullable Employee existing) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation(existing == null ? "employee.new" : "employee.edit"));
        TextField firstName = new TextField(getTranslation("employee.first-name"));
        firstName.setMaxLength(Limits.PERSON_NAME_MAX);
        TextField lastName = new TextField(getTranslation("employee.last-name"));
        lastName.setMaxLength(Limits.PERSON_NAME_MAX);
        EmailField email = new EmailField(getTranslation("employee.email"));
        email.setMaxLength(Email.MAX_LENGTH);
        ComboBox<Department> department = new ComboBox<>(getTranslation("employee.department"));
        department.setItems(organization.departments());
        department.setItemLabelGenerator(Department::name);
        ComboBox<Team> team = new ComboBox<>(getTranslation("employee.team"));
        team.setItemLabelGenerator(Team::name);
        team.setClearButtonVisible(true);
        department.addValueChangeListener(e -> {
            team.setItems(e.getValue() == null ? List.of() : organization.teams(e.getValue().id()));
            if (e.isFromClient()) {
                team.clear();
            }
        });
        Checkbox manager = new Checkbox(getTranslation("employee.manager"));
        TextField number = new TextField(getTranslation("employee.number"));
        number.setMaxLength(Employee.EMPLOYEE_NUMBER_MAX);
        number.setId("employee-number");
        Checkbox active = new Checkbox(getTranslation("employee.active"));
        active.setId("employee-active");
        Select<Locale> locale = new Select<>();
        locale.setLabel(getTranslation("employee.locale"));
        locale.setItems(AppLocales.SUPPORTED);
        locale.setItemLabelGenerator(l -> getTranslation("language." + l.getLanguage()));

        Binder<Form> binder = new Binder<>();
        binder.forField(firstName).asRequired(getTranslation("error.employee.first-name.required"))
                .bind(f -> f.firstName, (f, v) -> f.firstName = v);
        binder.forField(lastName).asRequired(getTranslation("error.employee.last-name.required"))
                .bind(f -> f.lastName, (f, v) -> f.lastName = v);
        binder.forField(email).asRequired(getTranslation("error.email.required"))
                .withValidator(Translations.checkedBy(this, Email::new))
                .bind(f -> f.email, (f, v) -> f.email = v);
        binder.forField(department).asRequired(getTranslation("error.employee.department.required"))
                .bind(f -> f.department, (f, v) -> f.department = v);
        binder.forField(team).bind(f -> f.team, (f, v) -> f.team = v);
        binder.forField(manager).bind(f -> f.manager, (f, v) -> f.manager = v);
        binder.forField(locale).asRequired().bind(f -> f.locale, (f, v) -> f.locale = v);
        binder.forField(number).bind(f -> f.employeeNumber, (f, v) -> f.employeeNumber = v == null ? "" : v);
        binder.forField(active).bind(f -> f.active, (f, v) -> f.active = v);

        Form form = new Form();
        if (existing != null) {
            form.firstName = existing.firstName();
            form.lastName = existing.lastName();
            form.email = existing.email().value();
            form.department = departments.get(existing.departmentId());
            form.team = existing.teamId() == null ? null : teams.get(existing.teamId());
            form.manager = existing.manager();
            form.locale = existing.locale();
            form.employeeNumber = existing.employeeNumber() == null ? "" : existing.employeeNumber();
            form.active = existing.active();
        }
        binder.readBean(form);

        dialog.add(new FormLayout(firstName, lastName, email, number, department, team, manager, locale,
                active));
        Button save = new Button(getTranslation("action.save"), e -> {
            if (!binder.writeBeanIfValid(form)) {
                return;
            }
            try {
                organization.saveEmployee(new Employee(existing == null ? EmployeeId.random() : existing.id(),
                        form.firstName, form.lastName, new Email(form.email),
                        Objects.requireNonNull(form.department, "the binder requires it").id(),
                        form.team == null ? null : form.team.id(), form.manager, form.locale,
                        form.employeeNumber, form.active));
                dialog.close();
                refresh();
                Notifications.success(this, "action.saved");
            } catch (UserFacingException ex) {
                Notifications.error(this, ex);
            } catch (IllegalArgumentException ex) {
                Notifications.error(this, String.valueOf(ex.getMessage()));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-employee");
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
        firstName.focus();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.employees");
    }
}
