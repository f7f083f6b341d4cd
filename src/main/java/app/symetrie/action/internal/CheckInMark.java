package app.symetrie.action.internal;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * "This person is asked this action's check-in": {@code id} is {@code actionId|employeeId}. Every member of the team
 * gets one, unanswered, in a random order, when the check-in opens; answering flips {@code answered} in place, so a
 * second answer is refused, and the marks' order in the store says nothing of who answered when (decision 032). It
 * holds no answer and no time, and it is deleted when the check-in closes, before anything of the answers is written.
 *
 * @param answered false until the person answers; absent on a mark written before marks were made at the opening
 *                 (then it was written by the answer itself: read as answered)
 */
@Document("action_checkin_marks")
public record CheckInMark(@Id String id, @Indexed String actionId, @Nullable Boolean answered) {

    public static String idOf(String actionId, String employeeId) {
        return actionId + "|" + employeeId;
    }
}
