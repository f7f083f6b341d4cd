package app.symetrie.action.internal;

import app.symetrie.action.ActionStatus;
import app.symetrie.action.TargetKind;
import app.symetrie.action.Visibility;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An action. {@code version} is raised by every edit and an edit must quote it (a conditional update: optimistic
 * locking without a read-modify-write). {@code supporters} holds the employee ids of those who support it, read only
 * to refuse a second +1 and to tell a person whether they support it; {@code managerId} is the manager (or lead) who
 * created it or accepted it from the team — never the employee who proposed it, which is not stored (decision 023).
 * {@code createdAt}: for a team's proposal, the first instant of its month only, like a comment's month — an exact
 * time could be matched with the sign-ins of the audit log.
 */
@Document("actions")
public record ActionDocument(@Id String id, long version, @Indexed @Nullable String departmentId, String title,
                             String description, @Nullable TargetKind targetKind, @Nullable String targetCode,
                             List<String> ownerIds, @Nullable LocalDate startOn, @Nullable LocalDate dueOn,
                             ActionStatus status, int percent, Visibility visibility, List<String> courseIds,
                             List<String> topics, boolean proposed, List<String> supporters, int supports,
                             @Nullable String managerId, Instant createdAt) {
}
