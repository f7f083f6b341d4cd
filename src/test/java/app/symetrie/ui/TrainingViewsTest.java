package app.symetrie.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.symetrie.test.RestoresCollections;
import app.symetrie.test.WithDemoCompany;
import app.symetrie.training.Course;
import app.symetrie.training.TrainingCatalogService;
import app.symetrie.training.ui.TrainingAdminView;
import app.symetrie.training.ui.TrainingReportView;
import app.symetrie.training.ui.TrainingView;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

/** The training views without a browser. */
@WithDemoCompany
@RestoresCollections({"enrolments", "training_sessions", "training_notifications", "notifications", "mail_outbox"})
class TrainingViewsTest extends SpringBrowserlessTest {

    @Autowired
    TrainingCatalogService catalog;

    List<Div> sessionCards() {
        return find(Div.class).withClassName("session-card").all();
    }

    Div card(String title) {
        return sessionCards().stream()
                .filter(c -> find(H3.class).from(c).single().getText().equals(title)).findFirst().orElseThrow();
    }

    @Test
    @WithUserDetails(value = "employe@demo.symetrie.fr", setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void an_employee_sees_sessions_to_come_and_recommendations_from_their_departments_results() {
        UI.getCurrent().setLocale(Locale.FRENCH);
        navigate(TrainingView.class);
        Div recommended = find(Div.class).withId("recommended").single();
        // Comptabilité's last closed wave is published: its weakest tools and top pain points pick the courses.
        assertThat(find(Paragraph.class).from(recommended).all()).isNotEmpty().allSatisfy(p -> assertThat(p.getText())
                .matches("(Votre service a du mal avec|Un irritant fréquent dans votre service) : .+"));

        assertThat(sessionCards()).hasSizeGreaterThanOrEqualTo(10);
        Div full = card("Tableur : tableaux croisés dynamiques");
        assertThat(find(Span.class).withClassName("seats").from(full).single().getText()).startsWith("Complet");
        assertThat(find(Button.class).withClassName("enrol").from(full).single().getText())
                .isEqualTo("Rejoindre la liste d’attente");
        Anchor ics = find(Anchor.class).withClassName("ics").from(full).single();
        assertThat(ics.getHref()).isNotBlank();
    }

    @Test
    @WithUserDetails(value = "employe@demo.symetrie.fr", setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void an_employee_enrols_where_seats_are_left_and_rates_a_past_training() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate(TrainingView.class);
        Div open = sessionCards().stream().filter(c -> find(Span.class).withClassName("seats").from(c).single()
                        .getText().contains("seats left") && find(Button.class).withClassName("enrol").from(c).exists())
                .findFirst().orElseThrow();
        String title = find(H3.class).from(open).single().getText();
        test(find(Button.class).withClassName("enrol").from(open).single()).click();
        assertThat(find(Notification.class).all()).extracting(n -> test(n).getText())
                .contains("You are enrolled in “" + title + "”.");
        Div after = card(title);
        assertThat(find(Span.class).withText("Enrolled").from(after).exists()).isTrue();
        assertThat(find(Button.class).withClassName("cancel-enrolment").from(after).exists()).isTrue();

        @SuppressWarnings("unchecked")
        Grid<Object> mine = find(Grid.class).withId("my-trainings").single();
        Button rate = null;
        for (int row = 0; row < test(mine).size() && rate == null; row++) {
            if (test(mine).getCellComponent(row, 4) instanceof Button b) {
                rate = b;
            }
        }
        assertThat(rate).as("a past training to rate").isNotNull();
        test(rate).click();
        Dialog dialog = find(Dialog.class).single();
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Integer> stars = find(RadioButtonGroup.class).withId("rating-stars").single();
        stars.setValue(5);
        test(find(Button.class).from(dialog).withId("save-rating").single()).click();
        assertThat(find(Notification.class).all()).extracting(n -> test(n).getText())
                .contains("Thank you for your rating.");
        mine = find(Grid.class).withId("my-trainings").single();
        assertThat(test(mine).size()).isGreaterThanOrEqualTo(2);

        // the seat is given back, so the demo session is left as found for the other tests on the demo company
        test(find(Button.class).withClassName("cancel-enrolment").from(card(title)).single()).click();
        assertThat(find(Span.class).withClassName("seats").from(card(title)).single().getText())
                .contains("seats left");
        assertThat(find(Button.class).withClassName("cancel-enrolment").from(card(title)).exists()).isFalse();
    }

    @Test
    @WithUserDetails(value = "ambassadeur@demo.symetrie.fr", setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void a_trainer_opens_the_attendance_of_the_sessions_they_give() {
        UI.getCurrent().setLocale(Locale.FRENCH);
        navigate(TrainingView.class);
        @SuppressWarnings("unchecked")
        Grid<Object> trained = find(Grid.class).withId("trainer-sessions").single();
        assertThat(test(trained).size()).isPositive();
        test((Button) test(trained).getCellComponent(test(trained).size() - 1, 3)).click();
        assertThat(find(Dialog.class).single().getHeaderTitle()).startsWith("Présences — ");
    }

    @Test
    @WithUserDetails(value = "lead@demo.symetrie.fr", setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void the_lead_reads_the_report_and_keeps_the_catalog() {
        UI.getCurrent().setLocale(Locale.FRENCH);
        navigate(TrainingReportView.class);
        @SuppressWarnings("unchecked")
        Grid<Object> kinds = find(Grid.class).withId("report-kinds").single();
        assertThat(test(kinds).size()).isEqualTo(2);
        @SuppressWarnings("unchecked")
        Grid<Object> courses = find(Grid.class).withId("report-courses").single();
        assertThat(test(courses).size()).isGreaterThanOrEqualTo(12);
        assertThat(test(courses).getCellText(0, 0)).as("the longest waiting list first")
                .isEqualTo("CRM avancé : tableaux de bord commerciaux");

        navigate(TrainingAdminView.class);
        @SuppressWarnings("unchecked")
        Grid<Object> catalog = find(Grid.class).withId("courses-grid").single();
        assertThat(test(catalog).size()).isGreaterThanOrEqualTo(12);
        test(catalog).select(0);
        @SuppressWarnings("unchecked")
        Grid<Object> sessions = find(Grid.class).withId("sessions-grid").single();
        assertThat(sessions.isVisible()).isTrue();
        assertThat(test(sessions).size()).isPositive();
    }

    @Test
    @WithUserDetails(value = "lead@demo.symetrie.fr", setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void a_refused_course_value_shows_its_message_on_its_own_field_and_saves_nothing() {
        UI.getCurrent().setLocale(Locale.FRENCH);
        int before = catalog.courses().size();
        navigate(TrainingAdminView.class);
        test(find(Button.class).withId("new-course").single()).click();
        TextField title = find(TextField.class).withId("course-title").single();
        IntegerField minutes = find(IntegerField.class).withId("course-minutes").single();
        Button save = find(Button.class).withId("save-course").single();

        test(save).click();
        assertThat(title.isInvalid()).isTrue();
        assertThat(title.getErrorMessage()).isEqualTo("Une formation a besoin d’un titre.");
        assertThat(minutes.isInvalid()).isFalse();
        assertThat(save.isEnabled()).isTrue();

        title.setValue("Visioconférence : les bases");
        minutes.setValue(5);
        test(save).click();
        assertThat(minutes.isInvalid()).isTrue();
        assertThat(minutes.getErrorMessage()).isEqualTo("Une formation dure entre 15 minutes et 5 jours.");
        assertThat(title.isInvalid()).isFalse();
        assertThat(find(Dialog.class).single().isOpened()).isTrue();
        assertThat(catalog.courses()).as("nothing saved").hasSize(before);
    }

    @Test
    @WithUserDetails(value = "lead@demo.symetrie.fr", setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void a_refused_session_value_shows_its_message_on_its_own_field_and_saves_nothing() {
        UI.getCurrent().setLocale(Locale.FRENCH);
        navigate(TrainingAdminView.class);
        @SuppressWarnings("unchecked")
        Grid<Course> courses = find(Grid.class).withId("courses-grid").single();
        test(courses).select(0);
        Course course = test(courses).getRow(0);
        int before = catalog.sessions(course.id()).size();
        test(find(Button.class).withId("new-session").single()).click();
        DateTimePicker start = find(DateTimePicker.class).withId("session-start").single();
        DateTimePicker deadline = find(DateTimePicker.class).withId("session-deadline").single();
        IntegerField capacity = find(IntegerField.class).withId("session-capacity").single();
        TextField place = find(TextField.class).withId("session-place").single();
        Button save = find(Button.class).withId("save-session").single();

        place.setValue("Salle Turing");
        deadline.setValue(start.getValue().plusDays(1));
        test(save).click();
        assertThat(deadline.isInvalid()).isTrue();
        assertThat(deadline.getErrorMessage()).isEqualTo("La date limite d’inscription doit précéder le début.");
        assertThat(start.isInvalid()).isFalse();
        assertThat(capacity.isInvalid()).isFalse();

        deadline.setValue(start.getValue().minusDays(2));
        capacity.setValue(501);
        test(save).click();
        assertThat(capacity.isInvalid()).isTrue();
        assertThat(capacity.getErrorMessage()).isEqualTo("Entre 1 et 500 places.");
        assertThat(deadline.isInvalid()).isFalse();

        capacity.setValue(10);
        place.clear();
        test(save).click();
        assertThat(place.isInvalid()).isTrue();
        assertThat(place.getErrorMessage()).isEqualTo("Indiquez un lieu ou un lien.");
        assertThat(save.isEnabled()).isTrue();
        assertThat(catalog.sessions(course.id())).as("nothing saved").hasSize(before);
    }
}
