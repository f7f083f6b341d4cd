package app.symetrie.mirror.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.symetrie.mirror.MeasureKind;
import app.symetrie.mirror.MirrorRecords.DepartmentTrend;
import app.symetrie.mirror.MirrorRecords.StoredFigure;
import app.symetrie.mirror.MirrorRecords.WaveChoice;
import app.symetrie.test.WithDemoCompany;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The customer mirror on the demo company, as a lead: the scatter's r in words with its interval and caveats, the lag,
 * another measure with too few departments, and a typed figure refused on its field.
 */
@WithDemoCompany
@WithUserDetails(value = "lead@demo.symetrie.fr", setupBefore = TestExecutionEvent.TEST_EXECUTION)
class CustomerMirrorViewTest extends SpringBrowserlessTest {

    @BeforeEach
    void french() {
        UI.getCurrent().setLocale(Locale.FRENCH);
    }

    private String text(String id) {
        return find(Paragraph.class).withId(id).single().getText();
    }

    @Test
    void a_lead_reads_r_with_its_interval_and_the_caveats_then_turns_the_lag_on() {
        navigate(CustomerMirrorView.class);
        assertThat(text("mirror-r")).startsWith("Corrélation r = ").contains("intervalle à 95 %")
                .contains("n = 6 départements");
        String caveats = find(com.vaadin.flow.component.html.Div.class).withId("mirror-caveats").single()
                .getElement().getTextRecursively();
        assertThat(caveats).contains("Corrélation n’est pas causalité").contains("6 départements, c’est peu")
                .contains("même trimestre");
        @SuppressWarnings("unchecked")
        Select<DepartmentTrend> department = find(Select.class).withId("mirror-department").single();
        assertThat(department.getValue()).isNotNull();
        assertThat(department.getValue().hasCustomerFigures()).isTrue();

        Checkbox lag = find(Checkbox.class).withId("mirror-lag").single();
        test(lag).click();
        @SuppressWarnings("unchecked")
        Select<WaveChoice> wave = find(Select.class).withId("mirror-wave").single();
        assertThat(find(Paragraph.class).withId("mirror-r").single().getText()).contains("n = 6 départements");
        String lagged = find(com.vaadin.flow.component.html.Div.class).withId("mirror-caveats").single()
                .getElement().getTextRecursively();
        assertThat(lagged).contains("trimestre suivant, " + wave.getValue().period().next());
    }

    @Test
    void with_a_measure_of_one_department_the_view_says_there_are_too_few() {
        navigate(CustomerMirrorView.class);
        @SuppressWarnings("unchecked")
        Select<MeasureKind> kind = find(Select.class).withId("mirror-kind").single();
        test(kind).selectItem("NPS (−100 à 100)");
        assertThat(text("mirror-r")).startsWith("Pas de corrélation").contains("trop peu de départements");
    }

    @Test
    void a_typed_figure_out_of_range_is_refused_on_its_field_and_nothing_is_saved() {
        navigate(CustomerMirrorView.class);
        @SuppressWarnings("unchecked")
        Grid<StoredFigure> figures = find(Grid.class).withId("mirror-figures-grid").single();
        int before = test(figures).size();
        test(find(Button.class).withId("mirror-add").single()).click();
        @SuppressWarnings("unchecked")
        Select<app.symetrie.organization.Department> department = find(Select.class)
                .withId("mirror-figure-department").single();
        test(department).selectItem("Agence Lyon");
        test(find(TextField.class).withId("mirror-figure-period").single()).setValue("T1 2031");
        TextField value = find(TextField.class).withId("mirror-figure-value").single();
        test(value).setValue("104,5");
        test(find(Button.class).withId("mirror-figure-save").single()).click();
        assertThat(value.isInvalid()).isTrue();
        assertThat(value.getErrorMessage()).isEqualTo("Un CSAT va de 0 à 100 (%).");
        assertThat(test(figures).size()).isEqualTo(before);
    }
}
