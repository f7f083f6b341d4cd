package app.symetrie.ambassador.internal;

import app.symetrie.ambassador.AmbassadorStatus;
import app.symetrie.ambassador.StatusChange;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An ambassador as stored. {@code status} repeats the last entry of {@code history} so that the directory can query
 * active ambassadors. {@code name} and {@code homeDepartmentId} are copied from the HR record as a fallback only:
 * reads take them from the organization. {@code departments} is the coverage a lead granted (boards follow it);
 * {@code coverageRequest} is what the ambassador asked for instead, null when nothing is pending.
 */
@Document("ambassadors")
public record AmbassadorDocument(@Id String id, @Indexed(unique = true) String employeeId, String name,
                                 String homeDepartmentId, List<String> departments, List<String> tools,
                                 List<String> topics, int monthlyHours, @Indexed AmbassadorStatus status,
                                 List<StatusChange> history, boolean publicRanking,
                                 @Nullable CoverageRequestDocument coverageRequest) {
}
