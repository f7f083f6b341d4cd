package app.symetrie.ambassador.internal;

import app.symetrie.ambassador.CoachingFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

@Document("coaching_sessions")
public record CoachingSessionDocument(@Id String id, @Indexed String ambassadorId, @Indexed LocalDate date,
                                      int minutes, CoachingFormat format, @Indexed String departmentId,
                                      @Nullable String teamId, int people, List<String> tools,
                                      List<String> painPoints, String outcome, boolean followUp, String coachees,
                                      @Nullable String helpRequestId, boolean outsideCoverage, Instant loggedAt) {
}
