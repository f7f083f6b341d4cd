package app.symetrie.ambassador;

import app.symetrie.common.InvalidValueException;
import app.symetrie.organization.DepartmentId;
import app.symetrie.organization.EmployeeId;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** "I want to become an ambassador": the employee's motivation and the tools they master, until a lead decides. */
public record AmbassadorApplication(ApplicationId id, EmployeeId employeeId, String name, DepartmentId departmentId,
                                    String motivation, List<String> tools, ApplicationStatus status,
                                    Instant submittedAt, @Nullable Instant decidedAt) {

    public static final int MOTIVATION_MAX = 1000;

    public AmbassadorApplication {
        tools = List.copyOf(tools);
    }

    /** Checks the motivation an employee typed; returns it stripped. */
    public static String requireMotivation(@Nullable String motivation) {
        String text = motivation == null ? "" : motivation.strip();
        if (text.isEmpty()) {
            throw new InvalidValueException("motivation", "ambassador.error.motivation.required");
        }
        if (text.length() > MOTIVATION_MAX) {
            throw new InvalidValueException("motivation", "ambassador.error.text.too-long");
        }
        return text;
    }
}
