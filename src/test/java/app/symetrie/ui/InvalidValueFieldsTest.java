package app.symetrie.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import app.symetrie.ambassador.AmbassadorApplication;
import app.symetrie.ambassador.AmbassadorId;
import app.symetrie.ambassador.AmbassadorProfile;
import app.symetrie.ambassador.CoachingEntry;
import app.symetrie.ambassador.CoachingFormat;
import app.symetrie.ambassador.CoachingSessionId;
import app.symetrie.ambassador.HelpRequestDraft;
import app.symetrie.ambassador.HelpRequestId;
import app.symetrie.common.InvalidValueException;
import app.symetrie.organization.DepartmentId;
import app.symetrie.training.Course;
import app.symetrie.training.CourseFormat;
import app.symetrie.training.CourseId;
import app.symetrie.training.CourseLevel;
import app.symetrie.training.TrainingSession;
import app.symetrie.training.TrainingSessionId;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The value objects behind the forms refuse a value by naming the record component that holds it: the forms put the
 * message on the field bound to that name, so a name that is no component would leave the message nowhere.
 */
class InvalidValueFieldsTest {

    static final DepartmentId DEPARTMENT = new DepartmentId("d1");
    static final Instant START = Instant.parse("2026-12-08T08:30:00Z");

    static void refuses(Class<? extends Record> type, String field, String key, Executable creation) {
        InvalidValueException e = catchThrowableOfType(InvalidValueException.class, creation::execute);
        assertThat(e).as("%s refuses %s", type.getSimpleName(), field).isNotNull();
        assertThat(e.field()).isEqualTo(field);
        assertThat(e.messageKey()).isEqualTo(key);
        assertThat(Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName))
                .as("%s is a component of %s", field, type.getSimpleName()).contains(field);
    }

    static CoachingEntry entry(int minutes, int people, String outcome, String coachees) {
        return new CoachingEntry(CoachingSessionId.random(), LocalDate.of(2026, 6, 1), minutes,
                CoachingFormat.ONE_TO_ONE, DEPARTMENT, null, people, List.of(), List.of(), outcome, false, coachees,
                null);
    }

    static TrainingSession session(Instant end, Instant deadline, String place, int capacity, String trainer) {
        return new TrainingSession(TrainingSessionId.random(), CourseId.random(), START, end, place, capacity, 0, null,
                trainer, deadline);
    }

    static Course course(String title, String description, int minutes) {
        return new Course(CourseId.random(), title, description, null, null, CourseLevel.BEGINNER, minutes,
                CourseFormat.REMOTE);
    }

    @Test
    void an_ambassador_profile_names_the_departments_or_the_hours() {
        refuses(AmbassadorProfile.class, "departments", "ambassador.error.departments.required",
                () -> new AmbassadorProfile(List.of(), List.of(), List.of(), 4));
        refuses(AmbassadorProfile.class, "monthlyHours", "ambassador.error.hours.range",
                () -> new AmbassadorProfile(List.of(DEPARTMENT), List.of(), List.of(), 41));
        assertThat(new AmbassadorProfile(List.of(DEPARTMENT, DEPARTMENT), List.of(), List.of(), 40).departments())
                .containsExactly(DEPARTMENT);
    }

    @Test
    void a_coaching_entry_names_the_value_it_refuses() {
        refuses(CoachingEntry.class, "minutes", "ambassador.error.duration.too-short", () -> entry(0, 1, "", ""));
        refuses(CoachingEntry.class, "minutes", "ambassador.error.duration.too-long", () -> entry(481, 1, "", ""));
        refuses(CoachingEntry.class, "people", "ambassador.error.people.range", () -> entry(30, 201, "", ""));
        refuses(CoachingEntry.class, "outcome", "ambassador.error.text.too-long",
                () -> entry(30, 1, "x".repeat(CoachingEntry.OUTCOME_MAX + 1), ""));
        refuses(CoachingEntry.class, "coachees", "ambassador.error.text.too-long",
                () -> entry(30, 1, "", "x".repeat(CoachingEntry.COACHEES_MAX + 1)));
        assertThat(entry(CoachingEntry.MAX_MINUTES, CoachingEntry.MAX_PEOPLE, " fine ", "").outcome())
                .isEqualTo("fine");
    }

    @Test
    void a_help_request_and_an_application_name_the_message_they_refuse() {
        refuses(HelpRequestDraft.class, "message", "ambassador.error.message.required",
                () -> new HelpRequestDraft(HelpRequestId.random(), AmbassadorId.random(), null, null,
                        CoachingFormat.ONE_TO_ONE, "   "));
        refuses(HelpRequestDraft.class, "message", "ambassador.error.text.too-long",
                () -> new HelpRequestDraft(HelpRequestId.random(), AmbassadorId.random(), null, null,
                        CoachingFormat.ONE_TO_ONE, "x".repeat(HelpRequestDraft.MESSAGE_MAX + 1)));
        refuses(AmbassadorApplication.class, "motivation", "ambassador.error.motivation.required",
                () -> AmbassadorApplication.requireMotivation(" "));
    }

    @Test
    void a_course_names_the_value_it_refuses() {
        refuses(Course.class, "title", "training.error.title.required", () -> course(" ", "", 60));
        refuses(Course.class, "title", "training.error.text.too-long",
                () -> course("x".repeat(Course.TITLE_MAX + 1), "", 60));
        refuses(Course.class, "description", "training.error.text.too-long",
                () -> course("Tableur", "x".repeat(Course.DESCRIPTION_MAX + 1), 60));
        refuses(Course.class, "minutes", "training.error.course.duration", () -> course("Tableur", "", 10));
    }

    @Test
    void a_training_session_names_the_value_it_refuses() {
        Instant end = START.plusSeconds(7200);
        Instant deadline = START.minusSeconds(86_400);
        refuses(TrainingSession.class, "end", "training.error.session.end-before-start",
                () -> session(START, deadline, "Salle", 10, "Hugo"));
        refuses(TrainingSession.class, "enrolmentDeadline", "training.error.session.deadline-after-start",
                () -> session(end, START.plusSeconds(60), "Salle", 10, "Hugo"));
        refuses(TrainingSession.class, "capacity", "training.error.session.capacity",
                () -> session(end, deadline, "Salle", 0, "Hugo"));
        refuses(TrainingSession.class, "place", "training.error.session.place",
                () -> session(end, deadline, " ", 10, "Hugo"));
        refuses(TrainingSession.class, "trainerName", "training.error.session.trainer",
                () -> session(end, deadline, "Salle", 10, ""));
        refuses(TrainingSession.class, "trainerName", "training.error.text.too-long",
                () -> session(end, deadline, "Salle", 10, "x".repeat(TrainingSession.NAME_MAX + 1)));
    }
}
