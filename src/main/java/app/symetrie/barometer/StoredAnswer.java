package app.symetrie.barometer;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A released answer as the boards read it: the units it names and its values — no id, no time, nothing of a person.
 * Each unit is named only where at least k people of it answered the wave (docs/ANONYMITY.md).
 *
 * @param kind  the kind of department (front office / support) when the wave closed
 * @param tools tool code → use
 */
public record StoredAnswer(WaveId waveId, @Nullable String kind, @Nullable String departmentId,
                           @Nullable String teamId, int questionnaireVersion,
                           Map<String, Integer> scores, Map<String, AnswerForm.ToolUse> tools,
                           List<String> painPoints, int recommend) {
}
