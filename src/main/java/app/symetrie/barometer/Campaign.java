package app.symetrie.barometer;

import app.symetrie.common.InvalidValueException;
import app.symetrie.organization.DepartmentId;
import java.time.LocalDate;
import java.util.List;

/**
 * A barometer campaign: it opens a wave every {@code cadence} from {@code firstOpening}, each open for
 * {@code waveLengthDays}, for the target departments (empty = the whole company, support functions included).
 *
 * @param reminderDays days after opening (1 = the day after) on which non-respondents are reminded
 */
public record Campaign(CampaignId id, String name, Cadence cadence, LocalDate firstOpening, int waveLengthDays,
                       List<DepartmentId> targetDepartments, List<Integer> reminderDays,
                       AnonymityThresholds thresholds, boolean active) {

    public static final int NAME_MAX = 120;
    public static final int MIN_LENGTH_DAYS = 3;
    public static final int MAX_LENGTH_DAYS = 60;

    /**
     * Each refusal names the record component at fault ({@link InvalidValueException}), so the campaign dialog shows
     * it on that field (docs/decisions/024-forms-on-binder.md).
     */
    public Campaign {
        if (name == null || name.isBlank()) {
            throw new InvalidValueException("name", "error.campaign.name.required");
        }
        name = name.strip();
        if (name.length() > NAME_MAX) {
            throw new InvalidValueException("name", "error.name.too-long");
        }
        if (cadence == null) {
            throw new InvalidValueException("cadence", "error.campaign.cadence.required");
        }
        if (firstOpening == null) {
            throw new InvalidValueException("firstOpening", "error.campaign.first-opening.required");
        }
        if (thresholds == null) {
            throw new InvalidValueException("thresholds", "error.campaign.incomplete");
        }
        if (waveLengthDays < MIN_LENGTH_DAYS || waveLengthDays > MAX_LENGTH_DAYS) {
            throw new InvalidValueException("waveLengthDays", "error.campaign.length.range");
        }
        if (waveLengthDays > cadence.months() * 28) {
            throw new InvalidValueException("waveLengthDays", "error.campaign.length.longer-than-cadence");
        }
        targetDepartments = List.copyOf(targetDepartments);
        reminderDays = reminderDays.stream().distinct().sorted().toList();
        for (int day : reminderDays) {
            if (day < 1 || day >= waveLengthDays) {
                throw new InvalidValueException("reminderDays", "error.campaign.reminder.range");
            }
        }
    }

    public boolean targetsEveryone() {
        return targetDepartments.isEmpty();
    }

    /** The slot whose opening is the latest on or before {@code day}; -1 before the first opening. */
    public int slotOn(LocalDate day) {
        if (day.isBefore(firstOpening)) {
            return -1;
        }
        int slot = 0;
        while (!cadence.opening(firstOpening, slot + 1).isAfter(day)) {
            slot++;
        }
        return slot;
    }
}
