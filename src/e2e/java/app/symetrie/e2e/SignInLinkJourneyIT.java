package app.symetrie.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.symetrie.mail.MailService;
import app.symetrie.mail.OutboxMessage;
import app.symetrie.test.RunAs;
import app.symetrie.test.WithDemoCompany;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * A demo employee asks for a sign-in link on the login page, the link lands in the outbox, following it signs them in
 * to their home page; the same link a second time gets the friendly page.
 */
@WithDemoCompany
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SignInLinkJourneyIT extends BrowserJourney {

    private static final Pattern LINK = Pattern.compile("(http://\\S+/login/link\\?token=[A-Za-z0-9_-]+)");

    @Autowired
    MailService mail;
    @Autowired
    SecurityContextHolderStrategy strategy;

    String latestLinkTo(String address) {
        OutboxMessage message = new RunAs(strategy).system(() -> mail.latest(0, 50)).stream()
                .filter(m -> m.to().equals(address)).findFirst().orElseThrow();
        Matcher m = LINK.matcher(message.body());
        org.assertj.core.api.Assertions.assertThat(m.find()).isTrue();
        return m.group(1);
    }

    @Test
    void a_demo_employee_signs_in_with_a_link_from_the_outbox_and_the_link_works_once() {
        page.navigate(url("/login"));
        page.locator("#link-email input").fill("ambassadeur@demo.symetrie.fr");
        page.locator("#link-request").click();
        assertThat(page.locator("#link-result")).containsText("Si cette adresse appartient");
        screenshot("login-link-sent");

        String link = latestLinkTo("ambassadeur@demo.symetrie.fr");
        page.navigate(link);
        assertThat(page.locator("#link-open")).isVisible();
        page.locator("#link-sign-in").click();
        assertThat(page.locator("#home-hello")).containsText("Bonjour");

        newSession(1280, 800);
        page.navigate(link);
        page.locator("#link-sign-in").click();
        assertThat(page.locator("#link-invalid")).hasText("Ce lien de connexion ne fonctionne plus");
        screenshot("login-link-used");
    }

    @Test
    void an_unknown_address_gets_the_same_answer() {
        page.navigate(url("/login"));
        page.locator("#link-email input").fill("nobody.here@demo.symetrie.fr");
        page.locator("#link-request").click();
        assertThat(page.locator("#link-result")).containsText("Si cette adresse appartient");
    }
}
