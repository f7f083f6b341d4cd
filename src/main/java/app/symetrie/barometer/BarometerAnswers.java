package app.symetrie.barometer;

import app.symetrie.common.Unrestricted;
import app.symetrie.barometer.internal.AnswerDocument;
import app.symetrie.barometer.internal.CommentDocument;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
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
        try (Stream<AnswerDocument> answers = mongo.stream(Query.query(Criteria.where("waveId").is(waveId.value())),
                AnswerDocument.class)) {
            answers.map(BarometerAnswers::toStored).forEach(consumer);
        }
    }

    /** The comments of a department in a wave, in storage order: callers shuffle them before showing. */
    @Unrestricted("The boards’ read models only (ArchitectureTest: reachable from board only); board views check the reader")
    public List<String> comments(WaveId waveId, String departmentId) {
        List<String> texts = new ArrayList<>();
        mongo.find(Query.query(Criteria.where("waveId").is(waveId.value()).and("departmentId").is(departmentId)),
                CommentDocument.class).forEach(c -> texts.add(c.text()));
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
