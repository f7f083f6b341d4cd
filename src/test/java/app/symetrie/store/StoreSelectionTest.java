package app.symetrie.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The store is chosen by {@code spring.mongodb.uri}: embedded without it, that MongoDB (and nothing embedded) with it. */
class StoreSelectionTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(MongoAutoConfiguration.class, DataMongoAutoConfiguration.class))
            .withUserConfiguration(StoreConfiguration.class);

    @Test
    void without_a_uri_the_embedded_server_starts_and_serves_the_driver() {
        runner.withPropertyValues("symetrie.store.embedded.in-memory=true", "spring.mongodb.database=sel")
                .run(context -> {
                    assertThat(context).hasSingleBean(EmbeddedMongo.class);
                    assertThat(context.getBean(StoreMode.class).embedded()).isTrue();
                    MongoTemplate template = context.getBean(MongoTemplate.class);
                    template.save(new Document("_id", "x").append("v", 1), "probe");
                    assertThat(template.findById("x", Document.class, "probe")).containsEntry("v", 1);
                    assertThat(context.getBean(StoreHealthIndicator.class).health().getStatus()).isEqualTo(Status.UP);
                });
    }

    @Test
    void with_a_uri_nothing_embedded_starts_and_data_goes_to_that_server() {
        // A server standing in for "a real MongoDB somewhere else": another instance's embedded store, shared.
        String secret = "0123456789abcdef0123456789abcdef-shared";
        try (EmbeddedMongo external = EmbeddedMongo.start(
                new EmbeddedStoreProperties(null, true, "127.0.0.1", 0, true, secret))) {
            String uri = "mongodb://" + StoreSecret.USER + ":" + secret + "@127.0.0.1:" + external.port() + "/ext";
            runner.withPropertyValues("spring.mongodb.uri=" + uri, "spring.mongodb.database=ext")
                    .run(context -> {
                        assertThat(context).doesNotHaveBean(EmbeddedMongo.class);
                        StoreMode mode = context.getBean(StoreMode.class);
                        assertThat(mode.embedded()).isFalse();
                        assertThat(mode.description()).contains("127.0.0.1").doesNotContain(secret);
                        context.getBean(MongoTemplate.class).save(new Document("_id", "y"), "probe");
                    });
            try (MongoClient client = StoreClients.ownClient(external)) {
                assertThat(client.getDatabase("ext").getCollection("probe").countDocuments()).isEqualTo(1);
            }
        }
    }

    @Test
    void health_is_down_when_the_store_is_unreachable() {
        runner.withPropertyValues("spring.mongodb.uri=mongodb://127.0.0.1:1/none?serverSelectionTimeoutMS=300",
                        "spring.mongodb.database=none")
                .run(context -> assertThat(context.getBean(StoreHealthIndicator.class).health().getStatus())
                        .isEqualTo(Status.DOWN));
    }
}
