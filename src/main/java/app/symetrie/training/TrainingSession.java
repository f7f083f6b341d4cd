package app.symetrie.training;

import app.symetrie.common.InvalidValueException;
import app.symetrie.organization.EmployeeId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One date of a course. A refused value is an {@link InvalidValueException} naming its component.
 *
 * @param place       a room or a video link
 * @param seatsTaken  seats held by enrolled people (kept by the enrolment service; ignored when a lead saves)
 * @param trainerId   the trainer when they are an employee (often an ambassador), who then marks attendance
 * @param trainerName the trainer's name as shown
 */
public record TrainingSession(TrainingSessionId id, CourseId courseId, Instant start, Instant end, String place,
                              int capacity, int seatsTaken, @Nullable EmployeeId trainerId, String trainerName,
                              Instant enrolmentDeadline) {

    public static final int MAX_CAPACITY = 500;
    public static final int PLACE_MAX = 300;
    public static final int NAME_MAX = 120;

    public TrainingSession {
        if (start == null) {
            throw new InvalidValueException("start", "training.error.required");
        }
        if (end == null) {
            throw new InvalidValueException("end", "training.error.required");
        }
        if (enrolmentDeadline == null) {
            throw new InvalidValueException("enrolmentDeadline", "training.error.required");
        }
        if (!end.isAfter(start)) {
            throw new InvalidValueException("end", "training.error.session.end-before-start");
        }
        if (enrolmentDeadline.isAfter(start)) {
            throw new InvalidValueException("enrolmentDeadline", "training.error.session.deadline-after-start");
        }
        if (capacity < 1 || capacity > MAX_CAPACITY) {
            throw new InvalidValueException("capacity", "training.error.session.capacity");
        }
        place = place == null ? "" : place.strip();
        trainerName = trainerName == null ? "" : trainerName.strip();
        if (place.isEmpty()) {
            throw new InvalidValueException("place", "training.error.session.place");
        }
        if (trainerName.isEmpty()) {
            throw new InvalidValueException("trainerName", "training.error.session.trainer");
        }
        if (place.length() > PLACE_MAX) {
            throw new InvalidValueException("place", "training.error.text.too-long");
        }
        if (trainerName.length() > NAME_MAX) {
            throw new InvalidValueException("trainerName", "training.error.text.too-long");
        }
    }

    public int seatsLeft() {
        return Math.max(0, capacity - seatsTaken);
    }

    public boolean isFull() {
        return seatsTaken >= capacity;
    }
}
