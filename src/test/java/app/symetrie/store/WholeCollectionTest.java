package app.symetrie.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.bson.Document;
import org.junit.jupiter.api.Test;

/** Reading a whole collection a batch at a time gives what one query would, in the same order. */
class WholeCollectionTest {

    @Test
    void hands_over_every_matching_document_once_in_the_order_one_query_gives() {
        try (EmbeddedMongo server = EmbeddedMongo.start(EmbeddedStoreProperties.privateStore(null, true));
             MongoClient client = StoreClients.ownClient(server)) {
            MongoCollection<Document> documents = client.getDatabase("t").getCollection("documents");
            List<Document> inserted = new ArrayList<>();
            for (int i = 0; i < 95; i++) {
                inserted.add(new Document("_id", "id-" + i).append("odd", i % 2 == 1).append("n", i));
            }
            Collections.shuffle(inserted, new Random(39));
            documents.insertMany(inserted);
            List<Document> oneQuery = documents.find().into(new ArrayList<>());

            List<Document> batched = new ArrayList<>();
            assertThat(WholeCollection.forEach(documents, 10, batched::add)).isEqualTo(95);
            assertThat(batched).isEqualTo(oneQuery);

            List<Object> odd = new ArrayList<>();
            assertThat(WholeCollection.forEach(documents, Filters.eq("odd", true), 7, d -> odd.add(d.get("_id"))))
                    .isEqualTo(47);
            assertThat(odd).isEqualTo(documents.find(Filters.eq("odd", true)).map(d -> d.get("_id"))
                    .into(new ArrayList<>()));
        }
    }

    @Test
    void skips_a_document_removed_between_its_id_and_its_batch() {
        try (EmbeddedMongo server = EmbeddedMongo.start(EmbeddedStoreProperties.privateStore(null, true));
             MongoClient client = StoreClients.ownClient(server)) {
            MongoCollection<Document> documents = client.getDatabase("t").getCollection("documents");
            for (int i = 0; i < 6; i++) {
                documents.insertOne(new Document("_id", i));
            }
            List<Object> seen = new ArrayList<>();
            long handed = WholeCollection.forEach(documents, 2, d -> {
                seen.add(d.get("_id"));
                if (seen.size() == 1) {
                    documents.deleteOne(Filters.eq("_id", 4)); // its id is read, its batch not yet
                }
            });
            assertThat(handed).isEqualTo(5);
            assertThat(seen).containsExactly(0, 1, 2, 3, 5);
            assertThatThrownBy(() -> WholeCollection.forEach(documents, 0, d -> { }))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }
}
