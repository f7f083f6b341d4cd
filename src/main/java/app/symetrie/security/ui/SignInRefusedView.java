package app.symetrie.security.ui;

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

/**
 * Where a single sign-on that the organization does not accept lands: the identity provider knows the person, but
 * their e-mail is not an employee's (or their access is blocked). Nothing was created for them; the page says what to
 * do, in the user's language. {@code ?error} is another failure of the exchange with the provider.
 */
@Route(value = "login/refused", autoLayout = false)
@AnonymousAllowed
public class SignInRefusedView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    SignInRefusedView() {
        addClassName("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        boolean error = event.getLocation().getQueryParameters().getParameters().containsKey("error");
        H1 brand = new H1("Symétrie");
        brand.addClassName("brand");
        H2 title = new H2(getTranslation(error ? "login.sso.error.title" : "login.sso.refused.title"));
        title.setId("sso-refused");
        Paragraph text = new Paragraph(getTranslation(error ? "login.sso.error.text" : "login.sso.refused.text"));
        text.addClassName("tagline");
        Anchor back = new Anchor("login", getTranslation("login.sso.back"));
        back.setId("sso-back");
        add(brand, title, text, back);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.sso.refused.title") + " · Symétrie";
    }
}
