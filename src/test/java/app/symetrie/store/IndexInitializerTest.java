package app.symetrie.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.model.IndexOptions;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Indexed;

/** Index creation at start, on the embedded server over the wire: an index made unique replaces its older self. */
class IndexInitializerTest {

    @org.springframework.data.mongodb.core.mapping.Document("things")
    record Thing(@Id String id, @Indexed(name = "code_unique", unique = true, sparse = true) @Nullable String code) {
    }

    EmbeddedMongo server;
    MongoClient client;
    MongoTemplate mongo;

    @BeforeEach
    void store() {
        server = EmbeddedMongo.start(EmbeddedStoreProperties.privateStore(null, true));
        client = StoreClients.ownClient(server);
        mongo = new MongoTemplate(client, "symetrie");
        mongo.getConverter().getMappingContext().getPersistentEntity(Thing.class);
    }

    @AfterEach
    void close() {
        client.close();
        server.close();
    }

    List<Document> indexes() {
        return mongo.getCollection("things").listIndexes().into(new ArrayList<>());
    }

    @Test
    void an_index_made_unique_replaces_the_old_one_on_the_same_keys_and_a_second_start_changes_nothing() {
        // What an earlier version left: a plain index on the same field, under the field's name.
        mongo.getCollection("things").createIndex(new Document("code", 1), new IndexOptions().name("code")
                .sparse(true));
        mongo.insert(new Thing("a", "x"));

        new IndexInitializer(mongo).ensureIndexes();

        assertThat(indexes()).extracting(i -> i.getString("name")).containsExactlyInAnyOrder("_id_", "code_unique");
        assertThat(indexes()).filteredOn(i -> i.getString("name").equals("code_unique")).singleElement()
                .satisfies(i -> assertThat(i.getBoolean("unique")).isTrue());
        assertThat(mongo.findAll(Thing.class)).as("the data is untouched").containsExactly(new Thing("a", "x"));

        new IndexInitializer(mongo).ensureIndexes();

        assertThat(indexes()).extracting(i -> i.getString("name")).containsExactlyInAnyOrder("_id_", "code_unique");
    }
}
