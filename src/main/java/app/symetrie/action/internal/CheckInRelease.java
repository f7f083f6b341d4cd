package app.symetrie.action.internal;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * What is left of a closed check-in, one per action: the threshold it was released under, how many people had
 * answered (from the marks, before they were deleted) and, once released, how many answers were opened and — only
 * when they reach {@code k} — their sum and sum of squares. Under {@code k} the answers are discarded unread by any
 * screen: nothing of them is kept (decision 032).
 *
 * @param answered people marked as having answered, counted before the marks were deleted
 * @param released the answers were opened and the ballots may be deleted
 */
@Document("action_checkin_results")
public record CheckInRelease(@Id String id, LocalDate closesOn, int k, int answered, boolean released, int n,
                             @Nullable Double sum, @Nullable Double sumOfSquares) {
}
