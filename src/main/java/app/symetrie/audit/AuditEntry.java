package app.symetrie.audit;

import java.time.Instant;

/**
 * @param actor  the account that acted (its e-mail), or "system" for scheduled work
 * @param action a stable code, e.g. {@code wave.closed}
 * @param detail what it acted on, in words an administrator reads
 */
public record AuditEntry(Instant at, String actor, String action, String detail) {
}
