package app.symetrie.mail.internal;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface OutboxRepository extends MongoRepository<OutboxDocument, String> {

    java.util.List<OutboxDocument> findByTag(String tag);
    Page<OutboxDocument> findAllByOrderByCreatedAtDesc(Pageable pageable);
}
