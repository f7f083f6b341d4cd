package app.symetrie.audit.internal;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** One entry of the audit log. Never anything of an answer: actions on access, figures and campaigns only. */
@Document("audit")
public record AuditDocument(@Id String id, @Indexed Instant at, String actor, String action, String detail) {
}
