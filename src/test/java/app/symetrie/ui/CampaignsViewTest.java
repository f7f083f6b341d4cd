package app.symetrie.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.symetrie.barometer.Campaign;
import app.symetrie.barometer.ui.CampaignsView;
import app.symetrie.common.AppMessages;
import app.symetrie.test.RestoresCollections;
import app.symetrie.test.WithDemoCompany;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The campaigns screen as a lead uses it: closing the company-wide wave asks first and says what happens, can be
 * undone until the results are released; a new campaign stays selected; an error is said in the dialog and never left
 * beside the success; a campaign on people already in an open wave is warned about before it is saved. The demo
 * wave is reopened at the end, as the other tests expect it open.
 */
@WithDemoCompany
@RestoresCollections({"campaigns"})
class CampaignsViewTest extends SpringBrowserlessTest {

    @BeforeEach
    void french() {
        UI.getCurrent().setLocale(Locale.FRENCH);
    }

    private Button button(String id) {
        return find(Button.class).withId(id).single();
    }

    @SuppressWarnings("unchecked")
    private Grid<Object> grid(String id) {
        return find(Grid.class).withId(id).single();
    }

    private String waveStatus(String number) {
        var waves = test(grid("waves-grid"));
        for (int row = 0; row < waves.size(); row++) {
            if (waves.getCellText(row, 0).equals(number)) {
                return waves.getCellText(row, 2);
            }
        }
        throw new AssertionError("no wave " + number);
    }

    @Test
    @WithUserDetails(value = "lead@demo.symetrie.fr", setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void closing_the_open_wave_asks_first_says_what_happens_and_can_be_undone() {
        navigate(CampaignsView.class);
        test(button("close-wave")).click();
        ConfirmDialog confirm = find(ConfirmDialog.class).withId("confirm-close-wave").single();
        assertThat(test(confirm).getHeader()).startsWith("Clore la vague #7");
        assertThat(test(confirm).getText()).contains("refusées dès maintenant", "invités ont répondu",
                "publiés dans 10 minutes", "ne peut plus être rouverte");

        test(confirm).cancel();
        assertThat(find(Button.class).withId("close-wave").all()).as("cancelled: nothing closed").hasSize(1);

        test(button("close-wave")).click();
        test(find(ConfirmDialog.class).withId("confirm-close-wave").single()).confirm();
        try {
            assertThat(find(Span.class).withId("close-scheduled").single().getText())
                    .contains("plus aucune réponse", "résultats publiés à");
            assertThat(waveStatus("#7")).startsWith("Close, résultats publiés à");
            assertThat(grid("campaigns-grid").asSingleSelect().getValue()).as("still the campaign worked on")
                    .extracting(c -> ((Campaign) c).name()).isEqualTo("Baromètre du confort numérique");
        } finally {
            test(button("reopen-wave")).click();
        }
        assertThat(button("close-wave").isVisible()).isTrue();
        assertThat(waveStatus("#7")).isEqualTo("Ouverte");
    }

    @Test
    @WithUserDetails(value = "lead@demo.symetrie.fr", setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void opening_a_wave_says_how_many_people_are_invited_and_until_when() {
        navigate(CampaignsView.class);
        test(button("new-campaign")).click();
        // the field whose label is the campaign's name, whatever its wording
        test(find(TextField.class).withCaption(AppMessages.get(Locale.FRENCH, "campaign.name")).single())
                .setValue("Pulse ponctuel");
        test(button("save-campaign")).click();
        // Company-wide, while the demo wave is open: warned in the dialog, saved on the second click.
        Paragraph overlap = find(Paragraph.class).withId("campaign-overlap").single();
        assertThat(overlap.isVisible()).isTrue();
        assertThat(overlap.getText()).contains("Baromètre du confort numérique", "deux baromètres à la fois");
        test(button("save-campaign")).click();

        @SuppressWarnings("unchecked")
        Campaign selected = (Campaign) grid("campaigns-grid").asSingleSelect().getValue();
        assertThat(selected.name()).as("the new campaign stays selected").isEqualTo("Pulse ponctuel");
        test(button("open-wave")).click();
        ConfirmDialog confirm = find(ConfirmDialog.class).withId("confirm-open-wave").single();
        assertThat(test(confirm).getHeader()).isEqualTo("Ouvrir une vague de « Pulse ponctuel » maintenant ?");
        assertThat(test(confirm).getText()).containsPattern("\\d+ personnes seront invitées \\(toute l’organisation\\)")
                .contains("reste ouverte jusqu’au", "(21 jours)");
        test(confirm).cancel();
    }

    @Test
    @WithUserDetails(value = "lead@demo.symetrie.fr", setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void a_refused_campaign_is_explained_in_its_dialog_and_no_error_stays_beside_the_success() {
        navigate(CampaignsView.class);
        test(button("new-campaign")).click();
        test(button("save-campaign")).click();
        Paragraph error = find(Paragraph.class).withId("campaign-error").single();
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).isNotBlank().doesNotStartWith("error.");
        assertThat(find(Notification.class).all()).as("said in the dialog, not over the page").isEmpty();
    }
}
