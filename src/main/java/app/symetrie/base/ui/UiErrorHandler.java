package app.symetrie.base.ui;

import app.symetrie.common.UserFacingException;
import app.symetrie.common.ui.Notifications;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * One error path for the whole UI. A refusal the person can act on ({@link UserFacingException}) shows its
 * translated message; a right withdrawn meanwhile shows "you no longer have access to this"; anything else shows a
 * short message with a reference that is also in the log, so support can find it — never a stack trace, a host name
 * or silence.
 */
@Component
class UiErrorHandler implements VaadinServiceInitListener, ErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(UiErrorHandler.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(session -> session.getSession().setErrorHandler(this));
    }

    @Override
    public void error(ErrorEvent event) {
        Throwable error = event.getThrowable();
        UserFacingException refusal = find(error, UserFacingException.class);
        AccessDeniedException denied = find(error, AccessDeniedException.class);
        UI ui = UI.getCurrent();
        if (refusal != null) {
            if (ui != null) {
                Notifications.error(ui, refusal);
            }
            return;
        }
        if (denied != null) {
            log.info("A request was refused: access withdrawn or outside the person's role ({})", denied.getMessage());
            if (ui != null) {
                Notifications.error(ui, "error.access.withdrawn");
            }
            return;
        }
        String reference = HexFormat.of().formatHex(new byte[] {(byte) ThreadLocalRandom.current().nextInt(),
                (byte) ThreadLocalRandom.current().nextInt(), (byte) ThreadLocalRandom.current().nextInt()});
        log.error("Unexpected error, reference {}", reference, error);
        if (ui != null) {
            Notifications.error(ui, "error.unexpected", reference);
        }
    }

    static <T extends Throwable> @Nullable T find(@Nullable Throwable error, Class<T> type) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }
}
