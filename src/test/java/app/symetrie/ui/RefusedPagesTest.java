package app.symetrie.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.symetrie.base.ui.AccessRefusedView;
import app.symetrie.base.ui.HomeView;
import app.symetrie.base.ui.NotFoundView;
import app.symetrie.base.ui.RouteRefusedView;
import app.symetrie.test.WithDemoCompany;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Every way a signed-in person can be refused a page — a route outside their role, an unknown address, a service
 * refusing while the page is built — lands on the same page, inside the app's layout (navigation, header), in their
 * language, with a way home.
 */
@WithDemoCompany
class RefusedPagesTest extends SpringBrowserlessTest {

    private void assertRefusedWithinTheLayout(Class<? extends Component> page, Locale locale) {
        Component shown = find(page).single();
        assertThat(find(SideNav.class).all()).as("the navigation is there").isNotEmpty();
        assertThat(find(H2.class).from(shown).single().getText())
                .isEqualTo(locale == Locale.FRENCH ? "Page introuvable" : "Page not found");
        Anchor home = find(Anchor.class).from(shown).single();
        assertThat(home.getHref()).isEmpty();
        assertThat(home.getText()).isEqualTo(locale == Locale.FRENCH ? "Retour à l’accueil" : "Back to the home page");
    }

    @Test
    @WithUserDetails(value = "employe@demo.symetrie.fr", setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void a_page_outside_the_persons_role_shows_the_refused_page_within_the_layout() {
        Map<Locale, String> refused = Map.of(Locale.FRENCH, "campaigns", Locale.ENGLISH, "import");
        refused.forEach((locale, path) -> {
            VaadinSession.getCurrent().setLocale(locale);
            UI.getCurrent().setLocale(locale);
            navigate(HomeView.class); // a language switch reloads the page: the refused page is made anew
            UI.getCurrent().navigate(path);
            assertRefusedWithinTheLayout(RouteRefusedView.class, locale);
        });
    }

    @Test
    @WithUserDetails(value = "employe@demo.symetrie.fr", setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void an_unknown_address_shows_the_not_found_page_within_the_layout() {
        UI.getCurrent().setLocale(Locale.FRENCH);
        UI.getCurrent().navigate("no-such-page");
        assertRefusedWithinTheLayout(NotFoundView.class, Locale.FRENCH);
    }

    @Test
    void a_service_refusing_while_a_page_is_built_lands_on_the_refused_page() {
        ApplicationRouteRegistry registry = ApplicationRouteRegistry.getInstance(
                VaadinService.getCurrent().getContext());
        assertThat(registry.getErrorNavigationTarget(new AccessDeniedException("not yours")).orElseThrow()
                .getNavigationTarget()).isEqualTo(AccessRefusedView.class);
        assertThat(registry.getErrorNavigationTarget(new IllegalStateException("while creating the view",
                new AccessDeniedException("not yours"))).orElseThrow().getNavigationTarget())
                .as("found through the cause, as when a view's constructor fails").isEqualTo(AccessRefusedView.class);
    }
}
