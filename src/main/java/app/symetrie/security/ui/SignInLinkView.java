package app.symetrie.security.ui;

import app.symetrie.security.SignInLinks;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;

/**
 * The page a sign-in link opens. Opening it signs in nobody — e-mail scanners follow links — a button does: it posts
 * the token to Spring Security's one-time-token login ({@code POST /login/ott}, with the page's CSRF token), which
 * spends it. A used, expired or unknown link comes back here with {@code ?invalid}: a friendly page that says
 * nothing of whose link it was.
 */
@Route(value = SignInLinks.LINK_PATH, autoLayout = false)
@AnonymousAllowed
public class SignInLinkView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final String SUBMIT = """
            const form = document.createElement('form');
            form.method = 'POST';
            form.action = 'login/ott';
            const add = (name, value) => {
              const input = document.createElement('input');
              input.type = 'hidden'; input.name = name; input.value = value;
              form.appendChild(input);
            };
            add('token', $0);
            const parameter = document.querySelector('meta[name="_csrf_parameter"]');
            const csrf = document.querySelector('meta[name="_csrf"]');
            if (parameter && csrf) { add(parameter.content, csrf.content); }
            document.body.appendChild(form);
            form.submit();
            """;

    SignInLinkView() {
        addClassName("login-view");
        addClassName("link-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        H1 brand = new H1("Symétrie");
        brand.addClassName("brand");
        add(brand);
        List<String> tokens = event.getLocation().getQueryParameters().getParameters().getOrDefault("token",
                List.of());
        String token = tokens.isEmpty() ? "" : tokens.getFirst();
        if (token.isBlank() || token.length() > 100) {
            H2 title = new H2(getTranslation("login.link.invalid.title"));
            title.setId("link-invalid");
            add(title, new Paragraph(getTranslation("login.link.invalid.text", SignInLinks.VALIDITY_MINUTES)));
            Anchor back = new Anchor("login", getTranslation("login.link.invalid.back"));
            back.setId("link-back");
            add(back);
            return;
        }
        H2 title = new H2(getTranslation("login.link.title.open"));
        title.setId("link-open");
        Button signIn = new Button(getTranslation("login.submit"),
                e -> UI.getCurrent().getPage().executeJs(SUBMIT, token));
        signIn.setId("link-sign-in");
        signIn.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(title, new Paragraph(getTranslation("login.link.open.text")), signIn);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.link.title.open") + " · Symétrie";
    }
}
