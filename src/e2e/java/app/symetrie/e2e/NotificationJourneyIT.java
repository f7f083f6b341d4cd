package app.symetrie.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.symetrie.ambassador.AmbassadorService;
import app.symetrie.ambassador.CoachingFormat;
import app.symetrie.ambassador.HelpRequestDraft;
import app.symetrie.ambassador.HelpRequestId;
import app.symetrie.ambassador.HelpRequestService;
import app.symetrie.security.SignedInUser;
import app.symetrie.security.internal.AccountUserDetailsService;
import app.symetrie.test.RunAs;
import app.symetrie.test.WithDemoCompany;
import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Issue 12: a help request reaches the ambassador as a notification — the bell counts it, on a phone, in English —
 * and the answer reaches the requester the same way, in French; each page passes axe. A page outside the person's
 * role shows the refused page within the layout.
 */
@WithDemoCompany
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class NotificationJourneyIT extends BrowserJourney {

    @Autowired
    HelpRequestService requests;
    @Autowired
    AmbassadorService ambassadors;
    @Autowired
    AccountUserDetailsService users;
    @Autowired
    SecurityContextHolderStrategy security;

    private SignedInUser person(String login) {
        return (SignedInUser) users.loadUserByUsername(login + "@demo.symetrie.fr");
    }

    @Test
    void a_help_request_and_its_answer_reach_each_side_through_the_bell() {
        RunAs runAs = new RunAs(security);
        var hugo = runAs.call(person("lead"), ambassadors::all).stream()
                .filter(a -> a.name().equals("Hugo Lefèvre")).findFirst().orElseThrow();
        String message = "Notification journey " + System.nanoTime();
        runAs.call(person("employe"), () -> requests.ask(new HelpRequestDraft(HelpRequestId.random(), hugo.id(),
                "crm", null, CoachingFormat.ONE_TO_ONE, message)));

        // Hugo, on his phone, in English: the bell says a notification is waiting
        newSession(390, 844, "en-GB");
        signIn("ambassadeur@demo.symetrie.fr");
        assertThat(page.locator("#home-hello")).isVisible();
        page.locator("#lang-en").click();
        assertThat(page.locator("#notification-count")).isVisible();
        assertThat(page.locator("#notification-bell")).hasAttribute("aria-label",
                java.util.regex.Pattern.compile("Notifications, (1|\\d+) unread"));
        org.assertj.core.api.Assertions.assertThat(overflowsHorizontally()).as("header with the bell, on a phone")
                .isFalse();
        screenshot("notification-bell-phone-en");
        page.locator("#notification-bell").click();
        Locator asked = page.locator(".notification.unread").filter(new Locator.FilterOptions()
                .setHasText("Camille Durand asked you for help.")).first();
        assertThat(asked).isVisible();
        org.assertj.core.api.Assertions.assertThat(overflowsHorizontally()).as("notifications on a phone").isFalse();
        screenshot("notifications-phone-en");
        asked.locator(".notification-open").click();
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/ambassador$"));
        page.locator(".request-card").filter(new Locator.FilterOptions().setHasText(message))
                .locator(".accept-request").click();
        assertThat(page.locator(".request-card").filter(new Locator.FilterOptions().setHasText(message))
                .locator(".log-request")).isVisible();
        page.locator("#lang-fr").click();
        assertThat(page.locator("#lang-fr")).hasAttribute("aria-pressed", "true");

        // Camille, in French: the answer is in her notifications; reading them empties the bell
        newSession(1280, 800);
        signIn("employe@demo.symetrie.fr");
        assertThat(page.locator("#home-hello")).isVisible();
        assertThat(page.locator("#notification-count")).isVisible();
        page.locator("#notification-bell").click();
        assertThat(page.locator(".notification.unread").filter(new Locator.FilterOptions()
                .setHasText("Hugo Lefèvre a accepté votre demande d’aide et va vous contacter.")).first())
                .isVisible();
        screenshot("notifications-fr");
        page.locator("#notifications-mark-all").click();
        assertThat(page.locator(".notification.unread")).hasCount(0);
        assertThat(page.locator("#notification-count")).isHidden();
        assertThat(page.locator("#notification-bell")).hasAttribute("aria-label", "Notifications");

        // a page outside her role: the refused page, within the layout, with a way home
        page.navigate(url("/campaigns"));
        assertThat(page.locator("#page-not-found")).containsText("Page introuvable");
        assertThat(page.locator("vaadin-side-nav").first()).isVisible();
        assertThat(page.locator("#notification-bell")).isVisible();
        screenshot("refused-page-fr");
        page.locator("#page-not-found a").click();
        assertThat(page.locator("#home-hello")).isVisible();
    }
}
