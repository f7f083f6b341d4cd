package app.symetrie.store;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.data.mapping.context.MappingContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.IndexOperations;
import org.springframework.data.mongodb.core.index.MongoPersistentEntityIndexResolver;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.mapping.MongoPersistentEntity;
import org.springframework.data.mongodb.core.mapping.MongoPersistentProperty;
import org.springframework.stereotype.Component;

/**
 * Creates, at start-up, every index declared with {@code @Indexed} / {@code @CompoundIndex} on our documents, on
 * whichever store is in use — before the first request, not lazily; when the store does not answer at start, as
 * soon as it does ({@link StoreUnavailable}).
 */
@Component
class IndexInitializer implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(IndexInitializer.class);

    private final MongoTemplate mongoTemplate;

    IndexInitializer(MongoTemplate mongoTemplate) {
        this.mongoTemplate = mongoTemplate;
    }

    @Override
    public void afterSingletonsInstantiated() {
        StoreUnavailable.atStartup("index creation", this::ensureIndexes);
    }

    void ensureIndexes() {
        MappingContext<? extends MongoPersistentEntity<?>, MongoPersistentProperty> context =
                mongoTemplate.getConverter().getMappingContext();
        var resolver = new MongoPersistentEntityIndexResolver(context);
        int count = 0;
        for (MongoPersistentEntity<?> entity : context.getPersistentEntities()) {
            if (!entity.isAnnotationPresent(Document.class)) {
                continue;
            }
            IndexOperations ops = mongoTemplate.indexOps(entity.getType());
            for (var index : resolver.resolveIndexFor(entity.getTypeInformation())) {
                ops.createIndex(index);
                count++;
            }
        }
        log.info("Store: {} indexes ensured", count);
    }
}
