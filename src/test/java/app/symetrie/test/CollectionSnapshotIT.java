package app.symetrie.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

/** What {@link RestoresCollections} relies on: a collection put back exactly, whatever a test did to it. */
@IntegrationTest
class CollectionSnapshotIT {

    static final String PEOPLE = "snapshot_people";
    static final String EMPTY = "snapshot_empty";
    static final String NONE = "snapshot_none";

    @Autowired
    MongoTemplate mongo;

    @AfterEach
    void drop() {
        mongo.dropCollection(PEOPLE);
        mongo.dropCollection(EMPTY);
        mongo.dropCollection(NONE);
    }

    List<Document> all(String collection) {
        return mongo.getCollection(collection).find().sort(new Document("_id", 1)).into(new java.util.ArrayList<>());
    }

    @Test
    void added_changed_and_removed_documents_and_created_collections_are_put_back_as_they_were() {
        var people = mongo.getCollection(PEOPLE);
        people.insertMany(List.of(new Document("_id", "a").append("name", "Ana").append("roles", List.of("LEAD")),
                new Document("_id", "b").append("name", "Bruno"), new Document("_id", "c").append("name", "Chloé")));
        mongo.createCollection(EMPTY);
        List<Document> before = all(PEOPLE);
        CollectionSnapshot snapshot = CollectionSnapshot.take(mongo, PEOPLE, EMPTY, NONE);

        people.updateOne(new Document("_id", "a"), new Document("$set", new Document("roles", List.of())));
        people.deleteOne(new Document("_id", "b"));
        people.insertOne(new Document("_id", "d").append("name", "Dora"));
        mongo.getCollection(EMPTY).insertOne(new Document("_id", "x"));
        mongo.getCollection(NONE).insertOne(new Document("_id", "y"));
        snapshot.restore();

        assertThat(all(PEOPLE)).isEqualTo(before);
        assertThat(mongo.collectionExists(EMPTY)).as("a collection empty before is there, empty").isTrue();
        assertThat(mongo.getCollection(EMPTY).countDocuments()).isZero();
        assertThat(mongo.collectionExists(NONE)).as("a collection that was not there is not there again").isFalse();
    }
}
