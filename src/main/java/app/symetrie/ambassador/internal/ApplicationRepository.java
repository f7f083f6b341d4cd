package app.symetrie.ambassador.internal;

import app.symetrie.ambassador.ApplicationStatus;
import java.util.List;
import java.util.Optional;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface ApplicationRepository extends MongoRepository<ApplicationDocument, String> {
    List<ApplicationDocument> findByStatusOrderBySubmittedAt(ApplicationStatus status);

    Optional<ApplicationDocument> findFirstByEmployeeIdOrderBySubmittedAtDesc(String employeeId);

    boolean existsByEmployeeIdAndStatus(String employeeId, ApplicationStatus status);

    long countByStatus(ApplicationStatus status);
}
