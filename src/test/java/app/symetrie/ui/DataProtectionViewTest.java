package app.symetrie.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.symetrie.privacy.ui.DataProtectionView;
import app.symetrie.test.WithDemoCompany;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.textfield.EmailField;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

/** The data protection view: retention shown read-only; export and erase only for a valid address, erase confirmed. */
@WithDemoCompany
class DataProtectionViewTest extends SpringBrowserlessTest {

    @Test
    @WithUserDetails(value = "admin@demo.symetrie.fr", setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void an_administrator_reads_the_retention_and_acts_only_on_a_valid_address() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate(DataProtectionView.class);
        @SuppressWarnings("unchecked")
        Grid<Object> retention = find(Grid.class).withId("retention").single();
        assertThat(test(retention).size()).isEqualTo(9);
        assertThat(test(retention).getCellText(0, 0)).isEqualTo("Released answers (anonymous)");
        assertThat(test(retention).getCellText(0, 1)).isEqualTo("5 years");

        Anchor export = find(Anchor.class).withId("privacy-export").single();
        Button erase = find(Button.class).withId("privacy-erase").single();
        assertThat(export.isEnabled()).isFalse();
        assertThat(erase.isEnabled()).isFalse();
        EmailField person = find(EmailField.class).withId("privacy-person").single();
        test(person).setValue("not an address");
        assertThat(erase.isEnabled()).isFalse();
        test(person).setValue("someone@example.com");
        assertThat(export.isEnabled()).isTrue();
        test(erase).click();
        ConfirmDialog confirm = find(ConfirmDialog.class).single();
        assertThat(confirm.isOpened()).isTrue();
        confirm.close(); // not confirmed: nothing erased
    }
}
