package app.symetrie.map.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One manager's prediction for their department in a wave (or a lead's for the company: {@code departmentId} null).
 * Management's view is not anonymous: it is published beside the employees' own, and names who predicted.
 *
 * @param id          {@code waveId|predictorId}: one prediction per person and wave, replaced while the wave is open
 * @param predictorId the manager's employee id (or a lead's e-mail when they have no employee record)
 */
@Document("predictions")
@CompoundIndex(name = "wave_department", def = "{'waveId': 1, 'departmentId': 1}")
public record PredictionDocument(@Id String id, String waveId, @Nullable String departmentId, String predictorId,
                                 String predictorName, Map<String, Integer> dimensions, List<String> painPoints,
                                 Map<String, Integer> moments, Instant savedAt) {
}
