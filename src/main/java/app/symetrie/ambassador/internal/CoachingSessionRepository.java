package app.symetrie.ambassador.internal;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface CoachingSessionRepository extends MongoRepository<CoachingSessionDocument, String> {
    List<CoachingSessionDocument> findByAmbassadorIdOrderByDateDescLoggedAtDesc(String ambassadorId);

    List<CoachingSessionDocument> findByDateGreaterThanEqual(LocalDate from);

    List<CoachingSessionDocument> findByDateGreaterThanEqualOrderByDateDesc(LocalDate from);
}
