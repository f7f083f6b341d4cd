package app.symetrie.notification.ui;

import app.symetrie.notification.NotificationService;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.shared.Registration;
import org.springframework.modulith.NamedInterface;

/**
 * The bell in the header (the one piece of this module the shell, {@code base}, uses): how many notifications are unread, and the way to them. Counted again at each navigation
 * and whenever the notifications page changes what is read ({@link UnreadChanged}).
 */
@NamedInterface("bell")
public class NotificationBell extends Button {

    /** Fired on the UI when the person read notifications, so that the bell counts again. */
    public static final class UnreadChanged extends ComponentEvent<UI> {
        public UnreadChanged(UI ui) {
            super(ui, false);
        }
    }

    private final NotificationService notifications;
    private final Span count = new Span();
    private Registration listener = () -> { };

    public NotificationBell(NotificationService notifications) {
        this.notifications = notifications;
        setIcon(VaadinIcon.BELL.create());
        addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
        addClassName("notification-bell");
        setId("notification-bell");
        count.addClassName("notification-count");
        count.setId("notification-count");
        count.getElement().setAttribute("aria-hidden", "true");
        getElement().appendChild(count.getElement());
        addClickListener(e -> getUI().ifPresent(ui -> ui.navigate(NotificationService.PAGE)));
        addAttachListener(e -> {
            listener.remove();
            listener = ComponentUtil.addListener(e.getUI(), UnreadChanged.class, changed -> refresh());
            refresh();
        });
        addDetachListener(e -> listener.remove());
    }

    /** Counts the unread notifications again (a hidden bell — nobody signed in — counts nothing). */
    public void refresh() {
        if (!isVisible()) {
            return;
        }
        long unread = notifications.unreadCount();
        count.setText(unread == 0 ? "" : unread > 99 ? "99+" : String.valueOf(unread));
        count.setVisible(unread > 0);
        String label = unread == 0 ? getTranslation("notification.bell")
                : unread == 1 ? getTranslation("notification.bell.unread.one")
                : getTranslation("notification.bell.unread", unread);
        setAriaLabel(label);
        setTooltipText(label);
    }

    /** Tells the bell of this UI that the person read notifications. */
    public static void unreadChanged(UI ui) {
        ComponentUtil.fireEvent(ui, new UnreadChanged(ui));
    }
}
