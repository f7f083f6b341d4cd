package app.symetrie.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.symetrie.test.WithDemoCompany;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * In a real browser, on a phone: the demo employee answers their team's open action check-in from the home page, then
 * reads "You said, we did" — Comptabilité's published results, its actions with their status and check-ins — in French
 * and in English, each screen checked by axe. Their language is set back to French at the end.
 */
@WithDemoCompany
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class YouSaidWeDidJourneyIT extends BrowserJourney {

    @Test
    void an_employee_answers_a_check_in_and_reads_what_their_department_said_and_what_was_done() {
        newSession(390, 844, "fr-FR");
        signIn("employe@demo.symetrie.fr");
        assertThat(page.locator("#pending-checkins")).containsText("Un modèle unique pour les rapprochements");
        screenshot("employee-home-checkin-phone");
        page.locator("#pending-checkins vaadin-radio-button").nth(3).click();
        page.locator("#pending-checkins .action-checkin-send").click();
        assertThat(page.locator("#pending-checkins")).containsText("Vous avez répondu");

        page.navigate(url("/you-said-we-did"));
        assertThat(page.locator("#ysd-said")).containsText("Vous avez dit — Comptabilité");
        assertThat(page.locator("#ysd-dimensions")).isVisible();
        assertThat(page.locator("#ysd-actions")).containsText("Supprimer la double saisie des factures fournisseurs");
        assertThat(page.locator("#ysd-actions")).containsText("sur 5");
        assertThat(page.locator("#ysd-actions")).containsText("Vous avez répondu");
        assertThat(page.locator("#ysd-company-actions")).containsText("Charte du droit à la déconnexion");
        org.assertj.core.api.Assertions.assertThat(overflowsHorizontally()).as("wider than the phone").isFalse();
        screenshot("employee-you-said-we-did-phone");

        try {
            page.locator("#lang-en").click();
            assertThat(page.locator("html")).hasAttribute("lang", "en");
            page.navigate(url("/you-said-we-did"));
            assertThat(page.locator("#ysd-said")).containsText("You said — Comptabilité");
            assertThat(page.locator("#ysd-actions")).containsText("out of 5");
            assertThat(page.locator(".you-said-we-did")).containsText("We did — the whole company");
            screenshot("employee-you-said-we-did-phone-en");
        } finally {
            page.locator("#lang-fr").click();
            assertThat(page.locator("#lang-fr")).hasAttribute("aria-pressed", "true");
        }
    }

    @Test
    void a_lead_sees_participation_before_and_after_acting_on_the_overview() {
        newSession(1280, 2400, "fr-FR");
        signIn("lead@demo.symetrie.fr");
        page.navigate(url("/overview"));
        assertThat(page.locator("#participation-loop")).containsText("Participation avant et après les actions");
        assertThat(page.locator("#participation-loop-grid")).isVisible();
        page.navigate(url("/actions/overview"));
        assertThat(page.locator("#actions-by-kind")).isVisible();
        assertThat(page.locator("#actions-managers")).containsText("Nathalie Moreau");
        screenshot("lead-actions-follow-through");
    }
}
