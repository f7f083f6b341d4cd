package app.symetrie.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.symetrie.test.WithDemoCompany;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Done means (issue 4): a demo employee finds an ambassador for a tool and asks for help; the ambassador accepts and
 * logs the session on a phone-sized screen.
 */
@WithDemoCompany
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AmbassadorJourneyIT extends BrowserJourney {

    @Test
    void an_employee_asks_an_ambassador_for_help_and_the_ambassador_logs_the_session_on_a_phone() {
        // Camille looks for someone who knows the CRM
        signIn("employe@demo.symetrie.fr");
        assertThat(page.locator("#home-hello")).isVisible();
        page.locator("vaadin-side-nav-item[path='help']").click();
        assertThat(page.locator("#directory-results")).isVisible();
        page.locator("#directory-tool input").fill("CRM");
        page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText("CRM (relation client)"))
                .click();
        // wait for the filtered list: every card coaches the CRM
        assertThat(page.locator(".ambassador-card").filter(new Locator.FilterOptions()
                .setHasNotText("CRM (relation client)"))).hasCount(0);
        Locator hugo = page.locator(".ambassador-card").filter(new Locator.FilterOptions().setHasText("Hugo Lefèvre"));
        assertThat(hugo).isVisible();
        assertThat(page.locator(".ambassador-card").filter(new Locator.FilterOptions().setHasText("Hugo Lefèvre")))
                .hasCount(1);
        screenshot("directory-crm");

        hugo.locator(".ask-button").click();
        page.locator("#ask-message textarea").fill("Comment retrouver l’historique d’un client dans le CRM ?");
        page.locator("#ask-send").click();
        assertThat(page.getByText("Demande envoyée à Hugo Lefèvre.")).isVisible();
        assertThat(page.locator("#my-requests")).containsText("Hugo Lefèvre");
        screenshot("help-request-sent");

        // Hugo, on his phone, accepts and logs the session
        newSession(390, 844);
        signIn("ambassadeur@demo.symetrie.fr");
        assertThat(page.locator("#home-hello")).isVisible();
        page.navigate(url("/ambassador"));
        Locator request = page.locator(".request-card").filter(new Locator.FilterOptions()
                .setHasText("historique d’un client"));
        assertThat(request).isVisible();
        org.assertj.core.api.Assertions.assertThat(overflowsHorizontally()).as("ambassador home on a phone").isFalse();
        request.locator(".accept-request").click();
        Locator accepted = page.locator(".request-card").filter(new Locator.FilterOptions()
                .setHasText("historique d’un client"));
        accepted.locator(".log-request").click();

        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/ambassador/log\\?request=.*"));
        assertThat(page.locator(".log-context")).hasText("Séance en réponse à la demande de Camille Durand.");
        assertThat(page.locator("#log-department input")).hasValue("Comptabilité");
        assertThat(page.locator("#log-tools")).containsText("CRM (relation client)");
        org.assertj.core.api.Assertions.assertThat(overflowsHorizontally()).as("coaching log on a phone").isFalse();
        page.locator("#log-minutes input").fill("45");
        page.locator("#log-outcome textarea").fill("Recherche par client et filtres enregistrés : autonome.");
        screenshot("coaching-log-phone");
        page.locator("#save-session").click();
        // The durable outcome, not the 3-second notification (which a slow machine can miss): back on the
        // ambassador home, the request is no longer waiting.
        assertThat(page.locator("#log-session")).isVisible(new com.microsoft.playwright.assertions.LocatorAssertions
                .IsVisibleOptions().setTimeout(15_000));
        assertThat(page.locator(".request-card").filter(new Locator.FilterOptions()
                .setHasText("historique d’un client"))).hasCount(0);
        org.assertj.core.api.Assertions.assertThat(overflowsHorizontally()).as("home after logging").isFalse();
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("ambassador-home-phone.png")));

        // Camille sees her request answered
        newSession(1280, 800);
        signIn("employe@demo.symetrie.fr");
        assertThat(page.locator("#home-hello")).isVisible();
        page.navigate(url("/help"));
        assertThat(page.locator("#my-requests")).containsText("Réalisée");
    }

    @Test
    void a_lead_reads_coverage_by_department_with_support_functions_set_against_front_office() {
        newSession(1280, 2000);
        signIn("lead@demo.symetrie.fr");
        assertThat(page.locator("#home-hello")).isVisible();
        page.locator("vaadin-side-nav-item[path='ambassadors/program']").click();
        assertThat(page.locator("#kind-SUPPORT")).containsText("Fonction support");
        assertThat(page.locator("#kind-FRONT_OFFICE")).containsText("Front office");
        assertThat(page.locator("#uncovered")).containsText("⚠ Juridique · Fonction support");
        assertThat(page.locator("#uncovered")).containsText("⚠ Achats · Fonction support");
        assertThat(page.locator("#coverage-grid")).containsText("Service client");
        screenshot("program-view");
    }
}
