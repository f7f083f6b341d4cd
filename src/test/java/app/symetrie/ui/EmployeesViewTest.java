package app.symetrie.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.symetrie.organization.ui.EmployeesView;
import app.symetrie.test.WithDemoCompany;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

/** The employee list as a lead and as an administrator: the whole company, searchable; editing for admins only. */
@WithDemoCompany
class EmployeesViewTest extends SpringBrowserlessTest {

    @Test
    @WithUserDetails(value = "admin@demo.symetrie.fr", setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void an_administrator_sees_everyone_and_can_search_by_name() {
        UI.getCurrent().setLocale(Locale.FRENCH);
        EmployeesView view = navigate(EmployeesView.class);
        @SuppressWarnings("unchecked")
        Grid<Object> grid = find(Grid.class).single();
        int everyone = test(grid).size();
        assertThat(everyone).isBetween(550, 650);

        test(find(TextField.class).withId("employee-search").single()).setValue("durand");
        int found = test(grid).size();
        assertThat(found).isPositive().isLessThan(everyone);
        for (int row = 0; row < found; row++) {
            assertThat(test(grid).getCellText(row, 0) + " " + test(grid).getCellText(row, 2))
                    .containsIgnoringCase("durand");
        }
        Button add = find(Button.class).withId("employee-new").single();
        assertThat(add.isVisible()).isTrue();
        assertThat(add.getText()).isEqualTo("Nouveau collaborateur");
        assertThat(view.getPageTitle()).isEqualTo("Collaborateurs");
    }

    @Test
    @WithUserDetails(value = "lead@demo.symetrie.fr", setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void a_lead_reads_the_list_but_cannot_add_people() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate(EmployeesView.class);
        assertThat(test(find(Grid.class).single()).size()).isBetween(550, 650);
        assertThat(find(Button.class).withId("employee-new").all()).as("visible add buttons")
                .noneMatch(Button::isVisible);
    }
}
