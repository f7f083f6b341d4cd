package app.symetrie.training.internal;

import java.time.Instant;
import java.util.List;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface TrainingSessionRepository extends MongoRepository<TrainingSessionDocument, String> {
    List<TrainingSessionDocument> findByStartAfterOrderByStart(Instant from);

    List<TrainingSessionDocument> findByCourseIdOrderByStart(String courseId);

    List<TrainingSessionDocument> findByTrainerIdOrderByStartDesc(String trainerId);

    boolean existsByCourseId(String courseId);
}
