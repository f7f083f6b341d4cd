package app.symetrie.barometer.internal;

import app.symetrie.barometer.Frequency;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A stored answer (PRODUCT.md, anonymity): a random id, the org unit and the wave, the day only — no person, no
 * time of day, no comment (comments are stored apart).
 */
@Document("answers")
@CompoundIndex(name = "wave_department", def = "{'waveId': 1, 'departmentId': 1}")
public record AnswerDocument(@Id String id, String waveId, String departmentId, @Nullable String teamId,
                             LocalDate day, int questionnaireVersion, List<Score> scores, List<ToolAnswer> tools,
                             List<String> painPoints, int recommend) {

    /** A statement's 1–5 score (codes contain dots, so they are values, not field names). */
    public record Score(String code, int value) {
    }

    public record ToolAnswer(String code, Frequency frequency, @Nullable Integer comfort) {
    }
}
