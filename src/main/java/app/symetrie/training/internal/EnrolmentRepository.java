package app.symetrie.training.internal;

import app.symetrie.training.EnrolmentStatus;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface EnrolmentRepository extends MongoRepository<EnrolmentDocument, String> {
    Optional<EnrolmentDocument> findBySessionIdAndEmployeeId(String sessionId, String employeeId);

    List<EnrolmentDocument> findByEmployeeId(String employeeId);

    List<EnrolmentDocument> findBySessionIdOrderByAtAscIdAsc(String sessionId);

    List<EnrolmentDocument> findBySessionIdInAndStatus(Collection<String> sessionIds, EnrolmentStatus status);

    List<EnrolmentDocument> findBySessionIdIn(Collection<String> sessionIds);

    long countBySessionIdAndStatus(String sessionId, EnrolmentStatus status);

    boolean existsBySessionIdAndStatusIn(String sessionId, Collection<EnrolmentStatus> statuses);
}
