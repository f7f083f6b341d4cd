package app.symetrie.internalcustomer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.symetrie.internalcustomer.InternalCustomerRecords.SupportFunction;
import app.symetrie.internalcustomer.InternalCustomerRecords.WavePanel;
import app.symetrie.internalcustomer.InternalCustomerService;
import app.symetrie.test.WithDemoCompany;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.html.H3;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The internal-customers view on the demo company: a lead picks any support function and reads the story the demo
 * tells (front office rates IT and Purchasing lower than other support functions do); the head of Comptabilité reads
 * Comptabilité only, without the company's two axes.
 */
@WithDemoCompany
class InternalCustomersViewTest extends SpringBrowserlessTest {

    @Autowired
    InternalCustomerService service;

    @BeforeEach
    void french() {
        UI.getCurrent().setLocale(Locale.FRENCH);
    }

    @SuppressWarnings("unchecked")
    private Select<SupportFunction> functions() {
        return find(Select.class).withId("internal-function").single();
    }

    private SupportFunction named(String name) {
        return functions().getListDataView().getItems().filter(f -> f.name().equals(name)).findFirst()
                .orElseThrow();
    }

    @Test
    @WithUserDetails(value = "lead@demo.symetrie.fr", setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void a_lead_reads_every_support_function_and_front_office_rates_it_and_purchasing_lowest() {
        navigate(InternalCustomersView.class);
        assertThat(functions().getListDataView().getItems().map(SupportFunction::name)).hasSize(7)
                .contains("Informatique", "Achats", "Juridique");
        assertThat(find(Div.class).withId("internal-symmetry").exists()).isTrue();

        functions().setValue(named("Informatique"));
        assertThat(find(H3.class).all().stream().map(H3::getText)).anyMatch(t -> t.startsWith("Informatique, vague de"));

        for (String low : List.of("Informatique", "Achats")) {
            WavePanel it = service.panel(named(low).id(), Locale.FRENCH).latest();
            assertThat(it.frontOffice()).as(low).isNotNull();
            assertThat(it.otherSupport()).as(low).isNotNull();
            assertThat(it.frontOffice().overall().value()).as(low)
                    .isLessThan(it.otherSupport().overall().value() - 10).isLessThan(45);
        }
        WavePanel hr = service.panel(named("Ressources humaines").id(), Locale.FRENCH).latest();
        assertThat(hr.frontOffice().overall().value()).isGreaterThan(50);
    }

    @Test
    @WithUserDetails(value = "manager@demo.symetrie.fr", setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void the_head_of_a_support_function_reads_its_panel_only() {
        navigate(InternalCustomersView.class);
        assertThat(functions().getListDataView().getItems().map(SupportFunction::name))
                .containsExactly("Comptabilité");
        assertThat(functions().getValue().name()).isEqualTo("Comptabilité");
        assertThat(find(Div.class).withId("internal-symmetry").exists()).isFalse();
    }
}
