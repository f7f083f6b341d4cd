package app.symetrie.ambassador;

import app.symetrie.common.InvalidValueException;
import app.symetrie.organization.DepartmentId;
import app.symetrie.organization.TeamId;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What an ambassador logs about one coaching session. The form creates the id when it opens, so submitting the same
 * form twice saves one entry, not two. Rules that need the clock or the organization (no date in the future, the
 * team belongs to the department…) are checked by {@link CoachingService}. A refused value is an
 * {@link InvalidValueException} naming its component.
 *
 * @param minutes     duration, from {@value #MIN_MINUTES} to {@value #MAX_MINUTES} minutes (8 hours)
 * @param people      how many people were coached
 * @param coachees    optional names, seen only by the ambassador and never shown on boards
 * @param helpRequest the accepted help request this session answers, if any
 */
public record CoachingEntry(CoachingSessionId id, LocalDate date, int minutes, CoachingFormat format,
                            DepartmentId departmentId, @Nullable TeamId teamId, int people, List<String> tools,
                            List<String> painPoints, String outcome, boolean followUp, String coachees,
                            @Nullable HelpRequestId helpRequest) {

    /** Durations are logged in steps of a quarter of an hour, from the first one. */
    public static final int MINUTES_STEP = 15;
    public static final int MIN_MINUTES = MINUTES_STEP;
    public static final int MAX_MINUTES = 8 * 60;
    public static final int MAX_PEOPLE = 200;
    public static final int OUTCOME_MAX = 500;
    public static final int COACHEES_MAX = 300;

    public CoachingEntry {
        if (minutes < MIN_MINUTES) {
            throw new InvalidValueException("minutes", "ambassador.error.duration.too-short");
        }
        if (minutes > MAX_MINUTES) {
            throw new InvalidValueException("minutes", "ambassador.error.duration.too-long");
        }
        if (people < 1 || people > MAX_PEOPLE) {
            throw new InvalidValueException("people", "ambassador.error.people.range");
        }
        if (format == null) {
            throw new InvalidValueException("format", "ambassador.error.format.required");
        }
        if (departmentId == null) {
            throw new InvalidValueException("departmentId", "ambassador.error.department.required");
        }
        if (date == null) {
            throw new InvalidValueException("date", "ambassador.error.date.required");
        }
        tools = List.copyOf(new LinkedHashSet<>(tools));
        painPoints = List.copyOf(new LinkedHashSet<>(painPoints));
        outcome = outcome == null ? "" : outcome.strip();
        coachees = coachees == null ? "" : coachees.strip();
        if (outcome.length() > OUTCOME_MAX) {
            throw new InvalidValueException("outcome", "ambassador.error.text.too-long");
        }
        if (coachees.length() > COACHEES_MAX) {
            throw new InvalidValueException("coachees", "ambassador.error.text.too-long");
        }
    }

    public double hours() {
        return minutes / 60.0;
    }
}
