package app.symetrie.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.symetrie.test.WithDemoCompany;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * In a real browser, in French and in English: a lead reads the support functions on two axes and opens IT's
 * internal-customer panel (front office rates it low); the head of a support function reads their own panel; the
 * survey offers the block without the respondent's own department. Each screenshot is an axe-core check. Nothing is
 * sent; the language chosen is set back to French.
 */
@WithDemoCompany
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class InternalCustomersJourneyIT extends BrowserJourney {

    @Test
    void a_lead_places_the_support_functions_on_two_axes_and_opens_it_s_panel_in_french_and_english() {
        page.setViewportSize(1280, 2600);
        signIn("lead@demo.symetrie.fr");
        page.navigate(url("/internal-customers"));
        assertThat(page.locator("#internal-symmetry-chart")).isVisible();
        assertThat(page.locator("#internal-symmetry")).containsText("La symétrie au sein de l’entreprise");
        page.locator("#internal-function").click();
        page.locator("vaadin-select-item").getByText("Informatique", new com.microsoft.playwright.Locator
                .GetByTextOptions().setExact(true)).click();
        assertThat(page.locator("#internal-panel")).containsText("Informatique, vague de");
        assertThat(page.locator("#internal-panel")).containsText("Front office");
        assertThat(page.locator("#internal-trend-chart")).isVisible();
        assertThat(page.locator("#internal-pains")).isVisible();
        page.waitForTimeout(1500); // let the charts finish drawing before the picture
        screenshot("lead-internal-customers");

        page.locator("#lang-en").click();
        try {
            assertThat(page.locator("html")).hasAttribute("lang", "en");
            page.navigate(url("/internal-customers"));
            page.locator("#internal-function").click();
            page.locator("vaadin-select-item").getByText("Informatique", new com.microsoft.playwright.Locator
                    .GetByTextOptions().setExact(true)).click();
            assertThat(page.locator("#internal-panel")).containsText("Informatique, wave of");
            assertThat(page.locator("#internal-symmetry")).containsText("The symmetry inside the company");
            assertThat(page.locator("#internal-panel")).containsText("All raters");
            page.waitForTimeout(1500);
            screenshot("lead-internal-customers-en");
        } finally {
            page.locator("#lang-fr").click();
            assertThat(page.locator("#lang-fr")).hasAttribute("aria-pressed", "true");
        }
    }

    @Test
    void the_head_of_a_support_function_reads_its_own_panel_and_the_survey_never_offers_it() {
        page.setViewportSize(390, 1600);
        signIn("manager@demo.symetrie.fr");
        page.navigate(url("/internal-customers"));
        assertThat(page.locator("#internal-panel")).containsText("Comptabilité");
        assertThat(page.locator("#internal-symmetry")).hasCount(0);
        page.waitForTimeout(1500);
        screenshot("manager-internal-customers-phone");

        page.navigate(url("/barometer"));
        assertThat(page.locator("#support-functions")).containsText("Informatique");
        assertThat(page.locator("#support-functions")).not().containsText("Comptabilité");
        page.locator("#support-functions vaadin-checkbox").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("Informatique")).click();
        assertThat(page.locator(".support-card")).containsText("Informatique");
        page.locator(".support-card").scrollIntoViewIfNeeded();
        screenshot("survey-support-block-phone");
    }
}
