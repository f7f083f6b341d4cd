package app.symetrie.ambassador.internal;

import app.symetrie.ambassador.HelpRequestStatus;
import java.time.Instant;
import java.util.List;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface HelpRequestRepository extends MongoRepository<HelpRequestDocument, String> {
    List<HelpRequestDocument> findByRequesterIdOrderByCreatedAtDesc(String requesterId);

    List<HelpRequestDocument> findByAmbassadorIdOrderByCreatedAtDesc(String ambassadorId);

    List<HelpRequestDocument> findByStatusOrderByCreatedAt(HelpRequestStatus status);

    List<HelpRequestDocument> findByAnsweredAtGreaterThanEqual(Instant from);

    long countByAmbassadorIdAndStatus(String ambassadorId, HelpRequestStatus status);
}
