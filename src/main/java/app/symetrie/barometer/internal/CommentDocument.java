package app.symetrie.barometer.internal;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/** A free-text comment, stored apart from the scored answer: no answer id, no day, no person. */
@Document("comments")
@CompoundIndex(name = "wave_department", def = "{'waveId': 1, 'departmentId': 1}")
public record CommentDocument(@Id String id, String waveId, String departmentId, String text) {
}
