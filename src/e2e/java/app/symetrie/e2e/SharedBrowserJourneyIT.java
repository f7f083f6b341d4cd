package app.symetrie.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.symetrie.test.WithDemoCompany;
import com.microsoft.playwright.Locator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * One computer, two people, one browser (the same local storage): an answer in progress belongs to the person who
 * wrote it. Hugo (ambassadeur@) starts the barometer and leaves; Sophie (lead@) signs in next on the same browser.
 * Both are invited to the demo company's open wave and nobody sends an answer here, so other journeys are unaffected.
 */
@WithDemoCompany
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SharedBrowserJourneyIT extends BrowserJourney {

    private static final String HUGO = "ambassadeur@demo.symetrie.fr";
    private static final String SOPHIE = "lead@demo.symetrie.fr";
    private static final String COMMENT = "Hugo trouve le CRM trop lent le lundi matin.";
    private static final String DRAFTS = "symetrie.barometer.draft.";
    private static final String RESTORED = "Vos réponses en cours ont été restaurées.";

    private Locator comment() {
        return page.locator("#barometer-comment textarea");
    }

    private void openBarometer() {
        page.navigate(url("/barometer"));
        assertThat(page.locator("#barometer-submit")).isVisible();
    }

    /** Three statements, one tool, the recommendation and a comment: five answers, none sent. */
    private void startAnswering() {
        Locator statements = page.locator("vaadin-radio-group.likert");
        for (int i = 0; i < 3; i++) {
            statements.nth(i).locator("vaadin-radio-button").nth(1).click();
        }
        page.locator("#tool-email-frequency vaadin-radio-button").nth(3).click();
        page.locator("#tool-email-comfort vaadin-radio-button").nth(2).click();
        page.locator("#pain-slow_equipment").click();
        page.locator("#nps-3").click();
        comment().fill(COMMENT);
        comment().press("Tab");
        assertThat(page.locator("#barometer-progress-text")).containsText("5 sur");
    }

    /** The value of one entry of local storage. */
    private String stored(String name) {
        return String.valueOf(page.evaluate("name => localStorage.getItem(name)", name));
    }

    /**
     * What someone opening the barometer must see when nothing of theirs is kept: an empty form, no "restored"
     * message. Answering one question proves the page has already handled what the browser held (the draft is read
     * as the form opens, before any click).
     */
    private void assertNothingRestored() {
        assertThat(comment()).hasValue("");
        assertThat(page.locator("#pain-slow_equipment")).hasAttribute("aria-pressed", "false");
        page.locator("vaadin-radio-group.likert").first().locator("vaadin-radio-button").nth(4).click();
        assertThat(page.locator("#barometer-progress-text")).containsText("1 sur");
        assertThat(page.getByText(RESTORED)).hasCount(0);
        assertThat(comment()).hasValue("");
    }

    @Test
    void after_sign_out_the_next_person_on_the_same_browser_sees_nothing_of_the_previous_draft() {
        signIn(HUGO);
        openBarometer();
        startAnswering();

        // What the browser holds says neither who wrote it nor what it says.
        List<String> kept = appStorage();
        org.assertj.core.api.Assertions.assertThat(kept).hasSize(1).allSatisfy(name -> org.assertj.core.api
                .Assertions.assertThat(name).startsWith(DRAFTS).doesNotContainIgnoringCase("ambassadeur")
                .doesNotContainIgnoringCase("hugo"));
        org.assertj.core.api.Assertions.assertThat(stored(kept.getFirst()))
                .doesNotContain("CRM", "lent", "s:", "p:slow_equipment");

        // Hugo himself gets his answers back on a reload: that is what the draft is for.
        page.reload();
        assertThat(comment()).hasValue(COMMENT);
        assertThat(page.locator("#barometer-progress-text")).containsText("5 sur");
        assertThat(page.locator("#pain-slow_equipment")).hasAttribute("aria-pressed", "true");
        screenshot("shared-browser-owner-restored");

        signOut();
        org.assertj.core.api.Assertions.assertThat(appStorage()).as("nothing of Hugo's left in the browser").isEmpty();

        signIn(SOPHIE);
        openBarometer();
        assertNothingRestored();
        org.assertj.core.api.Assertions.assertThat(appStorage()).as("Sophie's own draft only")
                .hasSize(1).doesNotContainAnyElementsOf(kept);
        screenshot("shared-browser-next-person");
    }

    @Test
    void a_session_that_ends_without_sign_out_leaves_a_draft_nobody_else_can_open() {
        signIn(HUGO);
        openBarometer();
        startAnswering();
        String hugosName = appStorage().getFirst();
        String hugosBlob = stored(hugosName);

        // Hugo walks away without signing out; his session ends. To the browser, that is its session cookie gone:
        // the next request starts a new session, with new keys. The sealed draft stays behind in local storage.
        context.clearCookies();
        signIn(SOPHIE);
        openBarometer();
        assertNothingRestored();
        org.assertj.core.api.Assertions.assertThat(appStorage()).as("Hugo's stale draft is removed")
                .doesNotContain(hugosName).hasSize(1);

        // Even copied under Sophie's own name, Hugo's sealed draft does not open: it is dropped, silently.
        String sophiesName = appStorage().getFirst();
        page.evaluate("([name, blob]) => localStorage.setItem(name, blob)", List.of(sophiesName, hugosBlob));
        openBarometer();
        page.waitForFunction("name => localStorage.getItem(name) === null", sophiesName);
        assertNothingRestored();
    }
}
