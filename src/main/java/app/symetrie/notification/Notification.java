package app.symetrie.notification;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One notification as its recipient sees it. {@code args} fill the kind's text ({@link NotificationKind#textKey()});
 * {@code when}, if any, is a date and time the text names (formatted in the reader's language and the company's
 * time zone) and comes after them.
 */
public record Notification(NotificationId id, NotificationKind kind, List<String> args, @Nullable Instant when,
                           Instant createdAt, boolean read) {

    public Notification {
        args = List.copyOf(args);
    }

    public String link() {
        return kind.link();
    }

    /** The values of the kind's text: the arguments, then {@code when} in this language and time zone. */
    public Object[] arguments(java.util.Locale locale, java.time.ZoneId zone) {
        List<Object> values = new java.util.ArrayList<>(args);
        if (when != null) {
            values.add(java.time.format.DateTimeFormatter.ofLocalizedDateTime(java.time.format.FormatStyle.MEDIUM,
                    java.time.format.FormatStyle.SHORT).withLocale(locale).withZone(zone).format(when));
        }
        return values.toArray();
    }
}
