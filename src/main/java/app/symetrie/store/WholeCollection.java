package app.symetrie.store;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * Reads every document a filter matches — a whole collection for a backup — with memory bounded by a batch, on both
 * stores (docs/decisions/039-no-unbounded-query-on-the-embedded-store.md).
 *
 * <p>The embedded server (mongo-java-server) has no streaming cursor: it holds the whole result of a query in memory
 * before it sends the first batch, whatever batch size the driver asks for. One query for a million stored answers
 * asks it for gigabytes of heap; the {@link OutOfMemoryError} then surfaces from H2 as "Unable to read the page …
 * Could not deserialize", and one that strikes a commit closes the store. So the ids come first (documents of one
 * field, the only thing held whole), then the documents by {@code _id $in} a batch at a time, which both stores
 * answer from their {@code _id} index. The order is the first query's: the store's natural order.
 */
public final class WholeCollection {

    /** What is done with each document; may throw what its caller handles (an archive's I/O). */
    @FunctionalInterface
    public interface DocumentAction<E extends Exception> {
        void accept(Document document) throws E;
    }

    private static final int IDS_BATCH = 10_000;

    private WholeCollection() {
    }

    /** Every document of {@code collection}, {@code batch} at a time; returns how many were handed over. */
    public static <E extends Exception> long forEach(MongoCollection<Document> collection, int batch,
                                                     DocumentAction<E> action) throws E {
        return forEach(collection, Filters.empty(), batch, action);
    }

    /**
     * Every document {@code filter} matches, {@code batch} at a time; returns how many were handed over. A document
     * removed between the two reads is skipped; one added after the first is not read.
     */
    public static <E extends Exception> long forEach(MongoCollection<Document> collection, Bson filter, int batch,
                                                     DocumentAction<E> action) throws E {
        if (batch < 1) {
            throw new IllegalArgumentException("batch must be positive, not " + batch);
        }
        List<Object> ids = new ArrayList<>();
        // in batches too: the embedded server answers a cursor's next request with everything left unless told
        // otherwise, and a million ids pass the driver's 48 MB limit on one reply
        for (Document id : collection.find(filter).projection(Projections.include("_id")).batchSize(IDS_BATCH)) {
            ids.add(id.get("_id"));
        }
        long handed = 0;
        for (int from = 0; from < ids.size(); from += batch) {
            List<Object> slice = ids.subList(from, Math.min(ids.size(), from + batch));
            Map<Object, Document> byId = HashMap.newHashMap(slice.size());
            for (Document document : collection.find(Filters.in("_id", slice))) {
                byId.put(document.get("_id"), document);
            }
            for (Object id : slice) {
                Document document = byId.get(id);
                if (document != null) {
                    action.accept(document);
                    handed++;
                }
            }
        }
        return handed;
    }
}
