package app.symetrie.barometer.internal;

import java.util.Optional;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface QuestionnaireRepository extends MongoRepository<QuestionnaireDocument, Integer> {
    Optional<QuestionnaireDocument> findTopByOrderByVersionDesc();
}
