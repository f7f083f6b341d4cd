package app.symetrie.barometer;

import app.symetrie.organization.DepartmentId;
import org.jspecify.annotations.Nullable;

/**
 * Live participation of one department in a wave. Counts only, and only where at least k people were invited:
 * otherwise {@code answered} is null (hidden).
 */
public record DepartmentParticipation(DepartmentId departmentId, String departmentName, boolean support,
                                      int invited, @Nullable Integer answered) {

    public @Nullable Double rate() {
        return answered == null || invited == 0 ? null : (double) answered / invited;
    }
}
