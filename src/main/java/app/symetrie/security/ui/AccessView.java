package app.symetrie.security.ui;

import app.symetrie.common.Email;
import app.symetrie.common.Role;
import app.symetrie.common.UserFacingException;
import app.symetrie.common.ui.Formats;
import app.symetrie.common.ui.Notifications;
import app.symetrie.organization.Employee;
import app.symetrie.organization.EmployeeFilter;
import app.symetrie.organization.OrganizationService;
import app.symetrie.security.AccessHolder;
import app.symetrie.security.AccountService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Who may do more than an employee, for administrators. Everyone in the organization signs in as EMPLOYEE (MANAGER
 * from the HR flag, AMBASSADOR from the program); here an administrator searches a person and grants or revokes LEAD
 * and ADMIN, blocks or restores a person's access, and sees who holds which role since when — granted here, or from
 * the identity provider's groups.
 */
@Route("access")
@RolesAllowed(Role.ADMIN_ROLE)
@Menu(order = 92, icon = "vaadin:key", title = "nav.access")
public class AccessView extends VerticalLayout implements HasDynamicTitle {

    static final int RESULTS = 20;

    private final AccountService accounts;
    private final OrganizationService organization;
    private final TextField search = new TextField();
    private final Grid<AccessHolder> results = new Grid<>();
    private final Grid<Row> holders = new Grid<>();

    /** One role of one person in the holders' list. */
    record Row(AccessHolder holder, @Nullable Role role, boolean directory, @Nullable Instant since) {
    }

    AccessView(AccountService accounts, OrganizationService organization) {
        this.accounts = accounts;
        this.organization = organization;
        setSizeFull();
        add(new Paragraph(getTranslation("access.intro")));
        if (accounts.hasDemoAccounts()) {
            add(demoAccountsPanel());
        }

        search.setId("access-search");
        search.setLabel(getTranslation("access.search"));
        search.setPlaceholder(getTranslation("access.search.placeholder"));
        search.setWidth("24rem");
        search.setMaxLength(Email.MAX_LENGTH);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> searchPeople());
        results.setId("access-results");
        results.addColumn(AccessHolder::name).setHeader(getTranslation("access.person")).setAutoWidth(true);
        results.addColumn(AccessHolder::email).setHeader(getTranslation("access.email")).setAutoWidth(true);
        results.addColumn(this::rolesText).setHeader(getTranslation("access.roles")).setAutoWidth(true);
        results.addComponentColumn(this::actions).setHeader(getTranslation("access.actions")).setAutoWidth(true);
        results.setAllRowsVisible(true);
        results.setVisible(false);
        results.addThemeVariants(GridVariant.LUMO_COMPACT);

        holders.setId("access-holders");
        holders.addColumn(r -> r.holder().name()).setHeader(getTranslation("access.person")).setAutoWidth(true);
        holders.addColumn(r -> r.holder().email()).setHeader(getTranslation("access.email")).setAutoWidth(true);
        holders.addColumn(r -> r.role() == null ? getTranslation("access.blocked")
                : getTranslation("role." + r.role().name())).setHeader(getTranslation("access.role")).setAutoWidth(true);
        holders.addColumn(r -> r.since() == null ? "" : Formats.dateTime(getLocale(), r.since(), ZoneId.systemDefault()))
                .setHeader(getTranslation("access.since")).setAutoWidth(true);
        holders.addColumn(r -> r.role() == null ? "" : getTranslation(r.directory() ? "access.source.directory"
                : "access.source.granted")).setHeader(getTranslation("access.source")).setAutoWidth(true);
        holders.addComponentColumn(this::rowAction).setAutoWidth(true);
        holders.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        holders.setEmptyStateText(getTranslation("access.empty"));

