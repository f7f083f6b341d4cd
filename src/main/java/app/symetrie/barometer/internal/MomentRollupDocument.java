package app.symetrie.barometer.internal;

import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The journey-moment ratings of one unit of a closed wave, rolled up once when the wave is released: per moment, the
 * count, sum and sum of squares of its 1–5 ratings. Only units named on the released answers (at least k
 * respondents) have one, and only moments rated by at least k of them are kept.
 *
 * @param id     {@code waveId|unitType|unitId}, so a resumed release rewrites the same document
 * @param unitType {@code COMPANY}, {@code KIND} or {@code DEPARTMENT}
 */
@Document("moment_rollups")
public record MomentRollupDocument(@Id String id, @Indexed String waveId, String unitType, String unitId,
                                   List<Stat> stats) {

    /** One moment's ratings in the unit. */
    public record Stat(String code, long n, double sum, double sq) {
    }
}
