package app.symetrie.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.symetrie.test.WithDemoCompany;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * In a real browser: a lead reads the customer mirror of the demo company — the scatter of departments with r, its
 * interval and the caveats, one department over time, the lag — then uploads a file with a misspelt department and
 * reads the preview's "did you mean", with nothing saved. Each screenshot is an axe-core check.
 */
@WithDemoCompany
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CustomerMirrorJourneyIT extends BrowserJourney {

    @Test
    void a_lead_reads_the_scatter_with_r_turns_the_lag_on_and_previews_a_file_with_a_misspelt_department() {
        page.setViewportSize(1280, 2400);
        signIn("lead@demo.symetrie.fr");
        page.navigate(url("/customer-mirror"));
        assertThat(page.locator("#mirror-scatter")).isVisible();
        assertThat(page.locator("#mirror-r")).containsText("Corrélation r = ");
        assertThat(page.locator("#mirror-r")).containsText("n = 6 départements");
        assertThat(page.locator("#mirror-caveats")).containsText("Corrélation n’est pas causalité");
        assertThat(page.locator("#mirror-trend")).isVisible();
        assertThat(page.locator("#mirror-support-scatter")).isVisible();
        page.waitForTimeout(1500); // let the charts finish drawing before the picture
        screenshot("lead-customer-mirror");

        page.locator("#mirror-lag").click();
        assertThat(page.locator("#mirror-caveats")).containsText("trimestre suivant");
        assertThat(page.locator("#mirror-r")).containsText("n = 6 départements");

        page.locator("#mirror-upload input[type=file]").setInputFiles(new FilePayload("csat.csv", "text/csv",
                "Département;Période;Mesure;Valeur\nServise client;2026-Q1;CSAT;72,5\nService client;2026-09;CSAT;70\n"
                        .getBytes(StandardCharsets.UTF_8)));
        assertThat(page.locator("#mirror-import-errors")).containsText("vouliez-vous dire « Service client » ?");
        assertThat(page.locator("#mirror-import-errors")).containsText("Un mois n’est pas un trimestre");
        assertThat(page.locator("#mirror-preview")).containsText("Rien ne peut être enregistré");
        assertThat(page.locator("#mirror-import-confirm")).isHidden();
        page.locator("#mirror-import-errors").scrollIntoViewIfNeeded();
        page.waitForTimeout(500);
        screenshot("lead-customer-mirror-import-refused");
    }
}
