package app.symetrie.ambassador.internal;

import app.symetrie.ambassador.ApplicationStatus;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

@Document("ambassador_applications")
public record ApplicationDocument(@Id String id, @Indexed String employeeId, String departmentId, String motivation,
                                  List<String> tools, @Indexed ApplicationStatus status, Instant submittedAt,
                                  @Nullable Instant decidedAt, @Nullable String decidedBy) {
}
