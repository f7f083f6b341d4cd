package app.symetrie.mail.ui;

import app.symetrie.common.Role;
import app.symetrie.mail.MailService;
import app.symetrie.mail.OutboxMessage;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** The e-mails the application sent or, without SMTP, kept: reminders and notifications, newest first. */
@Route("outbox")
@RolesAllowed(Role.ADMIN_ROLE)
@Menu(order = 92, icon = "vaadin:envelope-o", title = "nav.outbox")
public class OutboxView extends VerticalLayout implements HasDynamicTitle {

    OutboxView(MailService mail, java.time.Clock clock) {
        setSizeFull();
        add(new Paragraph(getTranslation("outbox.intro")));
        var format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale())
                .withZone(clock.getZone());
        Grid<OutboxMessage> grid = new Grid<>();
        grid.addColumn(m -> format.format(m.createdAt())).setHeader(getTranslation("outbox.when")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(OutboxMessage::to).setHeader(getTranslation("outbox.to")).setAutoWidth(true);
        grid.addColumn(OutboxMessage::subject).setHeader(getTranslation("outbox.subject")).setFlexGrow(2);
        grid.addColumn(m -> getTranslation("outbox.status." + m.status().name()))
                .setHeader(getTranslation("outbox.status")).setAutoWidth(true).setFlexGrow(0);
        grid.setItemDetailsRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>(m -> new Pre(m.body())));
        grid.setItems(q -> mail.latest(q.getOffset(), q.getLimit()).stream(), q -> (int) mail.count());
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("outbox.empty"));
        add(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.outbox");
    }
}
