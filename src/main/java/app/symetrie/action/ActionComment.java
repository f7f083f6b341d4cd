package app.symetrie.action;

import java.time.YearMonth;

/**
 * A comment on an action: no author is stored, and only the month it was written in (decision 023).
 *
 * @param hidden hidden by the moderator: shown to moderators only, marked as hidden
 */
public record ActionComment(CommentId id, String text, YearMonth month, boolean hidden) {

    public static final int TEXT_MAX = 500;

    /** The text as stored: stripped, required, bounded. */
    public static String requireText(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            throw new IllegalArgumentException("action.error.comment.required");
        }
        if (t.length() > TEXT_MAX) {
            throw new IllegalArgumentException("action.error.comment.too-long");
        }
        return t;
    }
}
