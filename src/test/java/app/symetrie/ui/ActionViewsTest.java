package app.symetrie.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.symetrie.action.ActionService;
import app.symetrie.action.ui.ActionEditView;
import app.symetrie.action.ui.ActionPlanView;
import app.symetrie.action.ui.ActionsOverviewView;
import app.symetrie.board.ui.DepartmentBoardView;
import app.symetrie.organization.Department;
import app.symetrie.test.RestoresCollections;
import app.symetrie.test.WithDemoCompany;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

/** The action plan views on the demo company, without a browser. */
@WithDemoCompany
@RestoresCollections({"actions", "action_comments", "action_contribution_quota", "notifications"})
class ActionViewsTest extends SpringBrowserlessTest {

    @Autowired
    ActionService actions;

    Div card(String title) {
        return find(Div.class).withClassName("action-card").all().stream()
                .filter(c -> find(H3.class).from(c).single().getText().equals(title)).findFirst().orElseThrow();
    }

    String departmentId(String name) {
        return actions.departments().stream().filter(d -> d.name().equals(name)).map(d -> d.id().value())
                .findFirst().orElseThrow();
    }

    @Test
    @WithUserDetails(value = "employe@demo.symetrie.fr", setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void an_employee_sees_their_department_plan_supports_once_and_cannot_plan() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate(ActionPlanView.class);
        assertThat(find(Div.class).withClassName("action-card").all()).hasSizeGreaterThanOrEqualTo(5);
        assertThat(find(Button.class).withId("action-create").exists()).as("planning is the manager's").isFalse();
        assertThat(find(Button.class).withId("action-propose").exists()).isTrue();
        navigate(DepartmentBoardView.class);
        assertThat(find(Anchor.class).withClassName("act-on-this").exists()).as("planning is the manager's").isFalse();
        navigate(ActionPlanView.class);

        String title = "Tableaux croisés dynamiques pour toute l’équipe";
        Span count = find(Span.class).withClassName("action-supports").from(card(title)).single();
        int before = Integer.parseInt(count.getText().replace(" +1", ""));
        test(find(Button.class).withClassName("action-support").from(card(title)).single()).click();
        Div after = card(title);
        assertThat(find(Span.class).withClassName("action-supports").from(after).single().getText())
                .isEqualTo((before + 1) + " +1");
        assertThat(find(Button.class).withClassName("action-support").from(after).single().getText())
                .isEqualTo("Withdraw my +1");
        // Other departments' actions shared with the company, read-only here.
        Div shared = find(Div.class).withId("shared-actions").single();
        assertThat(find(H3.class).from(shared).all()).extracting(H3::getText)
                .contains("Ateliers CRM en petits groupes au centre d’appels");
        assertThat(find(Button.class).withClassName("action-support").from(shared).exists()).isFalse();
    }

    @Test
    @WithUserDetails(value = "ambassadeur@demo.symetrie.fr", setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void the_crm_action_shows_its_measured_change_since_it_started_worded_as_an_association() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate(ActionPlanView.class);
        Details effect = find(Details.class).withClassName("action-effect")
                .from(card("Ateliers CRM en petits groupes au centre d’appels")).single();
        effect.setOpened(true);
        List<String> lines = find(ListItem.class).from(effect).all().stream().map(ListItem::getText).toList();
        assertThat(lines.getFirst()).startsWith("Before it started (").contains("answers");
        assertThat(lines.subList(1, lines.size())).isNotEmpty()
                .allSatisfy(l -> assertThat(l).containsPattern("change -\\d+[.,]\\d"));
        assertThat(find(com.vaadin.flow.component.html.Paragraph.class).from(effect).all()).anySatisfy(p ->
                assertThat(p.getText()).startsWith("An association, not a proof"));
    }

    @Test
    @WithUserDetails(value = "manager@demo.symetrie.fr", setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void act_on_this_opens_the_form_pre_filled_and_the_manager_accepts_a_team_proposal() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        String compta = departmentId("Comptabilité");
        // The board offers "act on this" on its pain points and dimensions to the department's manager.
        navigate(DepartmentBoardView.class);
        List<Anchor> acts = find(Anchor.class).withClassName("act-on-this").all();
        assertThat(acts).isNotEmpty().allSatisfy(a -> assertThat(a.getHref())
                .startsWith("actions/edit?").contains("department=" + compta).containsPattern("kind=(PAIN_POINT|DIMENSION)"));
        Grid<?> pains = find(Grid.class).withId("pains-table").single();
        assertThat(test(pains).getCellComponent(0, 4)).isInstanceOfSatisfying(Anchor.class, a -> assertThat(
                a.getHref()).contains("kind=PAIN_POINT").contains("department=" + compta).contains("code="));
        // What it opens.
        UI.getCurrent().navigate(ActionEditView.class, QueryParameters.simple(java.util.Map.of("department", compta,
                "kind", "PAIN_POINT", "code", "slow_support")));
        assertThat(getCurrentView()).isInstanceOf(ActionEditView.class);
        TextField title = find(TextField.class).withId("action-title").single();
        @SuppressWarnings("unchecked")
        ComboBox<app.symetrie.action.Choice> code = find(ComboBox.class).withId("action-target-code").single();
        assertThat(code.getValue().code()).isEqualTo("slow_support");
        assertThat(title.getValue()).startsWith("Act on: ");
        test(title).setValue("Un référent support par étage");
        test(find(Button.class).withId("action-save").single()).click();
        assertThat(find(Div.class).withClassName("action-card").all()).extracting(c -> find(H3.class).from(c)
                .single().getText()).contains("Un référent support par étage");

        // The manager hides a comment: it stays in their list, marked, and disappears for the team.
        test(find(Button.class).withClassName("action-comments").from(card("Un second écran pour chaque poste"))
                .single()).click();
        Div comments = find(Div.class).withId("action-comment-list").single();
        test(find(Button.class).withClassName("comment-toggle").from(comments).first()).click();
        assertThat(find(Span.class).withClassName("badge").from(find(Div.class).withId("action-comment-list")
                .single()).all()).extracting(Span::getText).contains("Hidden by the moderator");
        find(com.vaadin.flow.component.dialog.Dialog.class).single().close();

        Div proposal = card("Un second écran pour chaque poste");
        test(find(Button.class).withClassName("action-move-planned").from(proposal).single()).click();
        assertThat(find(Span.class).withClassName("badge").from(card("Un second écran pour chaque poste")).all())
                .extracting(Span::getText).contains("Planned", "Proposed by the team");
    }

    @Test
    @WithUserDetails(value = "lead@demo.symetrie.fr", setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void the_lead_sees_plans_by_department_overdue_actions_and_follow_through() {
        UI.getCurrent().setLocale(Locale.FRENCH);
        navigate(ActionsOverviewView.class);
        Grid<?> departments = find(Grid.class).withId("actions-by-department").single();
        assertThat(test(departments).size()).isEqualTo(actions.departments().size());
        Grid<?> overdue = find(Grid.class).withId("actions-overdue").single();
        assertThat(test(overdue).size()).isGreaterThanOrEqualTo(3);
        Grid<?> managers = find(Grid.class).withId("actions-managers").single();
        assertThat(test(managers).size()).isGreaterThanOrEqualTo(5);
        List<Department> all = actions.departments();
        assertThat(all).isNotEmpty();
    }
}