        add(search, results, new H3(getTranslation("access.holders")), holders);
        refresh();
    }

    private void searchPeople() {
        String text = search.getValue().strip();
        if (text.length() < 2) {
            results.setVisible(false);
            return;
        }
        List<Employee> found = organization.findEmployees(new EmployeeFilter(text, null), 0, RESULTS);
        results.setItems(found.stream().map(e -> accounts.accessOf(e.email())).toList());
        results.setVisible(true);
    }

    private String rolesText(AccessHolder h) {
        List<String> names = new ArrayList<>();
        for (Role role : List.of(Role.LEAD, Role.ADMIN)) {
            if (h.granted().contains(role) || h.directory().contains(role)) {
                names.add(getTranslation("role." + role.name()));
            }
        }
        if (!h.enabled()) {
            names.add(getTranslation("access.blocked"));
        }
        return names.isEmpty() ? getTranslation("access.roles.organization") : String.join(", ", names);
    }

    private Component actions(AccessHolder h) {
        HorizontalLayout buttons = new HorizontalLayout();
        buttons.setSpacing(true);
        for (Role role : List.of(Role.LEAD, Role.ADMIN)) {
            boolean held = h.granted().contains(role);
            Button b = new Button(getTranslation((held ? "access.revoke." : "access.grant.") + role.name()),
                    e -> act(() -> {
                        if (held) {
                            accounts.revokeRole(new Email(h.email()), role);
                        } else {
                            accounts.grantRole(new Email(h.email()), role);
                        }
                    }, held ? "access.revoked" : "access.granted", h.name()));
            b.addThemeVariants(ButtonVariant.LUMO_SMALL);
            b.setId("access-" + (held ? "revoke-" : "grant-") + role.name().toLowerCase(java.util.Locale.ROOT));
            buttons.add(b);
        }
        buttons.add(blockButton(h));
        return buttons;
    }

    private Button blockButton(AccessHolder h) {
        Button b = new Button(getTranslation(h.enabled() ? "access.block" : "access.restore"),
                e -> act(() -> accounts.setEnabled(new Email(h.email()), !h.enabled()),
                        h.enabled() ? "access.blocked.done" : "access.restored", h.name()));
        b.addThemeVariants(ButtonVariant.LUMO_SMALL, h.enabled() ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_SUCCESS);
        b.setId(h.enabled() ? "access-block" : "access-restore");
        return b;
    }

    private Component rowAction(Row r) {
        Role role = r.role();
        if (role == null) {
            return blockButton(r.holder());
        }
        if (r.directory()) {
            return new Span();
        }
        Button b = new Button(getTranslation("access.revoke"), e -> act(() -> accounts.revokeRole(
                new Email(r.holder().email()), role), "access.revoked", r.holder().name()));
        b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return b;
    }

    /** Demo logins share a well-known password: removing them is the first thing to do before real data. */
    private Component demoAccountsPanel() {
        Paragraph text = new Paragraph(getTranslation("access.demo.present"));
        Button remove = new Button(getTranslation("access.demo.remove"));
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        HorizontalLayout panel = new HorizontalLayout(text, remove);
        panel.setId("demo-accounts");
        panel.setAlignItems(Alignment.CENTER);
        panel.setWidthFull();
        remove.addClickListener(click -> {
            ConfirmDialog confirm = new ConfirmDialog();
            confirm.setHeader(getTranslation("access.demo.remove.title"));
            confirm.setText(getTranslation("access.demo.remove.text"));
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("action.cancel"));
            confirm.setConfirmText(getTranslation("access.demo.remove"));
            confirm.setConfirmButtonTheme("error primary");
            confirm.addConfirmListener(e -> {
                try {
                    long removed = accounts.removeDemoAccounts();
                    Notifications.success(this, "access.demo.removed", removed);
                    panel.setVisible(false);
                } catch (UserFacingException refused) {
                    Notifications.error(this, refused);
                }
                refresh();
            });
            confirm.open();
        });
        return panel;
    }

    private void act(Runnable change, String doneKey, String name) {
        try {
            change.run();
            Notifications.success(this, doneKey, name);
        } catch (UserFacingException e) {
            Notifications.error(this, e);
        }
        refresh();
        searchPeople();
    }

    private void refresh() {
        List<Row> rows = new ArrayList<>();
        for (AccessHolder h : accounts.accessHolders()) {
            for (Role role : List.of(Role.ADMIN, Role.LEAD)) {
                if (h.granted().contains(role)) {
                    rows.add(new Row(h, role, false, h.since().get(role)));
                }
                if (h.directory().contains(role)) {
                    rows.add(new Row(h, role, true, null));
                }
            }
            if (!h.enabled()) {
                rows.add(new Row(h, null, false, null));
            }
        }
        holders.setItems(rows);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.access");
    }
}
