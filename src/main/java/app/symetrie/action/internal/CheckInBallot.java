package app.symetrie.action.internal;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One check-in answer, sealed under the ballot key (barometer {@code SealedAnswers}) with its action and its own
 * random id, padded to one length: no person, no time, no answer in clear. Opened all at once when the check-in
 * closes, reduced to a count, a sum and a sum of squares, and deleted (decision 032).
 */
@Document("action_checkin_ballots")
public record CheckInBallot(@Id String id, @Indexed String actionId, byte[] sealed) {
}
