package app.symetrie.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.symetrie.security.ui.LoginView;
import app.symetrie.test.WithDemoCompany;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.router.QueryParameters;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The login page, without a browser: the form, and the demo logins of the demo company. */
@WithDemoCompany
class LoginViewTest extends SpringBrowserlessTest {

    @Test
    void the_login_page_offers_the_form_and_lists_one_demo_login_per_role() {
        VaadinSession.getCurrent().setLocale(Locale.FRENCH);
        UI.getCurrent().setLocale(Locale.FRENCH);
        navigate(LoginView.class);
        LoginForm form = find(LoginForm.class).single();
        assertThat(String.valueOf(form.getElement().getPropertyRaw("i18n"))).contains("Connexion", "Mot de passe");
        assertThat(form.getAction()).isEqualTo("login");
        var emails = find(Span.class).withClassName("demo-email").all().stream().map(Span::getText).toList();
        assertThat(emails).containsExactlyInAnyOrder("employe@demo.symetrie.fr", "ambassadeur@demo.symetrie.fr",
                "manager@demo.symetrie.fr", "lead@demo.symetrie.fr", "admin@demo.symetrie.fr");
    }

    @Test
    void a_failed_sign_in_says_only_that_email_or_password_is_wrong() {
        VaadinSession.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate("login", QueryParameters.simple(Map.of("error", "")));
        LoginForm form = find(LoginForm.class).single();
        assertThat(form.isError()).isTrue();
        assertThat(String.valueOf(form.getElement().getPropertyRaw("i18n")))
                .contains("The e-mail or the password is not right. Check them and try again.")
                .doesNotContainIgnoringCase("exist").doesNotContainIgnoringCase("unknown");
    }
}
