package app.symetrie.organization.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface TeamRepository extends MongoRepository<TeamDocument, String> {
    List<TeamDocument> findByDepartmentIdOrderByNameKey(String departmentId);

    Optional<TeamDocument> findByDepartmentIdAndNameKey(String departmentId, String nameKey);
}
