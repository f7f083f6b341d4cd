package app.symetrie.barometer.internal;

import app.symetrie.barometer.Questionnaire;
import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** One questionnaire version; the version number is the id, so two concurrent saves cannot take the same one. */
@Document("questionnaires")
public record QuestionnaireDocument(@Id int version, Instant createdAt, String createdBy, Questionnaire body) {
}
