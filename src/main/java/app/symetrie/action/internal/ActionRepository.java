package app.symetrie.action.internal;

import java.util.List;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface ActionRepository extends MongoRepository<ActionDocument, String> {

    List<ActionDocument> findByDepartmentId(String departmentId);

    List<ActionDocument> findByDepartmentIdIsNull();

    List<ActionDocument> findByVisibility(app.symetrie.action.Visibility visibility);
}
