package app.symetrie.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.symetrie.map.ui.PredictionView;
import app.symetrie.map.ui.SatisfactionMapView;
import app.symetrie.test.WithDemoCompany;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import java.util.Locale;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import app.symetrie.map.SatisfactionMap;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The Satisfaction Map and the prediction form on the demo company, without a browser. Nothing is saved: a refused
 * save is checked before anything is stored, so the demo manager's prediction stays open for the browser journey.
 */
@WithDemoCompany
class MapViewsTest extends SpringBrowserlessTest {

    @Test
    @WithUserDetails(value = "employe@demo.symetrie.fr", setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void an_employee_reads_their_department_map_of_the_last_closed_wave_and_nothing_else() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate(SatisfactionMapView.class);
        @SuppressWarnings("unchecked")
        Select<String> unit = find(Select.class).withId("map-unit").single();
        assertThat(unit.getListDataView().getItems().count()).as("their own department only").isEqualTo(1);
        assertThat(find(Grid.class).withId("map-dimensions").exists()).isTrue();
        assertThat(find(Grid.class).withId("map-dimensions").single().getGenericDataView().getItems().count())
                .isEqualTo(6);
        assertThat(find(Grid.class).withId("map-moments").single().getGenericDataView().getItems().count())
                .isEqualTo(6);
        assertThat(find(Checkbox.class).withId("map-share").exists()).as("the setting is a lead's").isFalse();
        assertThat(find(Paragraph.class).withId("map-summary").single().getText()).contains("blind spot");
        assertThat(verdictCells("map-dimensions")).as("an employee plans no action: no link")
                .noneMatch(c -> c.getChildren().anyMatch(Anchor.class::isInstance));
    }

    /** The verdict column's cells of a map grid, as its renderer makes them. */
    @SuppressWarnings("unchecked")
    private java.util.List<Component> verdictCells(String gridId) {
        Grid<SatisfactionMap.Row> grid = find(Grid.class).withId(gridId).single();
        ComponentRenderer<Component, SatisfactionMap.Row> renderer = (ComponentRenderer<Component, SatisfactionMap.Row>)
                grid.getColumns().getLast().getRenderer();
        return grid.getGenericDataView().getItems().map(renderer::createComponent).toList();
    }

    @Test
    @WithUserDetails(value = "manager@demo.symetrie.fr", setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void a_manager_acts_on_a_blind_spot_of_their_department_from_the_map() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate(SatisfactionMapView.class);
        @SuppressWarnings("unchecked")
        Select<String> unit = find(Select.class).withId("map-unit").single();
        String department = unit.getValue();
        // Each blind spot carries "act on this": the action form, pre-filled with the department and the target.
        List<Anchor> links = java.util.stream.Stream.of("map-dimensions", "map-moments")
                .flatMap(id -> verdictCells(id).stream())
                .flatMap(c -> c.getChildren().filter(Anchor.class::isInstance).map(Anchor.class::cast)).toList();
        assertThat(links).isNotEmpty().allSatisfy(a -> {
            assertThat(a.getHref()).startsWith("actions/edit?").contains("kind=").contains("code=")
                    .contains("department=" + department);
            assertThat(a.getText()).isEqualTo("Act on this");
        });
    }

    @Test
    @WithUserDetails(value = "lead@demo.symetrie.fr", setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void a_lead_opens_the_company_map_and_the_campaign_setting() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate(SatisfactionMapView.class);
        @SuppressWarnings("unchecked")
        Select<String> unit = find(Select.class).withId("map-unit").single();
        assertThat(unit.getListDataView().getItems().count()).as("the company and every department")
                .isGreaterThan(10);
        unit.setValue(SatisfactionMapViewAccess.COMPANY);
        assertThat(find(Checkbox.class).withId("map-share").single().getValue()).as("on by default").isTrue();
        assertThat(find(Grid.class).withId("map-dimensions").exists()).isTrue();
    }

    @Test
    @WithUserDetails(value = "manager@demo.symetrie.fr", setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void a_manager_sees_the_open_wave_to_predict_and_an_incomplete_prediction_is_refused_question_by_question() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate(PredictionView.class);
        Div form = find(Div.class).withId("prediction-department").single();
        assertThat(find(RadioButtonGroup.class).from(form).all()).hasSize(12);
        test(find(Button.class).withId("predict-department-save").single()).click();
        assertThat(find(RadioButtonGroup.class).from(form).all()).allMatch(RadioButtonGroup::isInvalid);
        assertThat(find(Paragraph.class).from(form).all().stream().map(Paragraph::getText))
                .anyMatch(t -> t.startsWith("Not predicted yet"));
    }

    /** The view's value for the company in its unit picker. */
    static final class SatisfactionMapViewAccess {
        static final String COMPANY = "company";
    }
}
