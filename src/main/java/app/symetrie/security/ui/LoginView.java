package app.symetrie.security.ui;

import app.symetrie.common.AppLocales;
import app.symetrie.common.UserFacingException;
import app.symetrie.security.AccountService;
import app.symetrie.security.SignInLinks;
import app.symetrie.security.SingleSignOn;
import app.symetrie.store.SeedJournal;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.textfield.EmailField;
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
 * Sign-in: "Sign in with <provider>" first when single sign-on is configured, the password form (administrators only
 * once SSO is on, and the demo logins), and "get a sign-in link" by e-mail. A failed attempt says only that the e-mail
 * or password is wrong, and a link request says the same thing for every address: never whether an account exists.
 * In demo mode, the demo logins are listed under the form. Texts follow the UI language (FR/EN switch on top).
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle, LocaleChangeObserver {

    private final LoginForm form = new LoginForm();
    private final Paragraph tagline = new Paragraph();
    private final List<AccountService.DemoLogin> demoLogins;
    private final Div demoPanel = new Div();
    private final Div ssoPanel = new Div();
    private final Paragraph passwordHint = new Paragraph();
    private final Div linkPanel = new Div();
    private final H2 linkTitle = new H2();
    private final EmailField linkEmail = new EmailField();
    private final Button linkButton = new Button();
    private final Paragraph linkResult = new Paragraph();
    private final List<SingleSignOn.Provider> providers;
    private final SignInLinks links;
    private final Paragraph demoPreparing = new Paragraph();

    LoginView(AccountService accounts, SingleSignOn sso, SignInLinks links, SeedJournal seeds) {
        this.links = links;
        preparing(seeds);
        addClassName("login-view");
        getElement().setAttribute("role", "main");
        // at least the screen's height, growing with SSO, link and demo panels (centred, never clipped at the top)
        setWidthFull();
        setMinHeight("100vh");
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        H1 brand = new H1("Symétrie");
        brand.addClassName("brand");
        tagline.addClassName("tagline");
        form.setAction("login");
        // "Forgotten password?" leads to the sign-in link below, with the e-mail already typed (where links are on).
        form.setForgotPasswordButtonVisible(links.enabled());
        form.addForgotPasswordListener(e -> toSignInLink());
        demoPanel.addClassName("demo-logins");
        demoLogins = accounts.demoLogins();
        demoPanel.setVisible(!demoLogins.isEmpty());
        providers = sso.providers();
        ssoPanel.addClassName("sso-panel");
        ssoPanel.setVisible(!providers.isEmpty());
        passwordHint.addClassName("password-hint");
        passwordHint.setVisible(!providers.isEmpty());
        add(languageSwitch(), brand, tagline, demoPreparing, ssoPanel, passwordHint, form, linkPanel(), demoPanel);
    }

    /** While the demo company is being seeded: says so, and reloads the page (with its demo logins) once it is ready. */
    private void preparing(SeedJournal seeds) {
        demoPreparing.setId("demo-preparing");
        demoPreparing.setVisible(seeds.inProgress(SeedJournal.DEMO));
        if (demoPreparing.isVisible()) {
            addAttachListener(e -> {
                e.getUI().setPollInterval(2000);
                e.getUI().addPollListener(poll -> {
                    if (!seeds.inProgress(SeedJournal.DEMO)) {
                        poll.getSource().setPollInterval(-1);
                        poll.getSource().getPage().reload();
                    }
                });
            });
        }
    }

    /** The key under which this tab keeps the e-mail typed into the form until the next visit of this page. */
    static final String KEPT_EMAIL = "symetrie-login-email";

    private void toSignInLink() {
        form.getElement().executeJs("const f = this.querySelector('[name=\"username\"]'); return f ? f.value : '';")
                .then(String.class, typed -> {
                    if (linkEmail.isEmpty() && typed != null) {
                        linkEmail.setValue(typed.strip());
                    }
                    linkEmail.scrollIntoView();
                    linkEmail.focus();
                });
    }

    /**
     * A failed attempt comes back as a new page ({@code /login?error}): the e-mail typed is kept in this tab's session
     * storage when the form is sent, put back into the form after a refusal, and removed on every visit of the page
     * (the signed-in shell removes it too), so it never outlives the attempt. The password is never kept.
     */
    private void keepEmailAcrossAFailedAttempt(boolean failed) {
        form.getElement().executeJs("""
                const form = this, key = $0;
                form.addEventListener('login', e => {
                  try { sessionStorage.setItem(key, (e.detail && e.detail.username) || ''); } catch (x) { }
                });
                let kept = null;
                try { kept = sessionStorage.getItem(key); sessionStorage.removeItem(key); } catch (x) { }
                if ($1 && kept) {
                  customElements.whenDefined('vaadin-login-form').then(() => requestAnimationFrame(() => {
                    const email = form.querySelector('[name="username"]');
                    const password = form.querySelector('[name="password"]');
                    if (email) { email.value = kept; }
                    if (password) { password.focus(); }
                  }));
                }""", KEPT_EMAIL, failed);
    }

    /** "Get a sign-in link": the same answer for every address, so the page tells nobody who works here. */
    private Div linkPanel() {
        linkPanel.addClassName("link-panel");
        linkPanel.setVisible(links.enabled());
        linkEmail.setId("link-email");
        linkEmail.setWidthFull();
        linkEmail.setMaxLength(app.symetrie.common.Email.MAX_LENGTH);
        linkButton.setId("link-request");
        linkButton.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
        linkButton.addClickListener(e -> requestLink());
        linkEmail.addKeyPressListener(com.vaadin.flow.component.Key.ENTER, e -> requestLink());
        linkResult.setId("link-result");
        linkResult.setVisible(false);
        linkPanel.add(linkTitle, linkEmail, linkButton, linkResult);
        return linkPanel;
    }

    private void requestLink() {
        linkEmail.setInvalid(false);
        try {
            links.request(linkEmail.getValue(), UI.getCurrent().getSession().getBrowser().getAddress());
            linkResult.setText(getTranslation("login.link.sent", SignInLinks.VALIDITY_MINUTES));
            linkResult.setVisible(true);
        } catch (UserFacingException e) {
            if (e.messageKey().startsWith("error.")) {
                linkEmail.setErrorMessage(getTranslation(e.messageKey()));
                linkEmail.setInvalid(true);
                linkResult.setVisible(false);
            } else {
                linkResult.setText(getTranslation(e.messageKey()));
                linkResult.setVisible(true);
            }
        }
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
        ssoPanel.removeAll();
        for (var provider : providers) {
            Anchor button = new Anchor("oauth2/authorization/" + provider.registrationId(),
                    getTranslation("login.sso", provider.name()));
            button.setRouterIgnore(true);
            button.addClassName("sso-button");
            button.setId("sso-" + provider.registrationId());
            ssoPanel.add(button);
        }
        passwordHint.setText(getTranslation("login.password.admins"));
        demoPreparing.setText(getTranslation("login.demo.preparing"));
        linkTitle.setText(getTranslation("login.link.title"));
        linkEmail.setLabel(getTranslation("login.email"));
        linkEmail.setHelperText(getTranslation("login.link.helper"));
        linkButton.setText(getTranslation("login.link.submit"));
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
        f.setForgotPassword(getTranslation("login.forgot"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(getTranslation("login.error.message"));
        error.setUsername(getTranslation("login.email.required"));
        error.setPassword(getTranslation("login.password.required"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        boolean failed = event.getLocation().getQueryParameters().getParameters().containsKey("error");
        form.setError(failed);
        keepEmailAcrossAFailedAttempt(failed);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " · Symétrie";
    }
}
