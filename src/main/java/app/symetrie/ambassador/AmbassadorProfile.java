package app.symetrie.ambassador;

import app.symetrie.common.InvalidValueException;
import app.symetrie.organization.DepartmentId;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * What an ambassador offers: the departments they cover, the tools and pain-point topics they can coach (codes of
 * the barometer's catalog) and how many hours a month they can give. A refused value is an
 * {@link InvalidValueException} naming its component.
 */
public record AmbassadorProfile(List<DepartmentId> departments, List<String> tools, List<String> topics,
                                int monthlyHours) {

    public static final int MIN_MONTHLY_HOURS = 1;
    public static final int MAX_MONTHLY_HOURS = 40;

    public AmbassadorProfile {
        departments = List.copyOf(new LinkedHashSet<>(departments));
        tools = List.copyOf(new LinkedHashSet<>(tools));
        topics = List.copyOf(new LinkedHashSet<>(topics));
        if (departments.isEmpty()) {
            throw new InvalidValueException("departments", "ambassador.error.departments.required");
        }
        if (monthlyHours < MIN_MONTHLY_HOURS || monthlyHours > MAX_MONTHLY_HOURS) {
            throw new InvalidValueException("monthlyHours", "ambassador.error.hours.range");
        }
    }

    public boolean covers(DepartmentId department) {
        return departments.contains(department);
    }
}
