package app.symetrie.ambassador.internal;

import java.time.Instant;
import java.util.List;

/**
 * An ambassador's pending request to cover other departments, kept on their record until a lead decides. It grants
 * nothing: only {@link AmbassadorDocument#departments()} does.
 *
 * @param departments the departments the ambassador asks to cover, in their order
 * @param requestedAt when they asked (to the millisecond); a lead's decision names it, so a newer request is never
 *                    approved by mistake
 */
public record CoverageRequestDocument(List<String> departments, Instant requestedAt) {
}
