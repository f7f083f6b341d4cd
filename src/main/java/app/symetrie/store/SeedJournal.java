package app.symetrie.store;

import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Makes a seed all-or-nothing (docs/decisions/019-faults.md). {@link #begin} records, in one journal document, which
 * documents every collection holds before the seed writes anything, and marks the seed in progress; {@link #finish}
 * marks it done. A seed found in progress at the next start was interrupted (a Ctrl-C, a kill, a crash): {@link
 * #undoInterrupted} deletes every document written since it began, so that it can run again from the start. A
 * seed only begins on a store without an organization, so the journal stays small.
 */
@Component
public class SeedJournal {

    /** The demo company's seed. */
    public static final String DEMO = "demo";

    static final String COLLECTION = "seed_journal";
    private static final Logger log = LoggerFactory.getLogger(SeedJournal.class);

    private final MongoTemplate mongo;

    SeedJournal(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Whether seed {@code name} is under way (or was interrupted and not undone yet); false when unknown. */
    public boolean inProgress(String name) {
        try {
            return mongo.exists(Query.query(Criteria.where("_id").is(name).and("state").is("seeding")), COLLECTION);
        } catch (RuntimeException storeUnavailable) {
            return false;
        }
    }

    /** Records what the store holds now and marks seed {@code name} in progress. */
    public void begin(String name) {
        List<Document> before = new ArrayList<>();
        for (String collection : mongo.getCollectionNames()) {
            if (collection.equals(COLLECTION) || collection.startsWith("system.")) {
                continue;
            }
            List<Object> ids = new ArrayList<>();
            mongo.getCollection(collection).find().projection(new Document("_id", 1))
                    .forEach(d -> ids.add(d.get("_id")));
            before.add(new Document("collection", collection).append("ids", ids));
        }
        mongo.upsert(Query.query(Criteria.where("_id").is(name)),
                new Update().set("state", "seeding").set("before", before), COLLECTION);
    }

    public void finish(String name) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(name)), new Update().set("state", "done")
                .unset("before"), COLLECTION);
    }

    /**
     * If seed {@code name} was interrupted, deletes everything written since it began and forgets it.
     *
     * @return whether there was an interrupted seed to undo
     */
    public boolean undoInterrupted(String name) {
        Document journal = mongo.findOne(Query.query(Criteria.where("_id").is(name).and("state").is("seeding")),
                Document.class, COLLECTION);
        if (journal == null) {
            return false;
        }
        log.warn("Seed {}: the previous start was interrupted while seeding; undoing what it wrote", name);
        java.util.Map<String, List<?>> kept = new java.util.HashMap<>();
        for (Document entry : journal.getList("before", Document.class, List.of())) {
            kept.put(entry.getString("collection"), entry.getList("ids", Object.class, List.of()));
        }
        long deleted = 0;
        for (String collection : mongo.getCollectionNames()) {
            if (collection.equals(COLLECTION) || collection.startsWith("system.")) {
                continue;
            }
            List<?> ids = kept.getOrDefault(collection, List.of());
            Document filter = ids.isEmpty() ? new Document() : new Document("_id", new Document("$nin", ids));
            deleted += mongo.getCollection(collection).deleteMany(filter).getDeletedCount();
        }
        mongo.remove(Query.query(Criteria.where("_id").is(name)), COLLECTION);
        log.warn("Seed {}: {} documents of the interrupted seed deleted; it runs again from the start", name, deleted);
        return true;
    }
}
