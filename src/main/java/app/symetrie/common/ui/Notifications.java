package app.symetrie.common.ui;

import app.symetrie.common.UserFacingException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/**
 * Short, translated feedback after an action. A success closes the error still shown from an earlier attempt, so a
 * stale error never stands beside the success that followed it.
 */
public final class Notifications {

    private static final String LAST_ERROR = "symetrie.notifications.lastError";

    private Notifications() {
    }

    public static void success(Component source, String key, Object... args) {
        closeLastError();
        Notification n = Notification.show(source.getTranslation(key, args), 3000, Notification.Position.BOTTOM_START);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    public static void error(Component source, String key, Object... args) {
        closeLastError();
        Notification n = Notification.show(source.getTranslation(key, args), 6000, Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
        UI ui = UI.getCurrent();
        if (ui != null) {
            ComponentUtil.setData(ui, LAST_ERROR, n);
        }
    }

    private static void closeLastError() {
        UI ui = UI.getCurrent();
        if (ui != null && ComponentUtil.getData(ui, LAST_ERROR) instanceof Notification last) {
            last.close();
            ComponentUtil.setData(ui, LAST_ERROR, null);
        }
    }

    public static void error(Component source, UserFacingException e) {
        error(source, e.messageKey(), e.arguments());
    }
}
