package app.symetrie.barometer;

import app.symetrie.common.Unrestricted;
import app.symetrie.barometer.internal.AnswerDocument;
import app.symetrie.barometer.internal.CommentDocument;
import app.symetrie.barometer.internal.CommentShelfDocument;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * Read access to released answers and comments for the boards' read models. Only aggregated figures leave the
 * boards; this service never returns anything that could identify a person (answers carry no person, comments no
 * answer, and both exist only once their wave is closed).
 */
@Service
public class BarometerAnswers {

    private final MongoTemplate mongo;

    BarometerAnswers(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Streams every released answer of a wave (for its rollups), without loading them all at once. */
    @Unrestricted("The boards’ read models only (ArchitectureTest: reachable from board only); released, person-free answers")
    public void forEachAnswer(WaveId waveId, Consumer<StoredAnswer> consumer) {
        // In batches: the embedded server answers a cursor's next request with everything left, which passes the
        // driver's 48 MB reply limit from about 25,000 answers in a wave.
        try (Stream<AnswerDocument> answers = mongo.stream(Query.query(Criteria.where("waveId").is(waveId.value()))
                .cursorBatchSize(2000), AnswerDocument.class)) {
            answers.map(BarometerAnswers::toStored).forEach(consumer);
        }
    }

    private record Unit(@Nullable String departmentId, @Nullable String teamId, @Nullable String kind) {
    }

    /** How many released answers of a wave name one (department, team, kind): a wave's answers counted per unit. */
    public record UnitCount(@Nullable String departmentId, @Nullable String teamId, @Nullable String kind, int answers) {
    }

    /**
     * A wave's released answers counted per (department, team, kind): the reconciliation's cheap check of the stored
     * rollups' counts. Counted here from the three fields, not by an aggregation: the embedded server runs every
     * aggregation over the whole collection, every wave's answers held in memory at once (decision 039).
     */
    @Unrestricted("The boards’ read models only (ArchitectureTest: reachable from board only); counts of released answers")
    public List<UnitCount> countsByUnit(WaveId waveId) {
        Query units = Query.query(Criteria.where("waveId").is(waveId.value())).cursorBatchSize(2000);
        units.fields().include("departmentId", "teamId", "kind").exclude("_id");
        Map<Unit, Integer> counts = new LinkedHashMap<>();
        try (Stream<Document> rows = mongo.stream(units, Document.class,
                mongo.getCollectionName(AnswerDocument.class))) {
            rows.forEach(row -> counts.merge(new Unit(row.getString("departmentId"), row.getString("teamId"),
                    row.getString("kind")), 1, Integer::sum));
        }
        return counts.entrySet().stream().map(e -> new UnitCount(e.getKey().departmentId(), e.getKey().teamId(),
                e.getKey().kind(), e.getValue())).toList();
    }

    /**
     * The comments of some departments in a wave (a board's: its department's subtree), in storage order: callers
     * shuffle them before showing.
     */
    @Unrestricted("The boards’ read models only (ArchitectureTest: reachable from board only); board views check the reader")
    public List<String> comments(WaveId waveId, Collection<String> departmentIds) {
        List<String> texts = new ArrayList<>();
        if (departmentIds.isEmpty()) {
            return texts;
        }
        CommentShelfDocument shelf = mongo.findById(waveId.value(), CommentShelfDocument.class);
        if (shelf == null) {
            // a wave released before its comments were shelved: one query for the whole subtree, which on the
            // embedded server reads every comment of every wave
            mongo.find(Query.query(Criteria.where("waveId").is(waveId.value()).and("departmentId").in(departmentIds)),
                    CommentDocument.class).forEach(c -> texts.add(c.text()));
            return texts;
        }
        Set<String> wanted = new HashSet<>(departmentIds);
        List<String> ids = shelf.shelves().stream()
                .filter(s -> s.departmentId() != null && wanted.contains(s.departmentId()))
                .flatMap(s -> s.commentIds().stream()).toList();
        if (!ids.isEmpty()) {
            mongo.find(Query.query(Criteria.where("_id").in(ids)), CommentDocument.class)
                    .forEach(c -> texts.add(c.text()));
        }
        return texts;
    }

    private static StoredAnswer toStored(AnswerDocument a) {
        Map<String, Integer> scores = new HashMap<>();
        a.scores().forEach(s -> scores.put(s.code(), s.value()));
        Map<String, AnswerForm.ToolUse> tools = new HashMap<>();
        a.tools().forEach(t -> tools.put(t.code(), new AnswerForm.ToolUse(t.frequency(), t.comfort())));
        return new StoredAnswer(new WaveId(a.waveId()), a.kind(), a.departmentId(), a.teamId(), a.questionnaireVersion(), scores,
                tools, a.painPoints(), a.recommend());
    }
}
