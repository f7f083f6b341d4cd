package app.symetrie.barometer;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A stored answer as the boards read it: its org unit and its values — no id, no day, nothing of a person.
 *
 * @param tools tool code → use
 */
public record StoredAnswer(WaveId waveId, String departmentId, @Nullable String teamId, int questionnaireVersion,
                           Map<String, Integer> scores, Map<String, AnswerForm.ToolUse> tools,
                           List<String> painPoints, int recommend) {
}
