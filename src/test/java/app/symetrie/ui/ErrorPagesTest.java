package app.symetrie.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.symetrie.base.ui.NotFoundView;
import app.symetrie.test.WithDemoCompany;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Pages that never dead-end: an unknown address lands on a page in the person's language with a way home — before
 * signing in too (the layout then shows no bell and a sign-in link).
 */
@WithDemoCompany
class ErrorPagesTest extends SpringBrowserlessTest {

    @Test
    void an_unknown_address_shows_a_page_in_the_persons_language_with_a_way_home() {
        for (Locale locale : new Locale[] {Locale.FRENCH, Locale.ENGLISH}) {
            VaadinSession.getCurrent().setLocale(locale);
            UI.getCurrent().setLocale(locale);
            UI.getCurrent().navigate("no-such-page-" + locale.getLanguage());
            NotFoundView page = find(NotFoundView.class).single();
            assertThat(page.getId()).contains("page-not-found");
            String title = find(H2.class).single().getText();
            assertThat(title).isEqualTo(locale == Locale.FRENCH ? "Page introuvable" : "Page not found");
            Anchor home = find(Anchor.class).from(page).single();
            assertThat(home.getHref()).isEmpty();
            assertThat(home.getText()).isEqualTo(locale == Locale.FRENCH ? "Retour à l’accueil" : "Back to the home page");
        }
    }
}
