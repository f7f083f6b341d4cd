package app.symetrie.barometer;

import app.symetrie.barometer.internal.Ballot;
import app.symetrie.barometer.internal.BallotBox;
import app.symetrie.barometer.internal.ParticipationDocument;
import app.symetrie.common.Ids;
import app.symetrie.common.UserFacingException;
import app.symetrie.organization.EmployeeId;
import app.symetrie.security.CurrentUser;
import app.symetrie.security.SignedInUser;
import app.symetrie.store.StoreDurability;
import app.symetrie.store.StoreUnavailable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Answering the barometer (docs/ANONYMITY.md). Submitting marks the person's participation done and drops their
 * answer, sealed, into the wave's ballot box; nothing readable is written until the wave closes, when the box is
 * opened and the answers released in shuffled order ({@link WaveRelease}). Submitting is once per wave: the
 * participation record is claimed atomically first, so two submits at the same instant cast exactly one ballot.
 */
@Service
public class BarometerService {

    private static final FindAndModifyOptions RETURN_NEW = FindAndModifyOptions.options().returnNew(true);

    private final MongoTemplate mongo;
    private final CampaignService campaigns;
    private final QuestionnaireService questionnaires;
    private final BallotBox box;
    private final StoreDurability durability;
    private final Clock clock;

    BarometerService(MongoTemplate mongo, CampaignService campaigns, QuestionnaireService questionnaires,
                     BallotBox box, StoreDurability durability, Clock clock) {
        this.durability = durability;
        this.mongo = mongo;
        this.campaigns = campaigns;
        this.questionnaires = questionnaires;
        this.box = box;
        this.clock = clock;
    }

    /** The signed-in person's barometer: what to answer, or that they did, or when the next wave opens. */
    @PreAuthorize("isAuthenticated()")
    public MyBarometer mine() {
        SignedInUser user = CurrentUser.require();
        List<Wave> open = campaigns.openWaves().stream().sorted(Comparator.comparing(Wave::opensOn)).toList();
        if (user.employeeId() != null) {
            // A wave still awaiting their answer comes first; then one they answered.
            Wave answered = null;
            for (Wave wave : open) {
                Optional<ParticipationDocument> participation = participation(wave.id(), user.employeeId());
                // A record a kiosk code marked done still awaits its person's own answer (decision 013).
                if (participation.isPresent() && (!participation.get().done() || participation.get().kiosk())) {
                    return new MyBarometer(MyBarometer.State.TO_ANSWER, wave,
                            questionnaires.version(wave.questionnaireVersion()), null);
                }
                if (participation.isPresent() && answered == null) {
                    answered = wave;
                }
            }
            if (answered != null) {
                return new MyBarometer(MyBarometer.State.ANSWERED, answered, null, null);
            }
        }
        if (!open.isEmpty()) {
            return new MyBarometer(MyBarometer.State.NOT_INVITED, open.getFirst(), null, null);
        }
        LocalDate next = campaigns.campaigns().stream().map(campaigns::nextOpening).flatMap(Optional::stream)
                .min(Comparator.naturalOrder()).orElse(null);
        return new MyBarometer(MyBarometer.State.NO_OPEN_WAVE, null, null, next);
    }

    private Optional<ParticipationDocument> participation(WaveId wave, EmployeeId employee) {
        return Optional.ofNullable(mongo.findOne(Query.query(Criteria.where("waveId").is(wave.value())
                .and("employeeId").is(employee.value())), ParticipationDocument.class));
    }

    /**
     * Stores the signed-in person's answer to an open wave, once.
     *
     * @throws AnswerRejected      when required answers are missing (nothing is written)
     * @throws UserFacingException when the wave is closed or not yet open, the person already answered or was not
     *                             invited, or a value was tampered with
     */
    @PreAuthorize("isAuthenticated()")
    public void submit(WaveId waveId, AnswerForm form) {
        try {
            submitOwn(waveId, form);
        } catch (RuntimeException e) {
            throw storeDown(e);
        }
    }

    /**
     * A store that does not answer becomes a message the person can act on (their answers stay on screen, the
     * draft is kept, and sending again once it is back stores exactly one answer); anything else is left as it is.
     */
    static RuntimeException storeDown(RuntimeException e) {
        return StoreUnavailable.is(e) && !(e instanceof UserFacingException)
                ? new UserFacingException("barometer.error.store-unavailable") : e;
    }

    private void submitOwn(WaveId waveId, AnswerForm form) {
        SignedInUser user = CurrentUser.require();
        if (user.employeeId() == null) {
            throw new UserFacingException("barometer.error.not-invited");
        }
        Wave wave = accepting(waveId, form);
        ParticipationDocument claimed = claimOwn(waveId.value(), user.employeeId().value());
        if (claimed == null) {
            if (!stillOpen(waveId)) {
                throw new UserFacingException("barometer.error.closed"); // closed meanwhile: participations are gone
            }
            boolean invited = participation(waveId, user.employeeId()).isPresent();
            throw new UserFacingException(invited ? "barometer.error.already-answered" : "barometer.error.not-invited");
        }
        cast(wave, claimed, claimed.teamId(), form, () -> unclaim(claimed));
    }

    /**
     * The wave, if it takes answers today and {@code form} is a complete answer to its questionnaire.
     *
     * @throws UserFacingException when it is closed or not yet open
     * @throws AnswerRejected      when required answers are missing
     */
    Wave accepting(WaveId waveId, AnswerForm form) {
        Wave wave = campaigns.wave(waveId).orElseThrow(() -> new UserFacingException("barometer.error.closed"));
        LocalDate today = LocalDate.now(clock);
        if (today.isBefore(wave.opensOn()) || wave.status() == WaveStatus.OPENING) {
            throw new UserFacingException("barometer.error.not-yet-open");
        }
        if (!wave.acceptsAnswersOn(today)) {
            throw new UserFacingException("barometer.error.closed");
        }
        AnswerValidator.validate(questionnaires.version(wave.questionnaireVersion()), form);
        return wave;
    }

