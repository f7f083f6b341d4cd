package app.symetrie.action.internal;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** An action's check-in whose team's marks were all written, at its opening (decision 032); {@code id}: the action. */
@Document("action_checkin_openings")
public record CheckInOpening(@Id String id) {
}
