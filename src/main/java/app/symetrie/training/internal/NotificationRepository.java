package app.symetrie.training.internal;

import java.util.List;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface NotificationRepository extends MongoRepository<NotificationDocument, String> {
    List<NotificationDocument> findByEmployeeIdOrderByAtDesc(String employeeId);
}
