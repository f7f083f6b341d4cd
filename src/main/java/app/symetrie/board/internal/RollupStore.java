package app.symetrie.board.internal;

import app.symetrie.barometer.BarometerAnswers;
import app.symetrie.barometer.QuestionnaireService;
import app.symetrie.barometer.StoredAnswer;
import app.symetrie.barometer.WaveId;
import app.symetrie.board.UnitType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Rollups: one document per (wave, org unit) with counts, sums and sums of squares, at every level — team,
 * department, support functions vs front office, company. Computed once, when a wave closes and its answers are
 * released from the ballot box (nothing is known of a wave's answers before), and recomputable from the released
 * answers with the same arithmetic ({@link RollupDelta}).
 */
@Component
public class RollupStore {

    private final MongoTemplate mongo;
    private final BarometerAnswers answers;
    private final QuestionnaireService questionnaires;

    RollupStore(MongoTemplate mongo, BarometerAnswers answers, QuestionnaireService questionnaires) {
        this.mongo = mongo;
        this.answers = answers;
        this.questionnaires = questionnaires;
    }

    /** A unit an answer counts in. */
    public record Unit(UnitType type, String id) {
    }

    /** The units an answer names (only units in which at least k people answered), and the company. */
    static List<Unit> unitsOf(StoredAnswer answer) {
        List<Unit> units = new ArrayList<>();
        if (answer.teamId() != null) {
            units.add(new Unit(UnitType.TEAM, answer.teamId()));
        }
        if (answer.departmentId() != null) {
            units.add(new Unit(UnitType.DEPARTMENT, answer.departmentId()));
        }
        if (answer.kind() != null) {
            units.add(new Unit(UnitType.KIND, answer.kind()));
        }
        units.add(new Unit(UnitType.COMPANY, RollupKeys.COMPANY));
        return units;
    }

    /** A wave's rollups computed from its released answers, not yet stored. */
    public record Computed(int answers, List<Document> documents) {
    }

    /**
     * Computes a closed wave's rollups from its released answers and replaces the stored ones (the same result every
     * time: a release that resumes rewrites them identically). A unit with fewer than k answers gets none — only
     * the company can be one, when fewer than k people answered the whole wave.
     *
     * @return how many answers were read
     */
    public int rebuild(WaveId waveId, int k) {
        Computed computed = compute(waveId, k);
        replace(waveId, computed);
        return computed.answers();
    }

    /** Computes a wave's rollups from its released answers, without storing them. */
    public Computed compute(WaveId waveId, int k) {
        Map<Unit, Map<String, Number>> sums = new LinkedHashMap<>();
        Map<Integer, app.symetrie.barometer.Questionnaire> versions = new HashMap<>();
        int[] count = {0};
        answers.forEachAnswer(waveId, answer -> {
            Map<String, Number> delta = RollupDelta.of(answer, versions.computeIfAbsent(answer.questionnaireVersion(),
                    questionnaires::version));
            for (Unit unit : unitsOf(answer)) {
                Map<String, Number> total = sums.computeIfAbsent(unit, u -> new HashMap<>());
                delta.forEach((path, amount) -> total.merge(path, amount, RollupStore::add));
            }
            count[0]++;
        });
        List<Document> documents = new ArrayList<>();
        sums.forEach((unit, total) -> {
            if (total.getOrDefault("n", 0).intValue() < k) {
                return;
            }
            Document doc = new Document("_id", RollupKeys.id(waveId.value(), unit.type().name(), unit.id()))
                    .append("waveId", waveId.value()).append("unitType", unit.type().name())
                    .append("unitId", unit.id());
            total.forEach((path, amount) -> put(doc, path, amount));
            documents.add(doc);
        });
        return new Computed(count[0], documents);
    }

    /** Replaces a wave's stored rollups by computed ones. */
    public void replace(WaveId waveId, Computed computed) {
        mongo.remove(Query.query(Criteria.where("waveId").is(waveId.value())), RollupKeys.COLLECTION);
        if (!computed.documents().isEmpty()) {
            mongo.insert(computed.documents(), RollupKeys.COLLECTION);
        }
    }

    /**
     * Whether a wave's stored rollups count what its released answers count, unit by unit (a unit below k has none)
     * — the cheap check of the reconciliation: one grouped count of the answers and the stored counts alone, not a
     * recomputation. Sums are not compared; counts that agree are taken to mean the rollups were written whole.
     */
    public boolean countsMatch(WaveId waveId, int k, List<BarometerAnswers.UnitCount> answerCounts) {
        Map<Unit, Integer> expected = new HashMap<>();
        for (BarometerAnswers.UnitCount c : answerCounts) {
            StoredAnswer shape = new StoredAnswer(waveId, c.kind(), c.departmentId(), c.teamId(), 0, Map.of(),
                    Map.of(), List.of(), 0);
            unitsOf(shape).forEach(unit -> expected.merge(unit, c.answers(), Integer::sum));
        }
        expected.values().removeIf(n -> n < k);
        Map<Unit, Integer> stored = new HashMap<>();
        Query query = Query.query(Criteria.where("waveId").is(waveId.value()));
        query.fields().include("unitType", "unitId", "n");
        mongo.find(query, Document.class, RollupKeys.COLLECTION).forEach(d -> stored.put(
                new Unit(UnitType.valueOf(d.getString("unitType")), d.getString("unitId")),
                d.get("n") instanceof Number n ? n.intValue() : -1));
        return expected.equals(stored);
    }

    /** How many of a wave's stored rollups are missing, extra or different from computed ones. */
    public int differences(WaveId waveId, Computed computed) {
        Map<Object, Document> stored = new HashMap<>();
        raw(waveId).forEach(d -> stored.put(d.get("_id"), d));
        int differences = 0;
        for (Document fresh : computed.documents()) {
            Document old = stored.remove(fresh.get("_id"));
            if (old == null || !sameFigures(old, fresh)) {
                differences++;
            }
        }
        return differences + stored.size();
    }

    private static boolean sameFigures(@Nullable Object a, @Nullable Object b) {
        if (a instanceof Document da && b instanceof Document db) {
            Set<String> keys = new HashSet<>(da.keySet());
            keys.addAll(db.keySet());
            keys.remove("_class");
            return keys.stream().allMatch(key -> sameFigures(da.get(key), db.get(key)));
        }
        if (a instanceof Number na && b instanceof Number nb) {
            return Math.abs(na.doubleValue() - nb.doubleValue()) < 1e-9;
        }
        return java.util.Objects.equals(a, b);
    }

    static Number add(Number a, Number b) {
        if (a instanceof Integer && b instanceof Integer) {
            return a.intValue() + b.intValue();
        }
        return a.doubleValue() + b.doubleValue();
    }

    private static void put(Document doc, String path, Number value) {
        String[] parts = path.split("\\.");
        Document current = doc;
        for (int i = 0; i < parts.length - 1; i++) {
            Object next = current.get(parts[i]);
            Document child;
            if (next instanceof Document existing) {
                child = existing;
            } else {
                child = new Document();
                current.put(parts[i], child);
            }
            current = child;
        }
        current.put(parts[parts.length - 1], value);
    }

    public Optional<RollupView> find(WaveId waveId, UnitType type, String unitId) {
        return Optional.ofNullable(mongo.findById(RollupKeys.id(waveId.value(), type.name(), unitId), Document.class,
                RollupKeys.COLLECTION)).map(RollupView::new);
    }

    /** Some rollups of a wave at one level, by unit id, read by {@code _id} (units without a rollup are absent). */
    public Map<String, RollupView> some(WaveId waveId, UnitType type, java.util.Collection<String> unitIds) {
        Map<String, RollupView> result = new HashMap<>();
        if (unitIds.isEmpty()) {
            return result;
        }
        List<String> ids = unitIds.stream().map(id -> RollupKeys.id(waveId.value(), type.name(), id)).toList();
        mongo.find(Query.query(Criteria.where("_id").in(ids)), Document.class, RollupKeys.COLLECTION)
                .forEach(d -> result.put(d.getString("unitId"), new RollupView(d)));
        return result;
    }

    /** Every rollup of a wave at one level, by unit id. */
    public Map<String, RollupView> all(WaveId waveId, UnitType type) {
        Map<String, RollupView> result = new HashMap<>();
        mongo.find(Query.query(Criteria.where("waveId").is(waveId.value()).and("unitType").is(type.name())),
                Document.class, RollupKeys.COLLECTION).forEach(d -> result.put(d.getString("unitId"), new RollupView(d)));
        return result;
    }

    /** The raw documents of a wave, for comparing an incremental state with a rebuild. */
    public List<Document> raw(WaveId waveId) {
        return mongo.find(Query.query(Criteria.where("waveId").is(waveId.value())), Document.class,
                RollupKeys.COLLECTION);
    }
}
