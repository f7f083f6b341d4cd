package app.symetrie.notification.internal;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A person's choice about e-mails (by employee id); no document means the default: e-mails on. */
@Document("notification_settings")
public record NotificationSettingDocument(@Id String employeeId, boolean emails, Instant changedAt) {
}
