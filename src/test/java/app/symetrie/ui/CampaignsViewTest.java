package app.symetrie.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.symetrie.barometer.Campaign;
import app.symetrie.barometer.ui.CampaignsView;
import app.symetrie.test.RestoresCollections;
import app.symetrie.test.WithDemoCompany;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The campaigns screen as a lead uses it: closing the company-wide wave asks first and says what happens, can be
 * undone until the results are released; a new campaign stays selected; an error is said in the dialog and never left
 * beside the success; a refused value is said on its own field, in the reader’s language; a campaign on people
 * already in an open wave is warned about before it is saved. The demo
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
        test(textField("campaign-name")).setValue("Pulse ponctuel");
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

    private TextField textField(String id) {
        return find(TextField.class).withId(id).single();
    }

    private IntegerField integerField(String id) {
        return find(IntegerField.class).withId(id).single();
    }

    /** The fields of the dialog that show an error, by id, with their message. */
    private Map<String, String> fieldErrors() {
        Map<String, String> errors = new TreeMap<>();
        for (Component c : find(Component.class).all()) {
            if (c instanceof HasValidation v && v.isInvalid() && c.getId().isPresent()) {
                errors.put(c.getId().get(), String.valueOf(v.getErrorMessage()));
            }
        }
        return errors;
    }

    private int campaignCount() {
        return test(grid("campaigns-grid")).size();
    }

    @Test
    @WithUserDetails(value = "lead@demo.symetrie.fr", setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void a_campaign_without_a_name_says_so_on_the_name_field_only_and_saves_nothing() {
        navigate(CampaignsView.class);
        int before = campaignCount();
        test(button("new-campaign")).click();
        test(button("save-campaign")).click();

        assertThat(fieldErrors()).containsExactly(Map.entry("campaign-name", "Une campagne doit avoir un nom."));
        assertThat(find(Paragraph.class).withId("campaign-error").all()).as("no error beside the fields").isEmpty();
        assertThat(find(Notification.class).all()).as("said in the dialog, not over the page").isEmpty();
        assertThat(find(Dialog.class).withId("campaign-dialog").all()).as("the dialog stays open").hasSize(1);
        assertThat(campaignCount()).isEqualTo(before);
    }

    @Test
    @WithUserDetails(value = "lead@demo.symetrie.fr", setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void each_refused_value_is_explained_on_its_own_field_and_the_error_goes_once_corrected() {
        navigate(CampaignsView.class);
        int before = campaignCount();
        test(button("new-campaign")).click();
        test(textField("campaign-name")).setValue("Pulse d’hiver");

        test(textField("campaign-reminders")).setValue("3, 30");
        test(button("save-campaign")).click();
        assertThat(fieldErrors()).containsExactly(Map.entry("campaign-reminders",
                "Les jours de relance doivent tomber pendant la vague (du jour 1 à la veille de la clôture)."));

        test(textField("campaign-reminders")).setValue("3, 99999999999");
        test(button("save-campaign")).click();
        assertThat(fieldErrors()).as("a number too long to read is out of the wave too")
                .containsOnlyKeys("campaign-reminders");

        test(textField("campaign-reminders")).setValue("3");
        test(integerField("campaign-length")).setValue(null);
        test(button("save-campaign")).click();
        assertThat(fieldErrors()).as("the corrected field is clear, the empty one says its range")
                .containsExactly(Map.entry("campaign-length", "Une vague dure entre 3 et 60 jours."));

        test(integerField("campaign-length")).setValue(21);
        integerField("campaign-k").setValue(2); // typed in: the tester refuses what is outside min/max
        test(button("save-campaign")).click();
        assertThat(fieldErrors()).containsExactly(Map.entry("campaign-k",
                "Le seuil d’anonymat est compris entre 3 et 10 réponses."));

        test(integerField("campaign-k")).setValue(8);
        test(integerField("campaign-k-comments")).setValue(6);
        test(button("save-campaign")).click();
        assertThat(fieldErrors()).containsExactly(Map.entry("campaign-k-comments",
                "Le seuil des commentaires est au moins égal au seuil d’anonymat, et de 50 au plus."));
        assertThat(campaignCount()).as("nothing saved on the way").isEqualTo(before);
    }

    @Test
    @WithUserDetails(value = "lead@demo.symetrie.fr", setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void a_refused_value_is_explained_in_english_to_an_english_reader() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate(CampaignsView.class);
        test(button("new-campaign")).click();
        test(textField("campaign-name")).setValue("Winter pulse");
        integerField("campaign-length").setValue(61); // typed in, past the step buttons’ max
        test(button("save-campaign")).click();
        assertThat(fieldErrors()).containsExactly(Map.entry("campaign-length",
                "A wave lasts between 3 and 60 days."));
    }

    @Test
    @WithUserDetails(value = "lead@demo.symetrie.fr", setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void thresholds_of_a_campaign_with_an_open_wave_are_refused_on_the_threshold_field() {
        navigate(CampaignsView.class);
        Campaign demo = (Campaign) grid("campaigns-grid").asSingleSelect().getValue();
        assertThat(demo.name()).isEqualTo("Baromètre du confort numérique");
        var campaignsGrid = test(grid("campaigns-grid"));
        int row = 0;
        while (!((Campaign) campaignsGrid.getRow(row)).id().equals(demo.id())) {
            row++;
        }
        Button edit = (Button) campaignsGrid.getCellComponent(row, 5);
        assertThat(edit.getId()).contains("edit-campaign-" + demo.id().value());
        test(edit).click();
        assertThat(textField("campaign-name").getValue()).as("the dialog shows the campaign").isEqualTo(demo.name());
        test(integerField("campaign-k")).setValue(demo.thresholds().k() + 1);
        test(integerField("campaign-k-comments")).setValue(demo.thresholds().kComments() + 1);
        test(button("save-campaign")).click();
        if (!find(Paragraph.class).withId("campaign-overlap").all().isEmpty()) {
            test(button("save-campaign")).click(); // an overlap warned about first is confirmed
        }
        assertThat(fieldErrors()).containsExactly(Map.entry("campaign-k",
                "Les seuils sont verrouillés tant qu’une vague est ouverte."));
        Campaign after = (Campaign) grid("campaigns-grid").asSingleSelect().getValue();
        assertThat(after.thresholds()).as("nothing saved").isEqualTo(demo.thresholds());
    }
}
