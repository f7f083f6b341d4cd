package app.symetrie.barometer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.symetrie.common.AppMessages;
import app.symetrie.test.WithDemoCompany;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * What a throttled visitor sees on the personal link page and at the kiosk, in their language (decision 017). The
 * browserless client has no address ("unknown"): each test uses its own way in, so their counters do not mix.
 */
@WithDemoCompany
class WaysInThrottleViewTest extends SpringBrowserlessTest {

    private static final int LIMIT = 20;

    @Test
    void the_kiosk_asks_a_device_that_typed_too_many_bad_codes_to_wait_in_french() {
        UI.getCurrent().setLocale(Locale.FRENCH);
        navigate(KioskView.class);
        for (int i = 0; i < LIMIT; i++) {
            test(find(TextField.class).withId("kiosk-code").single()).setValue("ZZZZ-ZZZZ-ZZZZ-" + (1000 + i));
            test(find(Button.class).withId("kiosk-start").single()).click();
            assertThat(find(TextField.class).withId("kiosk-code").single().getErrorMessage())
                    .isEqualTo(AppMessages.get(Locale.FRENCH, "kiosk.error.invalid"));
        }
        test(find(TextField.class).withId("kiosk-code").single()).setValue("ZZZZ-ZZZZ-ZZZZ-9999");
        test(find(Button.class).withId("kiosk-start").single()).click();
        assertThat(find(TextField.class).withId("kiosk-code").single().getErrorMessage())
                .isEqualTo(AppMessages.get(Locale.FRENCH, "kiosk.error.throttled"))
                .contains("Trop de codes");
    }

    @Test
    void the_link_page_asks_a_device_that_opened_too_many_bad_links_to_wait_in_english() {
        for (int i = 0; i < LIMIT; i++) {
            UI.getCurrent().setLocale(Locale.ENGLISH);
            navigate("answer/" + "x".repeat(40) + (100 + i), SurveyLinkView.class);
            assertThat(find(Div.class).withId("survey-link-invalid").exists()).isTrue();
        }
        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate("answer/" + "y".repeat(43), SurveyLinkView.class);
        Div box = find(Div.class).withId("survey-link-throttled").single();
        assertThat(box.getElement().getTextRecursively())
                .contains(AppMessages.get(Locale.ENGLISH, "survey-link.throttled.title"))
                .contains(AppMessages.get(Locale.ENGLISH, "survey-link.throttled.text"));
    }
}
