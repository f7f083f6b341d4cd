package app.symetrie.audit.ui;

import app.symetrie.audit.AuditEntry;
import app.symetrie.audit.AuditLog;
import app.symetrie.common.Role;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** The audit log for administrators: who changed access, figures or campaigns, and when, newest first. */
@Route("audit")
@RolesAllowed(Role.ADMIN_ROLE)
@Menu(order = 93, icon = "vaadin:clipboard-text", title = "nav.audit")
public class AuditView extends VerticalLayout implements HasDynamicTitle {

    static final int SHOWN = 500;

    AuditView(AuditLog audit, java.time.Clock clock) {
        setSizeFull();
        add(new Paragraph(getTranslation("audit.intro", SHOWN)));
        var format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale())
                .withZone(clock.getZone());
        Grid<AuditEntry> grid = new Grid<>();
        grid.addColumn(e -> format.format(e.at())).setHeader(getTranslation("audit.when")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(AuditEntry::actor).setHeader(getTranslation("audit.actor")).setAutoWidth(true);
        grid.addColumn(e -> getTranslation("audit.action." + e.action())).setHeader(getTranslation("audit.action"))
                .setAutoWidth(true);
        grid.addColumn(AuditEntry::detail).setHeader(getTranslation("audit.detail")).setFlexGrow(2);
        grid.setItems(audit.latest(SHOWN));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText(getTranslation("audit.empty"));
        grid.setId("audit-grid");
        add(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.audit");
    }
}
