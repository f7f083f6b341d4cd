package app.symetrie.internalcustomer.internal;

import java.util.List;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** The internal-customer figures of closed waves. */
@Component
public class FiguresStore {

    private final MongoTemplate mongo;

    FiguresStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public boolean made(String waveId) {
        return mongo.exists(Query.query(Criteria.where("_id").is(waveId)), ReleasedWaveDocument.class);
    }

    /** Writes a wave's figures (replacing any a release cut short wrote), then marks the wave made. */
    public void store(String waveId, List<FunctionFiguresDocument> figures) {
        figures.forEach(mongo::save);
        mongo.save(new ReleasedWaveDocument(waveId, figures.size()));
    }

    public List<FunctionFiguresDocument> ofFunction(String functionId) {
        return mongo.find(Query.query(Criteria.where("functionId").is(functionId)), FunctionFiguresDocument.class);
    }

    public List<FunctionFiguresDocument> ofWave(String waveId) {
        return mongo.find(Query.query(Criteria.where("waveId").is(waveId)), FunctionFiguresDocument.class);
    }
}
