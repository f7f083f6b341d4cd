package app.symetrie.mirror.internal;

import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The customer figures, read and replaced whole. A replacement names the version it was computed from and fails
 * when someone changed the figures meanwhile: nothing is ever half-written, and no change is lost silently.
 */
@Component
public class MirrorStore {

    private final MongoTemplate mongo;

    MirrorStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** The figures and their version (0 while none was ever saved). */
    public MirrorDocument read() {
        MirrorDocument stored = mongo.findById(MirrorDocument.ID, MirrorDocument.class);
        return stored == null ? new MirrorDocument(MirrorDocument.ID, 0, List.of()) : stored;
    }

    /**
     * Replaces every figure at once, if the stored version is still {@code expectedVersion}.
     *
     * @return false when the figures changed since that version (nothing written)
     */
    public boolean replace(long expectedVersion, List<MirrorDocument.Entry> entries) {
        if (expectedVersion == 0) {
            try {
                mongo.insert(new MirrorDocument(MirrorDocument.ID, 1, entries));
                return true;
            } catch (DuplicateKeyException e) {
                return false;
            }
        }
        Query current = Query.query(Criteria.where("_id").is(MirrorDocument.ID).and("version").is(expectedVersion));
        MirrorDocument replacement = new MirrorDocument(MirrorDocument.ID, expectedVersion + 1, entries);
        Update update = new Update().set("version", replacement.version()).set("entries", replacement.entries());
        return mongo.updateFirst(current, update, MirrorDocument.class).getModifiedCount() == 1;
    }
}
