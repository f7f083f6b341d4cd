package app.symetrie.barometer.internal;

import app.symetrie.barometer.Frequency;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A released answer (docs/ANONYMITY.md): written when its wave closed, in shuffled order, with an id that no one
 * without the ballot key can tie to its ballot — no person, no time at all, no comment (comments are stored apart).
 * It names only units in which at least k people answered the wave: its team, its department and its kind of
 * department (front office / support), each only where at least k people of that unit answered and where what is
 * left of a named unit beyond its named sub-units is none or at least k ({@code Placement}).
 *
 * @param teamId             the team, only when at least k of its people answered
 * @param departmentId       the department, only when at least k of its people answered
 * @param kind               the department's kind (front office / support) when the wave closed, only when at least
 *                           k people of that kind answered
 * @param moments            the journey moments rated (1–5), in code order; null on answers released before moments
 */
@Document("answers")
@CompoundIndex(name = "wave_department", def = "{'waveId': 1, 'departmentId': 1}")
public record AnswerDocument(@Id String id, String waveId, @Nullable String departmentId, @Nullable String teamId,
                             @Nullable String kind, int questionnaireVersion,
                             List<Score> scores, List<ToolAnswer> tools, List<String> painPoints, int recommend,
                             @Nullable List<Score> moments) {

    /** A statement's 1–5 score (codes contain dots, so they are values, not field names). */
    public record Score(String code, int value) {
    }

    public record ToolAnswer(String code, Frequency frequency, @Nullable Integer comfort) {
    }
}
