package app.symetrie.notification;

import static org.assertj.core.api.Assertions.assertThat;

import app.symetrie.common.AppMessages;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** Every kind of notification has its text in both languages (keys built at run time escape I18nKeysTest). */
class NotificationTextsTest {

    @Test
    void every_kind_has_a_text_in_french_and_in_english() {
        for (Locale locale : List.of(Locale.FRENCH, Locale.ENGLISH)) {
            ResourceBundle bundle = ResourceBundle.getBundle("vaadin-i18n.translations", locale);
            for (NotificationKind kind : NotificationKind.values()) {
                assertThat(bundle.getString(kind.textKey())).as(kind + " in " + locale).isNotBlank();
            }
        }
        assertThat(AppMessages.get(Locale.FRENCH, NotificationKind.RESULTS_PUBLISHED.textKey(), "T1"))
                .isNotEqualTo(AppMessages.get(Locale.ENGLISH, NotificationKind.RESULTS_PUBLISHED.textKey(), "T1"));
    }

    @Test
    void a_date_in_a_notification_is_written_in_the_readers_language_and_the_companys_time_zone() {
        Notification seat = new Notification(new NotificationId("n1"), NotificationKind.TRAINING_SEAT,
                List.of("Excel"), Instant.parse("2027-03-04T08:30:00Z"), Instant.parse("2027-03-01T08:00:00Z"), false);
        ZoneId paris = ZoneId.of("Europe/Paris");
        assertThat(AppMessages.get(Locale.FRENCH, seat.kind().textKey(), seat.arguments(Locale.FRENCH, paris)))
                .startsWith("Une place s’est libérée : vous êtes inscrit à « Excel » le 4 mars 2027")
                .contains("09:30");
        assertThat(AppMessages.get(Locale.ENGLISH, seat.kind().textKey(), seat.arguments(Locale.ENGLISH, paris)))
                .startsWith("A seat freed up: you are now enrolled in “Excel” on Mar 4, 2027");
    }

    @Test
    void each_kind_leads_to_the_page_where_the_person_acts_on_it() {
        assertThat(NotificationKind.HELP_REQUESTED.link()).isEqualTo("ambassador");
        assertThat(NotificationKind.HELP_ACCEPTED.link()).isEqualTo("help");
        assertThat(NotificationKind.TRAINING_SEAT.link()).isEqualTo("training");
        assertThat(NotificationKind.RESULTS_PUBLISHED.link()).isEqualTo("board");
    }
}
