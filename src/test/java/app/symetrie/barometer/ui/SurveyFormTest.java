package app.symetrie.barometer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.symetrie.base.ui.HomeView;
import app.symetrie.test.WithDemoCompany;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The survey as a screen reader and a phone user meet it: options named with their anchor, the 0–10 question one
 * radio group, the greyed tool scale explained, a refused send said where it covers nothing, counts in the right
 * number, and a home page that knows whether the person still has to answer. Nothing is sent: a send with questions
 * missing is refused before anything is stored, so the demo people stay invited for the other tests.
 */
@WithDemoCompany
class SurveyFormTest extends SpringBrowserlessTest {

    private static final String CAMILLE = "employe@demo.symetrie.fr";

    @BeforeEach
    void french() {
        UI.getCurrent().setLocale(Locale.FRENCH);
    }

    @SuppressWarnings("unchecked")
    private <T> RadioButtonGroup<T> group(String id) {
        return find(RadioButtonGroup.class).withId(id).single();
    }

    @Test
    @WithUserDetails(value = CAMILLE, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void each_likert_option_carries_its_anchor_and_the_recommendation_is_one_group_of_eleven() {
        navigate(MyBarometerView.class);
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Integer> first = find(RadioButtonGroup.class).withClassName("likert").first();
        // the anchor is the option's label; the stylesheet draws its number before it (class numbered-scale)
        List<String> options = first.getListDataView().getItems().map(first.getItemLabelGenerator()).toList();
        assertThat(options).containsExactly("pas du tout d’accord", "plutôt pas d’accord", "neutre",
                "plutôt d’accord", "tout à fait d’accord");
        assertThat(first.getClassNames()).contains("numbered-scale");
        assertThat(first.getChildren().flatMap(Component::getChildren).flatMap(Component::getChildren)
                .flatMap(Component::getChildren))
                .as("an option is its radio button, its label and the label's text, nothing under them").isEmpty();

        RadioButtonGroup<Integer> recommend = group("barometer-recommend");
        assertThat(recommend.getListDataView().getItems()).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        assertThat(recommend.getAriaLabel().orElseThrow()).contains("0 = pas du tout", "10 = tout à fait");
        assertThat(recommend.getChildren().map(c -> c.getId().orElse(""))).contains("nps-0", "nps-10");
        assertThat(find(ProgressBar.class).single().getElement().getAttribute("aria-label"))
                .isEqualTo("Questions répondues");
    }

    @Test
    @WithUserDetails(value = CAMILLE, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void a_tool_row_says_what_its_greyed_comfort_scale_is_and_when_it_applies() {
        navigate(MyBarometerView.class);
        RadioButtonGroup<Object> frequency = group("tool-email-frequency");
        RadioButtonGroup<Integer> comfort = group("tool-email-comfort");
        assertThat(comfort.isEnabled()).isFalse();
        assertThat(comfort.getHelperText()).contains("1 = pas du tout", "5 = tout à fait", "d’abord la fréquence");

        test(frequency).selectItem("Jour");
        assertThat(comfort.isEnabled()).isTrue();
        assertThat(comfort.getHelperText()).isEqualTo("Aisance : 1 = pas du tout, 5 = tout à fait");

        test(frequency).selectItem("Jamais");
        assertThat(comfort.isEnabled()).isFalse();
        assertThat(comfort.getHelperText()).contains("sans objet");
    }

    @Test
    @WithUserDetails(value = CAMILLE, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void a_refused_send_is_said_in_the_progress_bar_not_over_the_questions_and_counts_down_as_they_are_answered() {
        navigate(MyBarometerView.class);
        test(find(Button.class).withId("barometer-submit").single()).click();

        Span missing = find(Span.class).withId("barometer-missing").single();
        assertThat(missing.isVisible()).isTrue();
        assertThat(missing.getElement().getAttribute("role")).isEqualTo("status");
        assertThat(missing.getText()).endsWith("questions attendent encore une réponse : elles sont signalées ci-dessous.");
        assertThat(find(Notification.class).all()).isEmpty();
        assertThat(group("barometer-recommend").isInvalid()).isTrue();
        assertThat(find(Div.class).withClassName("barometer-progress").single().getChildren())
                .contains(missing);

        @SuppressWarnings("unchecked")
        RadioButtonGroup<Integer> first = find(RadioButtonGroup.class).withClassName("likert").first();
        int before = Integer.parseInt(missing.getText().split(" ")[0]);
        test(first).selectItem("pas du tout d’accord"); // 1
        assertThat(missing.getText()).isEqualTo((before - 1) + " questions encore sans réponse");
    }

    @Test
    void counts_agree_in_number_in_both_languages() {
        UI ui = UI.getCurrent();
        assertThat(ui.getTranslation("barometer.error.incomplete", 1))
                .isEqualTo("1 question attend encore une réponse : elle est signalée ci-dessous.");
        assertThat(ui.getTranslation("barometer.missing", 1)).isEqualTo("1 question encore sans réponse");
        assertThat(ui.getTranslation("barometer.missing", 3)).isEqualTo("3 questions encore sans réponse");
        assertThat(ui.getTranslation(Locale.ENGLISH, "barometer.error.incomplete", 1))
                .isEqualTo("1 question still needs an answer: it is marked below.");
        assertThat(ui.getTranslation(Locale.ENGLISH, "barometer.error.incomplete", 2))
                .isEqualTo("2 questions still need an answer: they are marked below.");
    }

    @Test
    @WithUserDetails(value = CAMILLE, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void the_home_page_says_the_barometer_waits_for_the_persons_answer() {
        navigate(HomeView.class);
        Div card = find(Div.class).withId("home-barometer").single();
        assertThat(card.getElement().getTextRecursively()).contains("attend votre réponse", "Répondre au baromètre");
    }
}
