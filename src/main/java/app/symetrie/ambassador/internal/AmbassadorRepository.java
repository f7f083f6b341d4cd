package app.symetrie.ambassador.internal;

import app.symetrie.ambassador.AmbassadorStatus;
import java.util.List;
import java.util.Optional;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface AmbassadorRepository extends MongoRepository<AmbassadorDocument, String> {
    Optional<AmbassadorDocument> findByEmployeeId(String employeeId);

    List<AmbassadorDocument> findByStatus(AmbassadorStatus status);

    List<AmbassadorDocument> findByCoverageRequestNotNull();
}
