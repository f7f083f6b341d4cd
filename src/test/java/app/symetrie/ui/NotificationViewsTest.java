package app.symetrie.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.symetrie.ambassador.AmbassadorApplicationDecided;
import app.symetrie.ambassador.ApplicationId;
import app.symetrie.ambassador.ApplicationStatus;
import app.symetrie.base.ui.HomeView;
import app.symetrie.notification.NotificationService;
import app.symetrie.notification.ui.NotificationBell;
import app.symetrie.notification.ui.NotificationsView;
import app.symetrie.security.CurrentUser;
import app.symetrie.test.RestoresCollections;
import app.symetrie.test.WithDemoCompany;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The bell in the header counts the unread notifications and leads to them; the page lists them in the person's
 * language, marks them read (and the bell follows), and holds the e-mail switch.
 */
@WithDemoCompany
@RestoresCollections({"notifications", "notification_settings"})
class NotificationViewsTest extends SpringBrowserlessTest {

    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    NotificationService notifications;

    private void decided(ApplicationStatus status) {
        events.publishEvent(new AmbassadorApplicationDecided(ApplicationId.random(),
                CurrentUser.require().employeeId(), status));
    }

    private NotificationBell bell() {
        return find(NotificationBell.class).single();
    }

    @Test
    @WithUserDetails(value = "manager@demo.symetrie.fr", setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void the_bell_counts_unread_notifications_and_the_page_marks_them_read() {
        UI.getCurrent().setLocale(Locale.FRENCH);
        notifications.markAllRead();
        decided(ApplicationStatus.REJECTED);
        decided(ApplicationStatus.APPROVED);
        navigate(HomeView.class);
        assertThat(bell().getAriaLabel().orElseThrow()).isEqualTo("Notifications, 2 non lues");

        test(bell()).click();
        NotificationsView page = find(NotificationsView.class).single();
        assertThat(find(Paragraph.class).from(page).withClassName("notification-text").all())
                .extracting(Paragraph::getText)
                .contains("Votre candidature est acceptée : vous êtes désormais ambassadeur numérique.",
                        "Votre candidature d’ambassadeur numérique n’a pas été retenue cette fois-ci.");
        assertThat(find(Div.class).withClassName("unread").all()).hasSize(2);

        test(find(Button.class).withClassName("notification-mark-read").all().getFirst()).click();
        assertThat(bell().getAriaLabel().orElseThrow()).as("the bell follows at once").isEqualTo("Notifications, 1 non lue");
        assertThat(find(Div.class).withClassName("unread").all()).hasSize(1);

        test(find(Button.class).withId("notifications-mark-all").single()).click();
        assertThat(bell().getAriaLabel().orElseThrow()).isEqualTo("Notifications");
        assertThat(find(Div.class).withClassName("unread").all()).isEmpty();
    }

    @Test
    @WithUserDetails(value = "manager@demo.symetrie.fr", setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void the_page_speaks_english_and_turns_emails_off_and_on() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        decided(ApplicationStatus.REJECTED);
        navigate(NotificationsView.class);
        assertThat(find(Paragraph.class).withClassName("notification-text").all()).extracting(Paragraph::getText)
                .contains("Your application to become a digital ambassador was not accepted this time.");
        Checkbox emails = find(Checkbox.class).withId("notification-emails").single();
        assertThat(emails.getLabel()).isEqualTo("Also send me my notifications by e-mail");
        assertThat(emails.getValue()).isTrue();
        test(emails).click();
        assertThat(notifications.emailsWanted()).isFalse();
        test(emails).click();
        assertThat(notifications.emailsWanted()).isTrue();
        notifications.markAllRead();
    }
}
