package app.symetrie.common.ui;

import app.symetrie.common.UserFacingException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** Short, translated feedback after an action. */
public final class Notifications {

    private Notifications() {
    }

    public static void success(Component source, String key, Object... args) {
        Notification n = Notification.show(source.getTranslation(key, args), 3000, Notification.Position.BOTTOM_START);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    public static void error(Component source, String key, Object... args) {
        Notification n = Notification.show(source.getTranslation(key, args), 6000, Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    public static void error(Component source, UserFacingException e) {
        error(source, e.messageKey(), e.arguments());
    }
}
