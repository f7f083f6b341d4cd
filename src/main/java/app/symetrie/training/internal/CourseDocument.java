package app.symetrie.training.internal;

import app.symetrie.training.CourseFormat;
import app.symetrie.training.CourseLevel;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

@Document("courses")
public record CourseDocument(@Id String id, String title, String description, @Nullable String tool,
                             @Nullable String painPoint, CourseLevel level, int minutes, CourseFormat format) {
}
