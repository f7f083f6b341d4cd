package app.symetrie.board.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.stereotype.Component;

/** The publication decision of each closed wave, as it was made at its close (or at an audited rebuild). */
@Component
public class PublicationStore {

    /** One wave's decision: department ids and kinds shown, whether the company is, and why others are not. */
    @Document("publications")
    public record Stored(@Id String waveId, List<String> departments, List<String> kinds, boolean company,
                        Map<String, String> hidden) {
    }

    private final MongoTemplate mongo;

    PublicationStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public Optional<Stored> find(String waveId) {
        return Optional.ofNullable(mongo.findById(waveId, Stored.class));
    }

    public void save(Stored decision) {
        mongo.save(decision);
    }
}
