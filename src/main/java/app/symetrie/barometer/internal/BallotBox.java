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

    private final MongoTemplate mongo;
    private final BallotSeal seal;

    BallotBox(MongoTemplate mongo, BallotSeal seal) {
        this.mongo = mongo;
        this.seal = seal;
    }

    /** Seals and drops a ballot into the box. @return its id, for withdrawing it */
    public String cast(String waveId, Ballot ballot) {
        BallotDocument document = new BallotDocument(Ids.random(), waveId, seal.seal(waveId, ballot.toText()), false);
        mongo.insert(document);
        return document.id();
    }

    /** Casts many ballots at once (a history loaded in bulk). */
    public void castAll(String waveId, List<Ballot> ballots) {
        mongo.insertAll(ballots.stream().map(b -> new BallotDocument(Ids.random(), waveId,
                seal.seal(waveId, b.toText()), false)).toList());
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

    /** Ids of the released ballots of a wave. */
    public List<String> released(String waveId) {
        Query query = Query.query(Criteria.where("waveId").is(waveId).and("released").is(true));
        query.fields().include("_id");
        List<String> ids = new ArrayList<>();
        mongo.find(query, org.bson.Document.class, "ballots").forEach(d -> ids.add(d.getString("_id")));
        return ids;
    }

    /** Opens some released ballots, by id. */
    public Map<String, Ballot> open(String waveId, List<String> ids) {
        Map<String, Ballot> opened = new LinkedHashMap<>();
        mongo.find(Query.query(Criteria.where("_id").in(ids).and("waveId").is(waveId)), BallotDocument.class)
                .forEach(b -> opened.put(b.id(), Ballot.fromText(seal.open(waveId, b.sealed()))));
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
