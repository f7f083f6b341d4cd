package app.symetrie.organization.internal;

import java.util.Optional;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface DepartmentRepository extends MongoRepository<DepartmentDocument, String> {
    Optional<DepartmentDocument> findByNameKey(String nameKey);

    boolean existsByParentId(String parentId);
}
