package app.symetrie.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.symetrie.security.ui.AccessView;
import app.symetrie.test.RestoresCollections;
import app.symetrie.test.WithDemoCompany;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.browserless.SpringBrowserlessTest;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

/** The Access view: who holds lead and administrator since when; search a person and make them lead, then revoke. */
@WithDemoCompany
@RestoresCollections({"accounts"})
class AccessViewTest extends SpringBrowserlessTest {

    @Test
    @WithUserDetails(value = "admin@demo.symetrie.fr", setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void an_administrator_finds_a_person_makes_them_lead_and_revokes_it() {
        UI.getCurrent().setLocale(Locale.FRENCH);
        navigate(AccessView.class);
        @SuppressWarnings("unchecked")
        Grid<Object> holders = find(Grid.class).withId("access-holders").single();
        int before = test(holders).size();
        assertThat(before).isGreaterThanOrEqualTo(2); // the demo lead and the demo administrator

        test(find(TextField.class).withId("access-search").single()).setValue("durand");
        @SuppressWarnings("unchecked")
        Grid<Object> results = find(Grid.class).withId("access-results").single();
        assertThat(test(results).size()).isPositive();
        int row = -1;
        for (int i = 0; i < test(results).size(); i++) {
            if (test(results).getCellText(i, 2).equals("Selon l’organisation")) {
                row = i;
                break;
            }
        }
        assertThat(row).as("someone with no granted role").isNotNegative();
        String email = test(results).getCellText(row, 1);
        Button grant = (Button) test(results).getCellComponent(row, 3).getChildren()
                .filter(c -> "access-grant-lead".equals(c.getId().orElse(""))).findFirst().orElseThrow();
        test(grant).click();
        assertThat(test(holders).size()).isEqualTo(before + 1);

        int held = -1;
        for (int i = 0; i < test(holders).size(); i++) {
            if (test(holders).getCellText(i, 1).equals(email)) {
                held = i;
            }
        }
        assertThat(test(holders).getCellText(held, 2)).isEqualTo("Responsable de la transformation");
        assertThat(test(holders).getCellText(held, 3)).isNotBlank();
        test((Button) test(holders).getCellComponent(held, 5)).click();
        assertThat(test(holders).size()).isEqualTo(before);
    }

    @Test
    @WithUserDetails(value = "admin@demo.symetrie.fr", setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void in_the_demo_the_view_offers_to_remove_the_demo_accounts_after_a_confirmation() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate(AccessView.class);
        HorizontalLayout panel = find(HorizontalLayout.class).withId("demo-accounts").single();
        assertThat(panel.isVisible()).isTrue();
        Button remove = find(Button.class).from(panel).single();
        assertThat(remove.getText()).isEqualTo("Remove the demo accounts");
        test(remove).click();
        ConfirmDialog confirm = find(ConfirmDialog.class).single();
        assertThat(confirm.isOpened()).isTrue();
        confirm.close(); // not confirmed: nothing removed
        assertThat(panel.isVisible()).isTrue();
    }
}
