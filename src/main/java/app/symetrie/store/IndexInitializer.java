package app.symetrie.store;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.data.mapping.context.MappingContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.IndexDefinition;
import org.springframework.data.mongodb.core.index.IndexField;
import org.springframework.data.mongodb.core.index.IndexInfo;
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
            List<IndexInfo> existing = ops.getIndexInfo();
            for (var index : resolver.resolveIndexFor(entity.getTypeInformation())) {
                retireConflicting(ops, existing, index);
                ops.createIndex(index);
                count++;
            }
        }
        log.info("Store: {} indexes ensured", count);
    }

    /**
     * Drops an index a previous version created on the same keys under another name or with another uniqueness (an
     * index made unique, for instance): a store refuses a second index on the same keys, and the old one is useless.
     */
    private static void retireConflicting(IndexOperations ops, List<IndexInfo> existing, IndexDefinition index) {
        org.bson.Document keys = index.getIndexKeys();
        org.bson.Document options = index.getIndexOptions();
        String name = options.getString("name");
        boolean unique = Boolean.TRUE.equals(options.get("unique"));
        for (IndexInfo old : existing) {
            boolean same = old.getName().equals(name) && old.isUnique() == unique;
            if (same || old.getName().equals("_id_") || !sameKeys(old, keys)) {
                continue;
            }
            ops.dropIndex(old.getName());
            log.info("Store: index {} replaced by {}", old.getName(), name);
        }
    }

    private static boolean sameKeys(IndexInfo old, org.bson.Document keys) {
        List<String> oldKeys = old.getIndexFields().stream().map(IndexField::getKey).toList();
        return oldKeys.equals(List.copyOf(keys.keySet()));
    }
}
