package app.symetrie.security.ui;

import app.symetrie.common.AppLocales;
import app.symetrie.security.AccountService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Locale;

/**
 * Sign-in. A failed attempt says only that the e-mail or password is wrong, never whether the account exists.
 * In demo mode, the demo logins are listed under the form. Texts follow the UI language (FR/EN switch on top).
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle, LocaleChangeObserver {

    private final LoginForm form = new LoginForm();
    private final Paragraph tagline = new Paragraph();
    private final List<AccountService.DemoLogin> demoLogins;
    private final Div demoPanel = new Div();

    LoginView(AccountService accounts) {
        addClassName("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        H1 brand = new H1("Symétrie");
        brand.addClassName("brand");
        tagline.addClassName("tagline");
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        demoPanel.addClassName("demo-logins");
        demoLogins = accounts.demoLogins();
        demoPanel.setVisible(!demoLogins.isEmpty());
        add(languageSwitch(), brand, tagline, form, demoPanel);
    }

    private HorizontalLayout languageSwitch() {
        HorizontalLayout switcher = new HorizontalLayout();
        switcher.addClassName("language-switch");
        switcher.setSpacing(false);
        for (Locale locale : AppLocales.SUPPORTED) {
            Button button = new Button(locale.getLanguage().toUpperCase(Locale.ROOT), e -> {
                VaadinSession.getCurrent().setLocale(locale);
                UI.getCurrent().setLocale(locale);
            });
            button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            button.setId("login-lang-" + locale.getLanguage());
            switcher.add(button);
        }
        return switcher;
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        tagline.setText(getTranslation("login.tagline"));
        form.setI18n(i18n());
        demoPanel.removeAll();
        demoPanel.add(new H2(getTranslation("login.demo.title")));
        demoPanel.add(new Paragraph(getTranslation("login.demo.hint")));
        for (var login : demoLogins) {
            Div row = new Div();
            row.addClassName("demo-login");
            Span role = new Span(getTranslation("role." + login.role().name()));
            role.addClassName("demo-role");
            Span email = new Span(login.email());
            email.addClassName("demo-email");
            row.add(role, email);
            demoPanel.add(row);
        }
        UI.getCurrent().getPage().setTitle(getPageTitle());
    }

    private LoginI18n i18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form f = i18n.getForm();
        f.setTitle(getTranslation("login.title"));
        f.setUsername(getTranslation("login.email"));
        f.setPassword(getTranslation("login.password"));
        f.setSubmit(getTranslation("login.submit"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(getTranslation("login.error.message"));
        error.setUsername(getTranslation("login.email.required"));
        error.setPassword(getTranslation("login.password.required"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        form.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " · Symétrie";
    }
}
