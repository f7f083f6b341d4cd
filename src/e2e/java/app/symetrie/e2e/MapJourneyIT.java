package app.symetrie.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.symetrie.test.WithDemoCompany;
import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * In a real browser, in French and in English: the demo manager predicts their team's answers for the open wave, then
 * reads the Satisfaction Map of the last closed wave (their prediction of then beside the answers, blind spots
 * first); their team reads the same map on a phone. Every screen is checked with axe.
 */
@WithDemoCompany
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MapJourneyIT extends BrowserJourney {

    private static final String MANAGER = "manager@demo.symetrie.fr";

    @Test
    void the_manager_predicts_the_open_wave_and_reads_the_map_of_the_last_closed_one() {
        page.setViewportSize(1280, 2400);
        signIn(MANAGER);
        assertThat(page.locator("#home-hello")).isVisible();
        page.navigate(url("/map/predict"));
        Locator form = page.locator("#prediction-department");
        assertThat(form).containsText("Comptabilité");
        assertThat(form).containsText("Pas encore de prédiction");
        // Saving with nothing chosen is refused, and says so beside each question.
        page.locator("#predict-department-save").click();
        assertThat(form.locator("vaadin-radio-group[invalid]").first()).isVisible();
        Locator groups = form.locator("vaadin-radio-group");
        int count = groups.count();
        org.assertj.core.api.Assertions.assertThat(count).as("six dimensions and six journey moments")
                .isEqualTo(12);
        for (int i = 0; i < count; i++) {
            groups.nth(i).locator("vaadin-radio-button").nth(i % 3 == 0 ? 4 : 3).click();
        }
        form.locator("#predict-department-pains vaadin-checkbox").nth(0).click();
        form.locator("#predict-department-pains vaadin-checkbox").nth(6).click();
        screenshot("manager-prediction");
        page.locator("#predict-department-save").click();
        assertThat(page.locator("#prediction-department")).containsText("Prédiction enregistrée");
        // Saved: coming back shows it.
        page.reload();
        assertThat(page.locator("#prediction-department")).containsText("Prédiction enregistrée");
        assertThat(page.locator("#prediction-department vaadin-radio-group").first()
                .locator("vaadin-radio-button[checked]")).hasCount(1);

        page.navigate(url("/map"));
        assertThat(page.locator("#map-unit")).containsText("Comptabilité");
        assertThat(page.locator("#map-dimensions")).isVisible();
        assertThat(page.locator("#map-moments")).isVisible();
        assertThat(page.locator("#map-pains")).isVisible();
        assertThat(page.locator("#map-summary")).containsText("angle");
        assertThat(page.locator("#map-dimensions")).containsText("Angle mort");
        screenshot("manager-map");
    }

    @Test
    void the_map_and_the_prediction_read_in_english() {
        newSession(1280, 2400, "en-GB");
        signIn(MANAGER);
        assertThat(page.locator("#home-hello")).isVisible();
        page.locator("#lang-en").click();
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        try {
            page.navigate(url("/map/predict"));
            assertThat(page.locator("h2").first()).containsText("My prediction");
            assertThat(page.locator("#prediction-department")).containsText("Comptabilité");
            screenshot("manager-prediction-en");
            page.navigate(url("/map"));
            assertThat(page.locator("#map-dimensions")).isVisible();
            assertThat(page.locator("#map-dimensions")).containsText("Management’s view");
            assertThat(page.locator("#map-summary")).containsText("blind spot");
            screenshot("manager-map-en");
        } finally {
            page.locator("#lang-fr").click();
            assertThat(page.locator("#lang-fr")).hasAttribute("aria-pressed", "true");
        }
    }

    @Test
    void the_team_reads_its_map_on_a_phone_once_the_wave_closed() {
        page.setViewportSize(390, 844);
        signIn("employe@demo.symetrie.fr");
        assertThat(page.locator("#home-hello")).isVisible();
        page.navigate(url("/map"));
        assertThat(page.locator("#map-unit")).containsText("Comptabilité");
        assertThat(page.locator("#map-dimensions")).isVisible();
        assertThat(page.locator("#map-share")).hasCount(0);
        org.assertj.core.api.Assertions.assertThat(overflowsHorizontally()).as("horizontal overflow on a phone")
                .isFalse();
        screenshot("employee-map-phone");
    }
}
