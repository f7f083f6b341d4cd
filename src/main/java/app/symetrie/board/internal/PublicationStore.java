package app.symetrie.board.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** The publication decision of each closed wave, as it was made at its close (or at an audited rebuild). */
@Component
public class PublicationStore {

    /**
     * One wave's decision: department ids, kinds and team ids shown, whether the company is, and why others are not.
     * {@code rule}: the version of the decision rule that made it — absent on decisions made before parent
     * departments were a level (docs/decisions/018-parent-departments.md).
     */
    @Document("publications")
    public record Stored(@Id String waveId, List<String> departments, List<String> kinds, boolean company,
                        Map<String, String> hidden, @Nullable List<String> teams, @Nullable Integer rule) {
    }

    private final MongoTemplate mongo;

    PublicationStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public Optional<Stored> find(String waveId) {
        return Optional.ofNullable(mongo.findById(waveId, Stored.class));
    }

    /** The stored decisions of these waves, by wave id (one {@code _id} list). */
    public Map<String, Stored> find(Collection<String> waveIds) {
        Map<String, Stored> found = new HashMap<>();
        if (!waveIds.isEmpty()) {
            mongo.find(Query.query(Criteria.where("_id").in(waveIds)), Stored.class)
                    .forEach(s -> found.put(s.waveId(), s));
        }
        return found;
    }

    public void save(Stored decision) {
        mongo.save(decision);
    }
}
