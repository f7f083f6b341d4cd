package app.symetrie.action.internal;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * "This person has answered this action's check-in": {@code id} is {@code actionId|employeeId}, so a second answer is
 * refused by the store itself (a duplicate key). It holds no answer and no time, and it is deleted when the check-in
 * closes, before anything of the answers is written (decision 032).
 */
@Document("action_checkin_marks")
public record CheckInMark(@Id String id, @Indexed String actionId) {

    public static String idOf(String actionId, String employeeId) {
        return actionId + "|" + employeeId;
    }
}
