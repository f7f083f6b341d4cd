package app.symetrie.notification;

import app.symetrie.common.Unrestricted;
import app.symetrie.common.UserFacingException;
import app.symetrie.notification.internal.NotificationDocument;
import app.symetrie.notification.internal.NotificationStore;
import app.symetrie.organization.EmployeeId;
import app.symetrie.security.CurrentUser;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The signed-in person's notifications: the latest, how many are unread, marking them read, and whether they also
 * want them by e-mail. Everyone reads only their own; a person with no employee record (an administrator's account)
 * has none.
 */
@Service
public class NotificationService {

    /** The route of the notifications page (linked from every e-mail, to turn them off). */
    public static final String PAGE = "notifications";
    /** How many the page shows. */
    public static final int LATEST = 50;

    private final NotificationStore store;
    private final Clock clock;

    NotificationService(NotificationStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    private static Optional<EmployeeId> me() {
        return Optional.ofNullable(CurrentUser.require().employeeId());
    }

    /** Whether the signed-in person can receive notifications at all (they are an employee). */
    @PreAuthorize("isAuthenticated()")
    public boolean hasInbox() {
        return me().isPresent();
    }

    /** The latest notifications, newest first. */
    @PreAuthorize("isAuthenticated()")
    public List<Notification> mine(int limit) {
        return me().map(id -> store.latest(id.value(), Math.clamp(limit, 1, LATEST)).stream()
                .map(NotificationDocument::toDomain).toList()).orElse(List.of());
    }

    @PreAuthorize("isAuthenticated()")
    public long unreadCount() {
        return me().map(id -> store.unread(id.value())).orElse(0L);
    }

    /** Marks one of the person's notifications read; someone else's id changes nothing. */
    @PreAuthorize("isAuthenticated()")
    public void markRead(NotificationId id) {
        me().ifPresent(employee -> store.markRead(employee.value(), id.value()));
    }

    @PreAuthorize("isAuthenticated()")
    public void markAllRead() {
        me().ifPresent(employee -> store.markAllRead(employee.value()));
    }

    /** Whether the person also gets their notifications by e-mail (yes unless they turned it off). */
    @PreAuthorize("isAuthenticated()")
    public boolean emailsWanted() {
        return me().map(id -> store.emails(id.value())).orElse(false);
    }

    /** Turns e-mails on or off; the notifications in the app stay either way. */
    @PreAuthorize("isAuthenticated()")
    public void setEmailsWanted(boolean wanted) {
        EmployeeId id = me().orElseThrow(() -> new UserFacingException("notification.error.no-employee"));
        store.setEmails(id.value(), wanted, clock.instant());
    }

    /** The company's time zone, in which notification dates are shown. */
    @Unrestricted("A setting, nothing of a person")
    public ZoneId zone() {
        return clock.getZone();
    }
}
