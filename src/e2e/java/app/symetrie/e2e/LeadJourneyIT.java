package app.symetrie.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.symetrie.test.WithDemoCompany;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/** In a real browser: a lead follows the demo barometer's participation and edits the questionnaire. */
@WithDemoCompany
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LeadJourneyIT extends BrowserJourney {

    @Test
    void a_lead_sees_the_campaign_waves_and_live_participation_per_department() {
        signIn("lead@demo.symetrie.fr");
        page.navigate(url("/campaigns"));
        assertThat(page.locator("#campaigns-grid")).containsText("Baromètre du confort numérique");
        assertThat(page.locator("#waves-grid")).containsText("#7");
        assertThat(page.locator("#waves-grid")).containsText("Ouverte");
        assertThat(page.locator("#participation-grid")).containsText("Comptabilité");
        assertThat(page.locator("#close-wave")).isVisible();
        screenshot("lead-campaigns");

        // Closing asks first and says what will happen; cancelling closes nothing.
        page.locator("#close-wave").click();
        assertThat(page.locator("#confirm-close-wave")).containsText("publiés dans 10 minutes");
        screenshot("lead-close-wave-confirm");
        page.getByText("Annuler").click();
        assertThat(page.locator("#waves-grid")).containsText("Ouverte");
    }

    @Test
    void a_lead_adds_a_tool_to_the_questionnaire_and_a_new_version_is_saved() {
        signIn("lead@demo.symetrie.fr");
        page.navigate(url("/questionnaire"));
        assertThat(page.locator("#questionnaire-version")).containsText("Version actuelle : 1");
        var toolsAdder = page.locator(".item-adder").nth(6);
        toolsAdder.locator("input").nth(0).fill("Outil de planification");
        toolsAdder.locator("input").nth(1).fill("Scheduling tool");
        toolsAdder.locator("vaadin-button").click();
        assertThat(page.locator(".item-list-editor").nth(6).locator(".item-row")).hasCount(11);
        screenshot("lead-questionnaire");
        page.locator("#save-questionnaire").click();
        assertThat(page.locator("#questionnaire-version")).containsText("Version actuelle : 2");
    }
}
