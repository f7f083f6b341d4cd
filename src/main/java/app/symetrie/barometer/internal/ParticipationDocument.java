package app.symetrie.barometer.internal;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.CompoundIndexes;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Who was invited to a wave and whether they answered — the only place a person and a wave meet. It holds no
 * time of answering and nothing of the answer, so it cannot be joined to the stored answer.
 *
 * @param linkHash the SHA-256 of the person's survey link token (never the token), so that the link can be looked up
 *                 and spent; deleted with the record when the wave closes (docs/decisions/013)
 * @param invited  whether the invitation e-mail was handed to the mail service (set just before sending: never twice)
 * @param kiosk    whether this record was marked done by a kiosk code of its department rather than by its person
 * @param pending  set by the claim of a submit until its ballot is in the box: a random value from which only the
 *                 ballot key derives the ballot's id ({@link BallotSeal#ballotIdFor}), so that a submit cut short by
 *                 a crash is finished or undone by {@code ClaimRecovery}; unset once the ballot is cast
 *                 (docs/decisions/019-faults.md)
 */
@Document("participations")
@CompoundIndexes({
        @CompoundIndex(name = "wave_employee", def = "{'waveId': 1, 'employeeId': 1}", unique = true),
        @CompoundIndex(name = "wave_done", def = "{'waveId': 1, 'done': 1}"),
        // Exactly the fields a submit's claim and its confirmation filter on: the embedded server uses an index only
        // for a query on exactly a unique index's fields (decision 027); unique, since (waveId, employeeId) and _id are.
        @CompoundIndex(name = "wave_employee_done", def = "{'waveId': 1, 'employeeId': 1, 'done': 1}", unique = true),
        @CompoundIndex(name = "id_pending", def = "{'_id': 1, 'pending': 1}", unique = true)
})
public record ParticipationDocument(@Id String id, String waveId, String employeeId, String departmentId,
                                    @Nullable String teamId, boolean done, List<LocalDate> reminded,
                                    // unique (a hash of 256 random bits), so that a survey link is found by an
                                    // index on the embedded store too: links are how people come after a reminder
                                    @Indexed(name = "linkHash_unique", unique = true, sparse = true)
                                    @Nullable String linkHash, boolean invited,
                                    boolean kiosk, @Indexed(sparse = true) @Nullable String pending) {
}
