package app.symetrie.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.symetrie.base.ui.HomeView;
import app.symetrie.test.WithDemoCompany;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The side navigation, grouped by what people come to do, shows each person only the entries they may open and no
 * heading over an empty group; every page starts with a link past the navigation to its content.
 */
@WithDemoCompany
class NavigationTest extends SpringBrowserlessTest {

    @BeforeEach
    void french() {
        UI.getCurrent().setLocale(Locale.FRENCH);
    }

    /** Group heading (empty for the home entry) → the entries' labels, in the order shown. */
    private Map<String, List<String>> menu() {
        Map<String, List<String>> menu = new LinkedHashMap<>();
        for (SideNav nav : find(SideNav.class).all()) {
            menu.put(nav.getLabel() == null ? "" : nav.getLabel(),
                    nav.getItems().stream().map(SideNavItem::getLabel).toList());
        }
        return menu;
    }

    @Test
    @WithUserDetails(value = "employe@demo.symetrie.fr", setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void an_employee_sees_answering_help_and_their_board_and_nothing_of_the_programme_or_administration() {
        navigate(HomeView.class);
        Map<String, List<String>> menu = menu();
        assertThat(menu.keySet()).containsExactly("", "Répondre", "Se faire aider", "Résultats et actions");
        assertThat(menu.get("")).containsExactly("Accueil");
        assertThat(menu.get("Répondre")).containsExactly("Mon baromètre");
        assertThat(menu.get("Se faire aider")).containsExactly("Qui peut m’aider ?", "Formations");
        assertThat(menu.get("Résultats et actions")).containsExactly("Tableau du département",
                "Vous avez dit, nous avons fait", "Plan d’action", "Carte de satisfaction");
    }

    @Test
    @WithUserDetails(value = "lead@demo.symetrie.fr", setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void a_lead_finds_boards_and_the_programme_in_their_own_groups() {
        navigate(HomeView.class);
        Map<String, List<String>> menu = menu();
        assertThat(menu.keySet()).containsSubsequence("Répondre", "Se faire aider", "Résultats et actions", "Programme");
        assertThat(menu.get("Résultats et actions")).contains("Vue d’ensemble", "Plan d’action");
        assertThat(menu.get("Résultats et actions")).containsSubsequence("Clients internes", "Miroir client");
        assertThat(menu.get("Programme")).contains("Campagnes", "Questionnaire");
        assertThat(menu.values().stream().flatMap(List::stream)).doesNotHaveDuplicates();
    }

    @Test
    @WithUserDetails(value = "admin@demo.symetrie.fr", setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void an_administrator_finds_the_organization_under_administration_and_a_skip_link_to_the_content() {
        navigate(HomeView.class);
        Map<String, List<String>> menu = menu();
        assertThat(menu.keySet()).contains("Administration");
        assertThat(menu.get("Administration")).contains("Départements", "Collaborateurs", "Import RH",
                "Protection des données");

        Anchor skip = find(Anchor.class).withId("skip-link").single();
        assertThat(skip.getText()).isEqualTo("Aller au contenu");
        HomeView home = find(HomeView.class).single();
        assertThat(skip.getHref()).isEqualTo("#" + home.getId().orElseThrow());
        assertThat(home.getElement().getAttribute("role")).isEqualTo("main");
    }
}