    /**
     * Claims a person's own participation, whichever way they came in (signed in, or by their survey link): one
     * atomic update from not done to done, so two submits at the same instant cast exactly one ballot. A record that
     * a kiosk code of the department marked done is still the person's: the kiosk's mark moves to another pending
     * record of the department (if none is left, every invited person of it is counted and this is refused).
     *
     * <p>The claim filters on exactly the fields of the unique {@code wave_employee_done} index, and nothing else:
     * the embedded server uses an index only for such a query (it would otherwise scan every participation of every
     * open wave, at each submit — docs/PERFORMANCE.md); MongoDB uses it as well.
     *
     * @return the claimed record, or null when there is nothing left to claim
     */
    @Nullable
    ParticipationDocument claimOwn(String waveId, String employeeId) {
        ParticipationDocument claimed = mongo.findAndModify(Query.query(Criteria.where("waveId").is(waveId)
                        .and("employeeId").is(employeeId).and("done").is(false)),
                new Update().set("done", true).set("pending", Ids.random()), RETURN_NEW, ParticipationDocument.class);
        if (claimed != null) {
            return claimed;
        }
        ParticipationDocument marked = participation(new WaveId(waveId), new EmployeeId(employeeId))
                .filter(ParticipationDocument::kiosk).orElse(null);
        if (marked == null) {
            return null;
        }
        ParticipationDocument standIn = claimForKiosk(marked.waveId(), marked.departmentId());
        if (standIn == null) {
            return null;
        }
        ParticipationDocument own = mongo.findAndModify(Query.query(Criteria.where("_id").is(marked.id())
                .and("kiosk").is(true)), new Update().set("kiosk", false).set("pending", Ids.random()), RETURN_NEW,
                ParticipationDocument.class);
        if (own == null) {
            unclaimKiosk(standIn); // the same person's other submit took it meanwhile
        }
        return own;
    }

    /** Marks one pending participation of a department done on behalf of a kiosk code. @return it, or null */
    @Nullable
    ParticipationDocument claimForKiosk(String waveId, String departmentId) {
        return mongo.findAndModify(Query.query(Criteria.where("waveId").is(waveId).and("departmentId")
                        .is(departmentId).and("done").is(false)),
                new Update().set("done", true).set("kiosk", true).set("pending", Ids.random()), RETURN_NEW,
                ParticipationDocument.class);
    }

    void unclaimKiosk(ParticipationDocument claimed) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(claimed.id())),
                new Update().set("done", false).set("kiosk", false).unset("pending"), ParticipationDocument.class);
    }

    /**
     * Seals the answer of a claimed participation into the wave's box, then makes it durable: when this returns, the
     * answer survives a crash (docs/decisions/019-faults.md). The claim carries a random value from which the ballot
     * key derives the ballot's id, until the ballot is cast: a submit cut short between the two writes is finished or
     * undone by {@link ClaimRecovery}. If sealing fails, or a close that began meanwhile lets the ballot be taken
     * back, {@code giveBack} releases the claim and the person is told.
     */
    void cast(Wave wave, ParticipationDocument claimed, @Nullable String team, AnswerForm form, Runnable giveBack) {
        WaveId waveId = wave.id();
        String claim = claimed.pending();
        if (claim == null) {
            throw new IllegalStateException("a claimed participation carries its pending claim");
        }
        String ballot;
        try {
            ballot = box.cast(waveId.value(), claim, new Ballot(claimed.departmentId(), team,
                    wave.questionnaireVersion(), form));
        } catch (DuplicateKeyException givenBack) {
            // The recovery judged this submit dead (it took longer than its grace) and voided its ballot's id before
            // giving the claim back: nothing of this submit counts, and the person sends again.
            throw new UserFacingException("barometer.error.retry");
        } catch (RuntimeException e) {
            try {
                giveBack.run();
            } catch (RuntimeException alsoDown) {
                // the claim stays pending: the person's next submit takes it over, the recovery gives it back
            }
            throw storeDown(e);
        }
        // A close that began meanwhile either released this ballot (it counts; the box only ever deletes released
        // ballots before the author could act) or lets its author take it back.
        if (!stillOpen(waveId) && box.withdraw(ballot)) {
            giveBack.run();
            throw new UserFacingException("barometer.error.closed");
        }
        try {
            confirm(claimed, claim);
        } catch (RuntimeException e) {
            throw storeDown(e);
        }
    }

    /**
     * Clears the claim's pending value: the answer is cast. If the recovery got there first, it found the ballot and
     * confirmed the claim itself (had it not found it, it would have voided the ballot's id and the cast would have
     * failed). Only this claim's value is cleared: a kiosk's claim on a record can be overtaken by its person's own
     * claim (see {@link #claimOwn}), whose value must stay until that person's ballot is cast. Then waits until the
     * answer is durable: only then is the person thanked.
     */
    private void confirm(ParticipationDocument claimed, String claim) {
        // exactly the fields of the unique id_pending index: an index lookup on the embedded server too
        mongo.updateFirst(Query.query(Criteria.where("_id").is(claimed.id()).and("pending").is(claim)),
                new Update().unset("pending"), ParticipationDocument.class);
        durability.await();
    }

    boolean stillOpen(WaveId waveId) {
        return campaigns.wave(waveId).map(w -> w.status() == WaveStatus.OPEN).orElse(false);
    }

    void unclaim(ParticipationDocument claimed) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(claimed.id())),
                new Update().set("done", false).unset("pending"), ParticipationDocument.class);
    }
}
