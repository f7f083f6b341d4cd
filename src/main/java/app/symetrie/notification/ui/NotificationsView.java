package app.symetrie.notification.ui;

import app.symetrie.common.ui.Blocks;
import app.symetrie.common.ui.Formats;
import app.symetrie.notification.Notification;
import app.symetrie.notification.NotificationService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;

/**
 * The person's notifications, newest first, unread ones marked; opening one marks it read and goes where it points.
 * Below, the one setting: whether they also come by e-mail.
 */
@Route(NotificationService.PAGE)
@PermitAll
public class NotificationsView extends VerticalLayout implements HasDynamicTitle {

    private final NotificationService notifications;
    private final Div list = new Div();
    private final Button markAll = new Button();

    NotificationsView(NotificationService notifications) {
        this.notifications = notifications;
        addClassName("notifications-view");
        setId("notifications");
        if (!notifications.hasInbox()) {
            add(Blocks.emptyState(getTranslation("notification.no-inbox")));
            return;
        }
        add(new Paragraph(getTranslation("notification.intro", NotificationService.LATEST)));
        markAll.setText(getTranslation("notification.mark-all-read"));
        markAll.setId("notifications-mark-all");
        markAll.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        markAll.addClickListener(e -> {
            notifications.markAllRead();
            changed();
        });
        list.addClassName("notification-list");
        list.setId("notification-list");
        list.setWidthFull();
        add(markAll, list);
        add(new H2(getTranslation("notification.settings")));
        Checkbox emails = new Checkbox(getTranslation("notification.emails"), notifications.emailsWanted());
        emails.setId("notification-emails");
        emails.setHelperText(getTranslation("notification.emails.help"));
        emails.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                notifications.setEmailsWanted(e.getValue());
                app.symetrie.common.ui.Notifications.success(this,
                        e.getValue() ? "notification.emails.on" : "notification.emails.off");
            }
        });
        add(emails);
        refresh();
    }

    private void changed() {
        refresh();
        getUI().ifPresent(NotificationBell::unreadChanged);
    }

    private void refresh() {
        list.removeAll();
        List<Notification> latest = notifications.mine(NotificationService.LATEST);
        markAll.setEnabled(latest.stream().anyMatch(n -> !n.read()));
        // A list for assistive technologies only when it has items (an empty-state text is no list item).
        if (latest.isEmpty()) {
            list.getElement().removeAttribute("role");
            list.add(Blocks.emptyState(getTranslation("notification.empty")));
        } else {
            list.getElement().setAttribute("role", "list");
        }
        latest.forEach(n -> list.add(item(n)));
    }

    private Div item(Notification n) {
        Div item = new Div();
        item.addClassName("card");
        item.addClassName("notification");
        item.getElement().setAttribute("role", "listitem");
        if (!n.read()) {
            item.addClassName("unread");
        }
        Paragraph text = new Paragraph(getTranslation(n.kind().textKey(), n.arguments(getLocale(),
                notifications.zone())));
        text.addClassName("notification-text");
        Span at = new Span(Formats.dateTime(getLocale(), n.createdAt(), notifications.zone()));
        at.addClassName("notification-at");
        HorizontalLayout meta = new HorizontalLayout(at);
        meta.setAlignItems(Alignment.CENTER);
        meta.setWrap(true);
        if (!n.read()) {
            meta.addComponentAsFirst(Blocks.badge(getTranslation("notification.unread"), "contrast"));
        }
        Button open = new Button(getTranslation("notification.open"), e -> {
            notifications.markRead(n.id());
            getUI().ifPresent(NotificationBell::unreadChanged);
            UI.getCurrent().navigate(n.link());
        });
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        open.addClassName("notification-open");
        HorizontalLayout actions = new HorizontalLayout(open);
        if (!n.read()) {
            Button read = new Button(getTranslation("notification.mark-read"), e -> {
                notifications.markRead(n.id());
                changed();
            });
            read.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            read.addClassName("notification-mark-read");
            actions.add(read);
        }
        actions.setWrap(true);
        item.add(meta, text, actions);
        return item;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notification.title");
    }
}
