package app.symetrie.barometer;

import app.symetrie.barometer.internal.AnswerDocument;
import app.symetrie.barometer.internal.MomentRollupDocument;
import app.symetrie.common.Unrestricted;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * The journey-moment ratings of closed waves (the optional block of the survey, read by the Satisfaction Map). They
 * travel in the sealed ballot with the rest of the answer, are released with it, and are rolled up here once, when the
 * wave is released, per unit the released answers name (company, kind, department) — so they follow the wave's one
 * naming decision. A moment rated by fewer than k people of a unit is not kept for that unit. What is read here is
 * not filtered by the wave's publication decision: the board module shows a unit's ratings of a moment only where the
 * wave publishes that unit and that moment's own suppression pass allows it (docs/decisions/030-satisfaction-map.md);
 * nothing else reads them (ArchitectureTest).
 */
@Service
public class JourneyMomentRatings {

    /** Units a rollup may describe. */
    public enum UnitType {
        COMPANY, KIND, DEPARTMENT
    }

    /** One moment's ratings in a unit: count, sum and sum of squares of its 1–5 ratings. */
    public record MomentStats(String code, long n, double sum, double sq) {
        public double mean() {
            return n == 0 ? Double.NaN : sum / n;
        }
    }

    /** A unit's moment ratings in a wave; {@code unitId} is the department id, the kind's name, or "company". */
    public record UnitMoments(UnitType type, String unitId, List<MomentStats> stats) {
        public UnitMoments {
            stats = List.copyOf(stats);
        }
    }

    static final String COMPANY = "company";

    private final MongoTemplate mongo;

    JourneyMomentRatings(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** The rollups of a wave, every unit; empty before it is closed. */
    @Unrestricted("Read only by the board module (ArchitectureTest), which decides what may be shown, also in "
            + "scheduled work (freezing a closed wave's figures, the reconciliation)")
    public List<UnitMoments> of(WaveId waveId) {
        return mongo.find(Query.query(Criteria.where("waveId").is(waveId.value())), MomentRollupDocument.class)
                .stream().map(d -> new UnitMoments(UnitType.valueOf(d.unitType()), d.unitId(), d.stats().stream()
                        .map(s -> new MomentStats(s.code(), s.n(), s.sum(), s.sq())).toList()))
                .toList();
    }

    /**
     * Rolls up the released answers' moment ratings of a wave, per unit they name. Each document is written whole
     * (not incremented), so a release resumed after a crash writes the same figures again.
     */
    void rollUp(WaveId waveId, int k) {
        Map<String, Map<String, double[]>> byUnit = new HashMap<>();
        try (Stream<AnswerDocument> answers = mongo.stream(Query.query(Criteria.where("waveId").is(waveId.value())
                .and("moments.0").exists(true)), AnswerDocument.class)) {
            answers.forEach(a -> {
                List<AnswerDocument.Score> rated = a.moments();
                if (rated == null) {
                    return;
                }
                List<String> units = new ArrayList<>();
                units.add(UnitType.COMPANY + "|" + COMPANY);
                if (a.kind() != null) {
                    units.add(UnitType.KIND + "|" + a.kind());
                }
                if (a.departmentId() != null) {
                    units.add(UnitType.DEPARTMENT + "|" + a.departmentId());
                }
                for (String unit : units) {
                    Map<String, double[]> sums = byUnit.computeIfAbsent(unit, u -> new TreeMap<>());
                    for (AnswerDocument.Score s : rated) {
                        double[] t = sums.computeIfAbsent(s.code(), c -> new double[3]);
                        t[0]++;
                        t[1] += s.value();
                        t[2] += (double) s.value() * s.value();
                    }
                }
            });
        }
        byUnit.forEach((unit, sums) -> {
            List<MomentRollupDocument.Stat> stats = new ArrayList<>();
            sums.forEach((code, t) -> {
                if (t[0] >= k) {
                    stats.add(new MomentRollupDocument.Stat(code, (long) t[0], t[1], t[2]));
                }
            });
            String[] parts = unit.split("\\|", 2);
            mongo.save(new MomentRollupDocument(waveId.value() + "|" + unit, waveId.value(), parts[0], parts[1],
                    stats));
        });
    }
}
