package app.symetrie.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.symetrie.test.WithDemoCompany;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/** In a real browser: the lead's company overview with the support/front comparison, and a department's board. */
@WithDemoCompany
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BoardJourneyIT extends BrowserJourney {

    @Test
    void a_lead_reads_the_overview_and_opens_a_department_board() {
        page.setViewportSize(1280, 2400);
        signIn("lead@demo.symetrie.fr");
        page.navigate(url("/overview"));
        assertThat(page.locator("#heatmap")).containsText("Comptabilité");
        assertThat(page.locator("#equity-table")).isVisible();
        assertThat(page.locator("#equity-chart")).isVisible();
        page.waitForTimeout(1500); // let the charts finish drawing before the picture
        screenshot("lead-overview");
        page.locator("#heatmap").getByText("Service client").click();
        assertThat(page.locator("#tile-dci")).isVisible();
        assertThat(page.locator("#pains-table")).isVisible();
        assertThat(page.locator("#trend-chart")).isVisible();
        assertThat(page.locator("#board-help")).isVisible();
        page.waitForTimeout(1500);
        screenshot("lead-board-service-client");
    }

    @Test
    void an_employee_reads_their_department_board_on_a_phone() {
        page.setViewportSize(390, 844);
        signIn("employe@demo.symetrie.fr");
        page.navigate(url("/board"));
        assertThat(page.locator(".board-heading")).containsText("Comptabilité");
        assertThat(page.locator("#tile-dci")).isVisible();
        screenshot("employee-board-phone");
    }
}
