package app.symetrie.organization.internal.hris;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** The single lock that lets one import at a time write, across every instance of the application. */
@Document("import_lock")
record ImportLockDocument(@Id String id, boolean locked, @Nullable String owner, @Nullable Instant heartbeatAt) {
}
