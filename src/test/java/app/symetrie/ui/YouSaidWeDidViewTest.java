package app.symetrie.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.symetrie.action.ActionService;
import app.symetrie.action.ui.YouSaidWeDidView;
import app.symetrie.organization.Department;
import app.symetrie.test.WithDemoCompany;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

/** "You said, we did" without a browser, on the demo company's results, actions and check-ins. */
@WithDemoCompany
class YouSaidWeDidViewTest extends SpringBrowserlessTest {

    @Autowired
    ActionService actions;

    Div card(Div list, String title) {
        return find(Div.class).withClassName("action-card").from(list).all().stream()
                .filter(c -> find(H3.class).from(c).single().getText().equals(title)).findFirst().orElseThrow();
    }

    String checkInText(Div card) {
        return String.join(" ", find(Paragraph.class).from(card).all().stream().map(Paragraph::getText).toList());
    }

    @Test
    @WithUserDetails(value = "employe@demo.symetrie.fr", setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void an_employee_reads_their_departments_results_and_what_was_done_with_check_ins() {
        UI.getCurrent().setLocale(Locale.FRENCH);
        navigate(YouSaidWeDidView.class);
        Div said = find(Div.class).withId("ysd-said").single();
        assertThat(find(H2.class).from(said).single().getText()).startsWith("Vous avez dit — Comptabilité, ");
        // The Satisfaction Map's section: the department's latest closed wave, management's view beside theirs.
        Div map = find(Div.class).withId("ysd-map-section").single();
        assertThat(find(H3.class).from(map).single().getText()).startsWith("Ce que la direction attendait");
        assertThat(find(Anchor.class).from(map).single().getHref()).startsWith("map?department=");
        assertThat(find(Anchor.class).from(map).single().getText()).isEqualTo("Voir toute la carte de satisfaction");
        Div mine = find(Div.class).withId("ysd-actions").single();
        // 1,3,6,8,4 (22 answers): mean 77/22 = 3.5.
        assertThat(checkInText(card(mine, "Supprimer la double saisie des factures fournisseurs")))
                .contains("3,5 sur 5").contains("22 réponses");
        Div company = find(Div.class).withId("ysd-company-actions").single();
        assertThat(find(H3.class).from(company).all()).extracting(H3::getText)
                .contains("Un ambassadeur numérique dans chaque service");
    }

    @Test
    @WithUserDetails(value = "lead@demo.symetrie.fr", setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void a_check_in_under_the_threshold_says_too_few_answers_and_nothing_more() {
        UI.getCurrent().setLocale(Locale.FRENCH);
        List<Department> departments = actions.departments();
        Department finance = departments.stream().filter(d -> d.name().equals("Finance et contrôle de gestion"))
                .findFirst().orElseThrow();
        UI.getCurrent().navigate(YouSaidWeDidView.class, com.vaadin.flow.router.QueryParameters.of("department",
                finance.id().value()));
        Div mine = find(Div.class).withId("ysd-actions").single();
        String text = checkInText(card(mine, "Automatiser le reporting mensuel"));
        assertThat(text).contains("Trop peu de réponses").doesNotContain("sur 5").doesNotContain("3 réponses");
    }
}
