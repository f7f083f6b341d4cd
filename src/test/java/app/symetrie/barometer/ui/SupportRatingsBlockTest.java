package app.symetrie.barometer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.symetrie.barometer.ServiceStatements.RatedFunction;
import app.symetrie.test.WithDemoCompany;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The survey's optional block of support functions, as the head of Comptabilité (a support function) meets it: every
 * support function but their own, at most three ticked, three skippable statements each. Nothing is sent.
 */
@WithDemoCompany
class SupportRatingsBlockTest extends SpringBrowserlessTest {

    private static final String NATHALIE = "manager@demo.symetrie.fr"; // Comptabilité

    @BeforeEach
    void french() {
        UI.getCurrent().setLocale(Locale.FRENCH);
    }

    @SuppressWarnings("unchecked")
    private CheckboxGroup<RatedFunction> functions() {
        return find(CheckboxGroup.class).withId("support-functions").single();
    }

    private RatedFunction named(String name) {
        return functions().getListDataView().getItems().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    @WithUserDetails(value = NATHALIE, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void the_block_offers_every_support_function_but_the_rater_s_own_department() {
        navigate(MyBarometerView.class);
        List<String> offered = functions().getListDataView().getItems().map(RatedFunction::name).toList();
        assertThat(offered).doesNotContain("Comptabilité").contains("Informatique", "Achats", "Ressources humaines")
                .doesNotContain("Service client", "Marketing");
        assertThat(offered).hasSize(6);
        assertThat(find(SupportRatingsBlock.class).single().isVisible()).isTrue();
    }

    @Test
    @WithUserDetails(value = NATHALIE, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void up_to_three_functions_are_rated_and_a_statement_left_alone_is_skipped() {
        navigate(MyBarometerView.class);
        RatedFunction it = named("Informatique");
        RatedFunction buy = named("Achats");
        RatedFunction hr = named("Ressources humaines");
        functions().setValue(Set.of(it, buy, hr));
        assertThat(functions().getItemEnabledProvider().test(named("Juridique"))).isFalse();
        assertThat(functions().getItemEnabledProvider().test(it)).isTrue();

        @SuppressWarnings("unchecked")
        RadioButtonGroup<Integer> itResponsiveness = find(RadioButtonGroup.class)
                .withId("service-" + it.departmentId() + "-responsiveness").single();
        assertThat(itResponsiveness.getLabel()).isEqualTo("Informatique : mes demandes sont traitées rapidement");
        test(itResponsiveness).selectItem("plutôt pas d’accord"); // 2
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Integer> buyClarity = find(RadioButtonGroup.class)
                .withId("service-" + buy.departmentId() + "-clarity").single();
        test(buyClarity).selectItem("pas du tout d’accord"); // 1

        // HR ticked but nothing answered: not a rating; unticking Achats drops its answer
        assertThat(find(SupportRatingsBlock.class).single().ratings()).isEqualTo(Map.of(
                it.departmentId(), Map.of("responsiveness", 2), buy.departmentId(), Map.of("clarity", 1)));
        functions().setValue(Set.of(it, hr));
        assertThat(find(SupportRatingsBlock.class).single().ratings()).isEqualTo(Map.of(
                it.departmentId(), Map.of("responsiveness", 2)));
        assertThat(functions().getItemEnabledProvider().test(named("Juridique"))).isTrue();
    }
}
