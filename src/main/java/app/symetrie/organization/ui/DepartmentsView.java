package app.symetrie.organization.ui;

import app.symetrie.common.Role;
import app.symetrie.common.UserFacingException;
import app.symetrie.common.ui.Notifications;
import app.symetrie.organization.Department;
import app.symetrie.organization.DepartmentId;
import app.symetrie.organization.DepartmentKind;
import app.symetrie.organization.Limits;
import app.symetrie.organization.OrganizationService;
import app.symetrie.organization.Team;
import app.symetrie.organization.TeamId;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** Departments (support functions and front office) and their teams. Leads read; administrators edit. */
@Route("departments")
@RolesAllowed({Role.ADMIN_ROLE, Role.LEAD_ROLE})
@Menu(order = 80, icon = "vaadin:sitemap", title = "nav.departments")
public class DepartmentsView extends VerticalLayout implements HasDynamicTitle {

    private final OrganizationService organization;
    private final boolean canEdit;
    private final Grid<Department> grid = new Grid<>();
    private final VerticalLayout teamsPanel = new VerticalLayout();
    private Map<DepartmentId, Long> headcount = Map.of();
    private Map<DepartmentId, Department> byId = Map.of();

    DepartmentsView(OrganizationService organization, AuthenticationContext authentication) {
        this.organization = organization;
        this.canEdit = authentication.hasRole(Role.ADMIN_ROLE);
        setSizeFull();

        Button add = new Button(getTranslation("department.new"), VaadinIcon.PLUS.create(),
                e -> edit(null));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("new-department");
        add.setVisible(canEdit);

        grid.addColumn(Department::name).setHeader(getTranslation("department.name")).setFlexGrow(2)
                .setSortable(true).setComparator(Comparator.comparing(Department::name, String.CASE_INSENSITIVE_ORDER));
        grid.addComponentColumn(d -> new KindBadge(d.kind())).setHeader(getTranslation("department.kind"))
                .setSortable(true).setComparator(Department::kind);
        grid.addColumn(d -> d.parentId() == null ? "" : Optional.ofNullable(byId.get(d.parentId()))
                .map(Department::name).orElse("")).setHeader(getTranslation("department.parent"));
        grid.addColumn(d -> headcount.getOrDefault(d.id(), 0L)).setHeader(getTranslation("department.headcount"))
                .setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END).setSortable(true)
                .setComparator(d -> headcount.getOrDefault(d.id(), 0L));
        if (canEdit) {
            grid.addComponentColumn(d -> {
                Button editButton = new Button(VaadinIcon.EDIT.create(), e -> edit(d));
                editButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                editButton.setAriaLabel(getTranslation("action.edit") + " " + d.name());
                return editButton;
            }).setFlexGrow(0).setWidth("4rem");
        }
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("department.empty"));
        grid.asSingleSelect().addValueChangeListener(e -> showTeams(e.getValue()));
        grid.setId("departments-grid");

        teamsPanel.setPadding(false);
        add(add, grid, teamsPanel);
        refresh();
    }

    private void refresh() {
        List<Department> departments = organization.departments();
        byId = departments.stream().collect(Collectors.toMap(Department::id, Function.identity()));
        headcount = organization.headcountByDepartment();
        grid.setItems(departments);
    }

    private void showTeams(@Nullable Department department) {
        teamsPanel.removeAll();
        if (department == null) {
            return;
        }
        teamsPanel.add(new H3(getTranslation("team.of", department.name())));
        List<Team> teams = organization.teams(department.id());
        if (teams.isEmpty()) {
            teamsPanel.add(new Span(getTranslation("team.empty")));
        }
        for (Team team : teams) {
            HorizontalLayout row = new HorizontalLayout(new Span(team.name()));
            row.setAlignItems(Alignment.CENTER);
            if (canEdit) {
                Button delete = new Button(VaadinIcon.TRASH.create(), e -> run(() -> {
                    organization.deleteTeam(team.id());
                    showTeams(department);
                }));
                delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
                delete.setAriaLabel(getTranslation("action.delete") + " " + team.name());
                row.add(delete);
            }
            teamsPanel.add(row);
        }
        if (canEdit) {
            TextField name = new TextField();
            name.setPlaceholder(getTranslation("team.new.placeholder"));
            name.setMaxLength(Limits.NAME_MAX);
            name.setAriaLabel(getTranslation("team.new.placeholder"));
            Button addTeam = new Button(getTranslation("team.add"), e -> run(() -> {
                organization.saveTeam(new Team(TeamId.random(), department.id(), name.getValue()));
                showTeams(department);
            }));
            addTeam.addClickShortcut(com.vaadin.flow.component.Key.ENTER);
            teamsPanel.add(new HorizontalLayout(name, addTeam));
        }
    }

    private void run(Runnable action) {
        try {
            action.run();
            Notifications.success(this, "action.saved");
        } catch (UserFacingException e) {
            Notifications.error(this, e);
        } catch (IllegalArgumentException e) {
            Notifications.error(this, String.valueOf(e.getMessage()));
        }
    }

    private void edit(@Nullable Department existing) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation(existing == null ? "department.new" : "department.edit"));
        TextField name = new TextField(getTranslation("department.name"));
        name.setMaxLength(Limits.NAME_MAX);
        name.setRequiredIndicatorVisible(true);
        Select<DepartmentKind> kind = new Select<>();
        kind.setLabel(getTranslation("department.kind"));
        kind.setItems(DepartmentKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("department.kind." + k.name()));
        ComboBox<Department> parent = new ComboBox<>(getTranslation("department.parent"));
        parent.setItems(organization.departments().stream()
                .filter(d -> existing == null || !d.id().equals(existing.id())).toList());
        parent.setItemLabelGenerator(Department::name);
        parent.setClearButtonVisible(true);
        if (existing != null) {
            name.setValue(existing.name());
            kind.setValue(existing.kind());
            parent.setValue(existing.parentId() == null ? null : byId.get(existing.parentId()));
        }
        FormLayout form = new FormLayout(name, kind, parent);
        dialog.add(form);

        Button save = new Button(getTranslation("action.save"), e -> {
            if (kind.getValue() == null) {
                kind.setInvalid(true);
                kind.setErrorMessage(getTranslation("error.department.kind.required"));
                return;
            }
            try {
                organization.saveDepartment(new Department(existing == null ? DepartmentId.random() : existing.id(),
                        name.getValue(), kind.getValue(), parent.getValue() == null ? null : parent.getValue().id()));
                dialog.close();
                refresh();
                Notifications.success(this, "action.saved");
            } catch (UserFacingException ex) {
                Notifications.error(this, ex);
            } catch (IllegalArgumentException ex) {
                name.setInvalid(true);
                name.setErrorMessage(getTranslation(String.valueOf(ex.getMessage())));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setDisableOnClick(false);
        Button cancel = new Button(getTranslation("action.cancel"), e -> dialog.close());
        dialog.getFooter().add(cancel, save);
        if (existing != null) {
            Button delete = new Button(getTranslation("action.delete"), e -> {
                try {
                    organization.deleteDepartment(existing.id());
                    dialog.close();
                    refresh();
                    Notifications.success(this, "action.deleted");
                } catch (UserFacingException ex) {
                    Notifications.error(this, ex);
                }
            });
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            dialog.getFooter().addComponentAsFirst(delete);
        }
        dialog.open();
        name.focus();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.departments");
    }
}
