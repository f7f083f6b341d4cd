package app.symetrie.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.symetrie.test.WithDemoCompany;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/** In a real browser: a demo employee signs in and lands on their home page; a wrong password is refused. */
@WithDemoCompany
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SignInJourneyIT extends BrowserJourney {

    @Test
    void a_demo_employee_signs_in_and_sees_their_home_page() {
        signIn("employe@demo.symetrie.fr");
        assertThat(page.locator("#home-hello")).hasText("Bonjour Camille Durand");
        assertThat(page.locator("vaadin-side-nav-item").first()).isVisible();
        assertThat(page.getByText("Votre département : Comptabilité.")).isVisible();
        screenshot("employee-home");
    }

    @Test
    void a_lead_sees_the_organization_in_the_menu_and_an_employee_does_not() {
        signIn("lead@demo.symetrie.fr");
        assertThat(page.locator("#home-hello")).containsText("Sophie Bernard");
        assertThat(page.locator("vaadin-side-nav-item[path='departments']")).isVisible();
        page.locator("vaadin-side-nav-item[path='departments']").click();
        assertThat(page.locator("#departments-grid")).isVisible();
        assertThat(page.getByText("Fonction support").first()).isVisible();
        screenshot("lead-departments");
    }

    @Test
    void a_wrong_password_is_refused_without_saying_whether_the_account_exists() {
        page.navigate(url("/login"));
        page.locator("input[name='username']").fill("employe@demo.symetrie.fr");
        page.locator("input[name='password']").fill("not-the-password");
        page.locator("input[name='password']").press("Enter");
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/login\\?error"));
        assertThat(page.getByText("L’e-mail ou le mot de passe est incorrect")).isVisible();
        // The e-mail is kept (the password is not), and nothing of the page is pushed out of reach by the message.
        assertThat(page.locator("input[name='username']")).hasValue("employe@demo.symetrie.fr");
        assertThat(page.locator("input[name='password']")).hasValue("");
        Object top = page.evaluate("() => Math.min(...['h1', 'vaadin-login-form', '#login-lang-fr']"
                + ".map(s => document.querySelector(s).getBoundingClientRect().top + window.scrollY))");
        org.assertj.core.api.Assertions.assertThat(((Number) top).doubleValue()).as("top of the page").isNotNegative();
        org.assertj.core.api.Assertions.assertThat(overflowsHorizontally()).isFalse();
        screenshot("login-error");

        // Forgotten password: the sign-in link, with the e-mail already typed.
        page.getByText("Mot de passe oublié ? Recevez un lien de connexion").click();
        assertThat(page.locator("#link-email input")).hasValue("employe@demo.symetrie.fr");
        assertThat(page.locator("#link-email input")).isFocused();

        // On a phone too, and a second visit of the page forgets the e-mail.
        page.setViewportSize(390, 844);
        page.navigate(url("/login"));
        assertThat(page.locator("input[name='username']")).hasValue("");
        page.locator("input[name='username']").fill("employe@demo.symetrie.fr");
        page.locator("input[name='password']").fill("still-not-the-password");
        page.locator("input[name='password']").press("Enter");
        assertThat(page.getByText("L’e-mail ou le mot de passe est incorrect")).isVisible();
        assertThat(page.locator("input[name='username']")).hasValue("employe@demo.symetrie.fr");
        org.assertj.core.api.Assertions.assertThat(overflowsHorizontally()).as("phone").isFalse();
        screenshot("login-error-phone");
    }

    @Test
    void the_language_switch_turns_the_app_to_english_and_sign_out_returns_to_the_login_page() {
        signIn("admin@demo.symetrie.fr");
        assertThat(page.locator("#home-hello")).containsText("Bonjour");
        page.locator("#lang-en").click();
        assertThat(page.locator("#home-hello")).containsText("Hello Marc Petit");
        page.locator("vaadin-menu-bar.user-menu vaadin-menu-bar-button").first().click();
        page.locator("vaadin-menu-bar-item#logout, #logout").first().click();
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/login.*"));
    }

    @Test
    void on_a_phone_the_employee_home_fits_the_screen() {
        page.setViewportSize(390, 844);
        signIn("employe@demo.symetrie.fr");
        assertThat(page.locator("#home-hello")).isVisible();
        Object overflow = page.evaluate("() => document.documentElement.scrollWidth > window.innerWidth");
        org.assertj.core.api.Assertions.assertThat(overflow).as("horizontal overflow on a phone").isEqualTo(false);
        screenshot("employee-home-phone");
    }

    @Test
    void an_administrator_searches_the_employee_list() {
        signIn("admin@demo.symetrie.fr");
        page.navigate(url("/employees"));
        assertThat(page.locator("#employees-grid")).isVisible();
        page.locator("#employee-search input").fill("moreau");
        assertThat(page.getByText("manager@demo.symetrie.fr")).isVisible();
        screenshot("admin-employees");
    }
}
