package app.symetrie.training.internal;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface CourseRepository extends MongoRepository<CourseDocument, String> {
}
