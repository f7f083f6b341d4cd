package app.symetrie.barometer.internal;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A free-text comment, released with its wave and stored apart from the scored answer: no answer id, no time, no
 * person; the same units as its answer (only units in which at least k people answered).
 */
@Document("comments")
@CompoundIndex(name = "wave_department", def = "{'waveId': 1, 'departmentId': 1}")
public record CommentDocument(@Id String id, String waveId, @Nullable String departmentId,
                              @Nullable String kind, String text) {
}
