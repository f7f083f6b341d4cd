package app.symetrie.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.symetrie.test.WithDemoCompany;
import com.microsoft.playwright.Locator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * In a real browser on a phone-sized screen: the demo employee answers the open wave, a reload keeps the answers in
 * progress, sending once shows the thank-you page and leaves nothing in the browser, and answering again is
 * impossible.
 */
@WithDemoCompany
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BarometerJourneyIT extends BrowserJourney {

    private static final List<String> TOOLS = List.of("email", "chat_video", "intranet", "office", "erp", "crm",
            "expenses", "hr_portal", "ticketing", "e_signature");

    @Test
    void a_demo_employee_answers_the_open_wave_on_a_phone_once() {
        page.setViewportSize(390, 844);
        signIn("employe@demo.symetrie.fr");
        assertThat(page.locator("#barometer-banner")).isVisible();
        page.locator("#barometer-banner a").click();
        assertThat(page.locator("#barometer-submit")).isVisible();
        screenshot("barometer-phone-start");
        long start = System.nanoTime();
        int clicks = 0;

        Locator groups = page.locator("vaadin-radio-group.likert");
        int statements = groups.count();
        for (int i = 0; i < statements; i++) {
            groups.nth(i).locator("vaadin-radio-button").nth(i % 2 == 0 ? 3 : 2).click();
            clicks++;
        }
        // The last answer's round trip carries the draft's write to the browser with the progress: wait for it, or
        // a reload a few milliseconds after the click could come before the browser has kept that answer.
        assertThat(page.locator("#barometer-progress-text")).containsText(statements + " sur");
        // Half-way: a reload keeps what was answered (kept in the browser, not on the server).
        page.reload();
        assertThat(page.locator("#barometer-progress-text")).containsText(statements + " sur");
        for (String tool : TOOLS) {
            boolean never = tool.equals("crm") || tool.equals("hr_portal");
            page.locator("#tool-" + tool + "-frequency vaadin-radio-button").nth(never ? 0 : 3).click();
            clicks++;
            if (!never) {
                page.locator("#tool-" + tool + "-comfort vaadin-radio-button").nth(3).click();
                clicks++;
            }
        }
        page.locator("#pain-slow_equipment").click();
        page.locator("#pain-heavy_procedures").click();
        page.locator("#nps-7").click();
        clicks += 3;
        assertThat(page.locator("#barometer-progress-text")).containsText("sur");
        Object overflow = page.evaluate("() => document.documentElement.scrollWidth > window.innerWidth");
        org.assertj.core.api.Assertions.assertThat(overflow).as("horizontal overflow on a phone").isEqualTo(false);
        screenshot("barometer-phone-filled");
        page.locator("#barometer-submit").click();
        clicks++;
        assertThat(page.locator("#barometer-thanks")).isVisible();
        long seconds = (System.nanoTime() - start) / 1_000_000_000L;
        System.out.printf("Barometer answered with %d clicks in %d s (automated)%n", clicks, seconds);
        screenshot("barometer-phone-thanks");
        // Sent: the answer in progress is no longer kept in the browser.
        page.waitForFunction("() => !Object.keys(localStorage).some(name => name.startsWith('symetrie.'))");

        // Coming back: the thank-you state, no form, no banner.
        page.navigate(url("/barometer"));
        assertThat(page.locator("#barometer-thanks")).isVisible();
        assertThat(page.locator("#barometer-submit")).hasCount(0);
        assertThat(page.locator("#barometer-banner")).isHidden();

        // The home page knows: answered, thanks, results after the close.
        page.navigate(url("/"));
        assertThat(page.locator("#home-barometer")).containsText("Vous avez répondu à cette vague");
        screenshot("employee-home-answered-phone");
    }

    @Test
    void sending_an_incomplete_answer_marks_the_missing_questions_and_keeps_what_was_given() {
        signIn("manager@demo.symetrie.fr");
        page.navigate(url("/barometer"));
        page.locator("vaadin-radio-group.likert").first().locator("vaadin-radio-button").nth(4).click();
        page.locator("#barometer-submit").click();
        assertThat(page.locator("vaadin-radio-group.likert[invalid]").first()).isVisible();
        assertThat(page.locator("vaadin-radio-group.likert").first()).not().hasAttribute("invalid", "");
        assertThat(page.locator("#barometer-submit")).isEnabled();
        // Said in the sticky progress bar, not over a question: the first question missing lands below that bar.
        assertThat(page.locator("#barometer-missing")).containsText("attendent encore une réponse");
        page.waitForFunction("() => { const q = document.querySelector('vaadin-radio-group.likert[invalid]');"
                + " const bar = document.querySelector('.barometer-progress').getBoundingClientRect();"
                + " const top = q.getBoundingClientRect().top; return top >= bar.bottom && top < window.innerHeight; }");
        screenshot("barometer-missing");
        page.setViewportSize(390, 844);
        page.locator("#barometer-submit").click();
        page.waitForFunction("() => { const q = document.querySelector('vaadin-radio-group.likert[invalid]');"
                + " const bar = document.querySelector('.barometer-progress').getBoundingClientRect();"
                + " const top = q.getBoundingClientRect().top; return top >= bar.bottom && top < window.innerHeight; }");
        screenshot("barometer-missing-phone");
    }
}
