package app.symetrie.barometer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.symetrie.barometer.internal.Ballot;
import app.symetrie.organization.Department;
import app.symetrie.organization.DepartmentId;
import app.symetrie.organization.DepartmentKind;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The survey's block of support functions: what it offers (never the rater's own department), what an answer may
 * carry, and that the ratings travel inside the ballot.
 */
class ServiceStatementsTest {

    private static Department dept(String id, String name, DepartmentKind kind, String parent) {
        return new Department(new DepartmentId(id), name, kind, parent == null ? null : new DepartmentId(parent));
    }

    private final List<Department> company = List.of(
            dept("it", "IT", DepartmentKind.SUPPORT, null),
            dept("helpdesk", "Helpdesk", DepartmentKind.SUPPORT, "it"),
            dept("hr", "HR", DepartmentKind.SUPPORT, null),
            dept("buy", "Purchasing", DepartmentKind.SUPPORT, null),
            dept("shop", "Shop", DepartmentKind.FRONT_OFFICE, null),
            dept("corner", "Corner", DepartmentKind.SUPPORT, "shop"));

    private static List<String> ids(List<ServiceStatements.RatedFunction> offered) {
        return offered.stream().map(ServiceStatements.RatedFunction::departmentId).toList();
    }

    @Test
    void the_block_never_offers_the_rater_s_own_department_nor_the_function_it_is_part_of() {
        assertThat(ids(ServiceStatements.offeredTo(company, "hr"))).containsExactly("corner", "it", "buy");
        assertThat(ids(ServiceStatements.offeredTo(company, "helpdesk"))).doesNotContain("it", "helpdesk");
        assertThat(ids(ServiceStatements.offeredTo(company, "it"))).doesNotContain("it", "helpdesk");
        for (Department rater : company) {
            assertThat(ids(ServiceStatements.offeredTo(company, rater.id().value())))
                    .as(rater.name()).doesNotContain(rater.id().value());
        }
    }

    @Test
    void support_functions_are_support_departments_not_inside_another_support_department_by_name() {
        assertThat(ServiceStatements.functions(company)).extracting(Department::name)
                .containsExactly("Corner", "HR", "IT", "Purchasing");
        assertThat(ids(ServiceStatements.offeredTo(company, "shop"))).containsExactly("corner", "hr", "it", "buy");
    }

    private static AnswerForm complete(Questionnaire q, Map<String, Map<String, Integer>> services) {
        return BarometerFixture.complete(q, 3, "").withServices(services);
    }

    @Test
    void ratings_the_form_cannot_send_are_refused_as_tampering() {
        Questionnaire q = DefaultQuestionnaire.version1();
        AnswerValidator.validate(q, complete(q, Map.of("it", Map.of("responsiveness", 4, "clarity", 1))));
        assertThatThrownBy(() -> AnswerValidator.validate(q, complete(q, Map.of("it", Map.of("speed", 4)))))
                .isInstanceOf(AnswerValidator.TamperedAnswer.class);
        assertThatThrownBy(() -> AnswerValidator.validate(q, complete(q, Map.of("it", Map.of("clarity", 6)))))
                .isInstanceOf(AnswerValidator.TamperedAnswer.class);
        assertThatThrownBy(() -> AnswerValidator.validate(q, complete(q, Map.of("it", Map.of("clarity", 0)))))
                .isInstanceOf(AnswerValidator.TamperedAnswer.class);
        Map<String, Map<String, Integer>> four = new HashMap<>();
        List.of("a", "b", "c", "d").forEach(f -> four.put(f, Map.of("clarity", 3)));
        assertThatThrownBy(() -> AnswerValidator.validate(q, complete(q, four)))
                .isInstanceOf(AnswerValidator.TamperedAnswer.class);
    }

    @Test
    void a_function_ticked_without_any_statement_answered_is_not_a_rating() {
        Questionnaire q = DefaultQuestionnaire.version1();
        assertThat(complete(q, Map.of("it", Map.of(), "hr", Map.of("clarity", 2))).services())
                .containsOnlyKeys("hr");
    }

    @Test
    void the_ratings_travel_inside_the_ballot_and_come_out_as_they_went_in() {
        Questionnaire q = DefaultQuestionnaire.version1();
        AnswerForm form = complete(q, Map.of("it", Map.of("responsiveness", 2, "self_service", 1),
                "hr", Map.of("clarity", 5)));
        Ballot back = Ballot.fromText(new Ballot("shop", null, 1, form).toText());
        assertThat(back.form().services()).isEqualTo(form.services());
        // a ballot sealed before the block existed opens with no ratings
        String old = new Ballot("shop", null, 1, BarometerFixture.complete(q, 3, "")).toText()
                .replace(", \"sv\": []", "");
        assertThat(old).doesNotContain("\"sv\"");
        assertThat(Ballot.fromText(old).form().services()).isEmpty();
    }
}
