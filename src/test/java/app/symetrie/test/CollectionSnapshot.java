package app.symetrie.test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.Document;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/** The documents of some collections as they were when taken, to be written back whole. */
public final class CollectionSnapshot {

    private final MongoTemplate mongo;
    private final Map<String, List<Document>> documents = new LinkedHashMap<>();
    private final Set<String> absent = new HashSet<>();

    private CollectionSnapshot(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public static CollectionSnapshot take(MongoTemplate mongo, String... collections) {
        CollectionSnapshot snapshot = new CollectionSnapshot(mongo);
        for (String name : collections) {
            if (!mongo.collectionExists(name)) {
                snapshot.absent.add(name);
            }
            snapshot.documents.put(name, mongo.getCollection(name).find().into(new ArrayList<>()));
        }
        return snapshot;
    }

    /**
     * Puts each collection back as it was: what was added goes, what was changed or removed comes back, and one that
     * did not exist (nor had indexes) is dropped again — a backup, say, tells an empty collection from none.
     */
    public void restore() {
        documents.forEach((name, was) -> {
            if (absent.contains(name)) {
                mongo.dropCollection(name);
                return;
            }
            var collection = mongo.getCollection(name);
            collection.deleteMany(new Document());
            if (!was.isEmpty()) {
                collection.insertMany(was);
            }
        });
    }

    /** Takes the snapshot before a {@link RestoresCollections} class's first test, restores it after its last. */
    public static final class Extension implements BeforeAllCallback, AfterAllCallback {

        private static final ExtensionContext.Namespace NAMESPACE =
                ExtensionContext.Namespace.create(CollectionSnapshot.class);

        @Override
        public void beforeAll(ExtensionContext context) {
            RestoresCollections restores = context.getRequiredTestClass().getAnnotation(RestoresCollections.class);
            if (restores == null) {
                return; // a nested class: its outer class restores
            }
            String[] collections = restores.value();
            MongoTemplate mongo = SpringExtension.getApplicationContext(context).getBean(MongoTemplate.class);
            context.getStore(NAMESPACE).put(context.getRequiredTestClass(), take(mongo, collections));
        }

        @Override
        public void afterAll(ExtensionContext context) {
            CollectionSnapshot snapshot = context.getStore(NAMESPACE).remove(context.getRequiredTestClass(),
                    CollectionSnapshot.class);
            if (snapshot != null) {
                snapshot.restore();
            }
        }
    }
}
