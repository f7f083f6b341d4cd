package app.symetrie.board.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * The figures of closed waves as boards read them, computed once per wave and read by {@code _id} (lists of ids: the
 * one lookup the embedded store serves from an index whatever the query, docs/decisions/028). Every document carries
 * its {@code waveId}, so that a wave's figures can be forgotten together when its rollups or its publication change.
 */
@Component
public class BoardFiguresStore {

    public static final String COLLECTION = "board_figures";

    private final MongoTemplate mongo;

    BoardFiguresStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** The stored documents among these ids, by id (absent ids are missing from the map). */
    public Map<String, Document> byIds(Collection<String> ids) {
        Map<String, Document> found = new HashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        mongo.find(Query.query(Criteria.where("_id").in(ids)), Document.class, COLLECTION)
                .forEach(d -> found.put(d.getString("_id"), d));
        return found;
    }

    /** Writes (or rewrites) a wave's documents, in the order given: the one that marks the wave complete last. */
    public void save(String waveId, List<Document> documents) {
        documents.forEach(d -> mongo.save(d.append("waveId", waveId), COLLECTION));
    }

    /** Removes everything stored for a wave (a rare repair: a query on {@code waveId}, not an id lookup). */
    public void forget(String waveId) {
        mongo.remove(Query.query(Criteria.where("waveId").is(waveId)), COLLECTION);
    }
}
