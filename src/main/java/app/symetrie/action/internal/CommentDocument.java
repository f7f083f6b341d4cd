package app.symetrie.action.internal;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** A comment on an action: no author, only the month ("2026-11") it was written in (decision 023). */
@Document("action_comments")
public record CommentDocument(@Id String id, @Indexed String actionId, String text, String month, boolean hidden) {
}
