package app.symetrie.action.internal;

import java.util.List;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface CommentRepository extends MongoRepository<CommentDocument, String> {

    List<CommentDocument> findByActionId(String actionId);

    List<CommentDocument> findByActionIdIn(List<String> actionIds);

    long countByActionIdAndHiddenFalse(String actionId);
}
