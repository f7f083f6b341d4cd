package app.symetrie.barometer.internal;

import app.symetrie.common.Ids;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The ballots of open waves, sealed. Each operation is one single-document (or one multi-document, per-document
 * atomic) write, so that the ballot itself decides a submit that races the wave's close: either the close marked it
 * released first (it counts), or its author withdrew it first (it never existed).
 */
@Component
public class BallotBox {

    /** Marks the void left by {@link #castOrVoid}: never opened, never counted, swept with its wave's box. */
    static final String VOID = "void";
    /** Ballots per reply when a wave's box is opened: 1,000 × 12 KiB, well under a reply's 48 MB. */
    static final int STREAM_BATCH = 1000;

    private final MongoTemplate mongo;
    private final BallotSeal seal;

    BallotBox(MongoTemplate mongo, BallotSeal seal) {
        this.mongo = mongo;
        this.seal = seal;
    }

    /**
     * Seals and drops the ballot of a claim into the box, under the id the claim derives ({@link BallotSeal#ballotIdFor}).
     *
     * @return its id, for withdrawing it
     */
    public String cast(String waveId, String claim, Ballot ballot) {
        String id = seal.ballotIdFor(claim);
        mongo.insert(new BallotDocument(id, waveId, seal.seal(waveId, id, ballot.toText()), false));
        return id;
    }

    /**
     * Decides a claim whose submit died: either its ballot is in the box (true: it counts), or its id is voided
     * now, so that the submit, if it was only slow, can no longer cast it (false: the claim may be given back). One
     * insert decides, so a submit and the recovery cannot both win. A void holds nothing but its id and wave.
     */
    public boolean castOrVoid(String waveId, String claim) {
        try {
            mongo.insert(new org.bson.Document("_id", seal.ballotIdFor(claim)).append("waveId", waveId)
                    .append("released", false).append(VOID, true), "ballots");
            return false;
        } catch (org.springframework.dao.DuplicateKeyException cast) {
            return true;
        }
    }

    /** Casts many ballots at once (a history loaded in bulk). */
    public void castAll(String waveId, List<Ballot> ballots) {
        mongo.insertAll(ballots.stream().map(b -> {
            String id = Ids.random();
            return new BallotDocument(id, waveId, seal.seal(waveId, id, b.toText()), false);
        }).toList());
    }

    /** Takes a ballot back, only if its wave's close has not released it yet. @return whether it was taken back */
    public boolean withdraw(String ballotId) {
        return mongo.remove(Query.query(Criteria.where("_id").is(ballotId).and("released").is(false)),
                BallotDocument.class).getDeletedCount() == 1;
    }

    /** From now on, every ballot of the wave counts and none can be withdrawn. */
    public void releaseAll(String waveId) {
        mongo.updateMulti(Query.query(Criteria.where("waveId").is(waveId).and("released").is(false)),
                new Update().set("released", true), BallotDocument.class);
    }

    /**
     * Opens every released ballot of a wave.
     *
     * @throws IllegalStateException when a ballot does not open (another key, or a ballot altered or copied by
     *                               someone writing to the database): nothing is released rather than a wrong count
     */
    public Map<String, Ballot> openReleased(String waveId) {
        Map<String, Ballot> opened = new LinkedHashMap<>();
        int refused = 0;
        // In batches: the embedded server answers a cursor's next request with everything left, and a wave's 12 KiB
        // ballots pass the driver's 48 MB reply limit from about 4,000 on (a close would then fail, every time).
        try (var ballots = mongo.stream(Query.query(Criteria.where("waveId").is(waveId).and("released").is(true)
                .and(VOID).ne(true)).cursorBatchSize(STREAM_BATCH), BallotDocument.class)) {
            for (BallotDocument b : (Iterable<BallotDocument>) ballots::iterator) {
                try {
                    opened.put(b.id(), Ballot.fromText(seal.open(waveId, b.id(), b.sealed())));
                } catch (IllegalStateException e) {
                    refused++;
                }
            }
        }
        if (refused > 0) {
            throw new IllegalStateException(refused + " of " + (refused + opened.size()) + " ballots of wave "
                    + waveId + " do not open: the ballot key is not the one they were sealed with, or ballots were "
                    + "altered or copied in the database. Nothing is released; restore the key (or investigate) and "
                    + "the release runs again.");
        }
        return opened;
    }

    /**
     * Deletes the released ballots of a wave, once their answers are written. A ballot cast too late to be released
     * stays for its author to withdraw: a submit whose ballot is gone knows it was released.
     */
    public void emptyReleased(String waveId) {
        mongo.remove(Query.query(Criteria.where("waveId").is(waveId).and("released").is(true)), BallotDocument.class);
    }

    /** Deletes what is left in the box of a wave closed long ago (late ballots whose author never withdrew them). */
    public void sweep(String waveId) {
        mongo.remove(Query.query(Criteria.where("waveId").is(waveId)), BallotDocument.class);
    }

    public String releasedId(String purpose, String ballotId) {
        return seal.releasedId(purpose, ballotId);
    }
}
