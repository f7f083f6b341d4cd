package app.symetrie.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.symetrie.test.WithDemoCompany;
import java.util.List;
import java.util.regex.Pattern;
import oidc.TestOidcProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Single sign-on against a real OpenID Connect provider started in this JVM (Spring Authorization Server): an employee
 * signs in through the provider's own login page and lands on their home page; someone the provider knows but the
 * organization does not gets the refusal page.
 */
@WithDemoCompany
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SsoJourneyIT extends BrowserJourney {

    static final TestOidcProvider PROVIDER = TestOidcProvider.start(List.of(
            new TestOidcProvider.Person("camille", "Employe@Demo.Symetrie.fr", List.of()),
            new TestOidcProvider.Person("outsider", "someone@elsewhere.example", List.of())));

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry registry) {
        PROVIDER.clientProperties().forEach((key, value) -> registry.add(key, () -> value));
    }

    @AfterAll
    static void stopProvider() {
        PROVIDER.close();
    }

    /** Browsed at 127.0.0.1 (a loopback redirect the provider accepts on any port); the provider is at localhost. */
    String app(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    void throughTheProvider(String login) {
        page.navigate(app("/login"));
        page.locator("#sso-test").click();
        page.waitForURL(Pattern.compile("http://localhost:" + PROVIDER.port() + "/login.*"));
        page.locator("#username").fill(login);
        page.locator("#password").fill(TestOidcProvider.PASSWORD);
        screenshot("sso-provider-login");
        page.locator("button[type='submit']").click();
    }

    @Test
    void an_employee_signs_in_through_the_provider_and_lands_on_their_home_page() {
        page.navigate(app("/login"));
        assertThat(page.locator("#sso-test")).hasText("Se connecter avec Test IdP");
        screenshot("login-sso");
        throughTheProvider("camille");
        assertThat(page.locator("#home-hello")).hasText("Bonjour Camille Durand");
        assertThat(page.getByText("Votre département : Comptabilité.")).isVisible();
    }

    @Test
    void someone_unknown_to_the_organization_gets_a_clear_refusal() {
        throughTheProvider("outsider");
        assertThat(page).hasURL(Pattern.compile(".*/login/refused$"));
        assertThat(page.locator("#sso-refused")).hasText("Vous ne pouvez pas encore vous connecter ici");
        screenshot("sso-refused");
        page.navigate(app("/"));
        assertThat(page).hasURL(Pattern.compile(".*/login$"));
    }
}
