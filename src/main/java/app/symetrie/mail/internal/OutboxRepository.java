package app.symetrie.mail.internal;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface OutboxRepository extends MongoRepository<OutboxDocument, String> {
    Page<OutboxDocument> findAllByOrderByCreatedAtDesc(Pageable pageable);
}
