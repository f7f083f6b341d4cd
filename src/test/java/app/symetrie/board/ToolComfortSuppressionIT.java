package app.symetrie.board;

import static app.symetrie.barometer.BarometerFixture.as;
import static app.symetrie.barometer.BarometerFixture.campaign;
import static app.symetrie.barometer.BarometerFixture.complete;
import static app.symetrie.barometer.BarometerFixture.department;
import static app.symetrie.barometer.BarometerFixture.submitAs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.symetrie.barometer.AnswerForm;
import app.symetrie.barometer.BarometerService;
import app.symetrie.barometer.Campaign;
import app.symetrie.barometer.CampaignService;
import app.symetrie.barometer.Frequency;
import app.symetrie.barometer.Questionnaire;
import app.symetrie.barometer.QuestionnaireService;
import app.symetrie.barometer.Wave;
import app.symetrie.board.BoardRecords.DepartmentBoard;
import app.symetrie.board.BoardRecords.ToolRow;
import app.symetrie.common.Role;
import app.symetrie.organization.DepartmentId;
import app.symetrie.organization.DepartmentKind;
import app.symetrie.organization.Employee;
import app.symetrie.organization.OrganizationService;
import app.symetrie.test.IntegrationTest;
import app.symetrie.test.TestClock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * A tool's comfort is rated by its users only, so a published department can hold few raters of one tool. The
 * company's comfort (a company-wide action's track shows it, with its count) minus a shown department's must never
 * give the comfort of the few users elsewhere: each tool gets its own suppression pass (ItemPublication).
 */
@IntegrationTest
@Import(TestClock.Config.class)
class ToolComfortSuppressionIT {

    @Autowired
    OrganizationService organization;
    @Autowired
    CampaignService campaigns;
    @Autowired
    BarometerService barometer;
    @Autowired
    QuestionnaireService questionnaires;
    @Autowired
    BoardService boards;
    @Autowired
    IndicatorFigures indicators;
    @Autowired
    TestClock clock;

    @Test
    void the_few_users_of_a_tool_in_one_department_cannot_be_read_by_subtracting_the_company_and_the_others() {
        String suffix = Long.toString(System.nanoTime() % 1_000_000);
        List<Employee> compta = department(organization, "Outils Compta " + suffix, DepartmentKind.SUPPORT, 6);
        List<Employee> ventes = department(organization, "Outils Ventes " + suffix, DepartmentKind.FRONT_OFFICE, 7);
        DepartmentId comptaId = compta.getFirst().departmentId();
        LocalDate opening = LocalDate.of(2037, 3, 2);
        Campaign c = as(Role.LEAD, () -> campaigns.saveCampaign(campaign("Outils " + suffix, opening,
                List.of(comptaId, ventes.getFirst().departmentId()))));
        clock.setDay(opening);
        campaigns.advance(opening);
        Wave wave = campaigns.waves(c.id()).getFirst();
        Questionnaire q = questionnaires.version(wave.questionnaireVersion());
        String tool = q.tools().getFirst().code();
        String other = q.tools().get(1).code();
        // Compta: all 6 use the tool daily, comfort 4. Ventes: 7 answers, only 2 use it (comfort 1).
        compta.forEach(e -> submitAs(e, barometer, wave.id(), complete(q, 4, null)));
        for (int i = 0; i < ventes.size(); i++) {
            submitAs(ventes.get(i), barometer, wave.id(), usingTheToolOrNot(q, tool, i < 2));
        }
        as(Role.LEAD, () -> campaigns.closeNow(wave.id()));

        // The company's comfort with the tool: 8 users, (6 × 4 + 2 × 1) / 8 = 3.25 on 1–5 — shown, with its count.
        IndicatorFigures.Track company = as(Role.LEAD, () -> indicators.around(null, IndicatorFigures.Indicator.TOOL,
                tool, opening.minusDays(1)));
        IndicatorFigures.Figure companyFigure = company.since().getFirst().figure();
        assertThat(companyFigure.published()).isTrue();
        assertThat(companyFigure.n()).isEqualTo(8);
        // Compta's 6 users would leave 8 − 6 = 2 — Ventes' two — by subtraction: Compta's comfort is not shown,
        // though its answers are published and each of its people uses the tool.
        DepartmentBoard board = as(Role.LEAD, () -> boards.departmentBoard(comptaId, wave.id(), Locale.ENGLISH))
                .orElseThrow();
        assertThat(board.figures()).isInstanceOf(DepartmentBoard.Shown.class);
        ToolRow row = board.tools().stream().filter(t -> t.code().equals(tool)).findFirst().orElseThrow();
        assertThat(row.comfort()).isNull();
        assertThat(row.weeklyShare()).as("its use is still shown: a share of all 6 answers").isCloseTo(1.0,
                within(1e-9));
        assertThat(as(Role.LEAD, () -> indicators.around(comptaId, IndicatorFigures.Indicator.TOOL, tool,
                opening.minusDays(1))).since().getFirst().figure().published()).isFalse();
        // A tool all 13 use is shown for Compta (rest 7).
        ToolRow everyone = board.tools().stream().filter(t -> t.code().equals(other)).findFirst().orElseThrow();
        assertThat(everyone.comfort()).isNotNull();
    }

    private static AnswerForm usingTheToolOrNot(Questionnaire q, String tool, boolean uses) {
        AnswerForm base = complete(q, 4, null);
        Map<String, AnswerForm.ToolUse> tools = new HashMap<>(base.tools());
        tools.put(tool, uses ? new AnswerForm.ToolUse(Frequency.DAILY, 1) : new AnswerForm.ToolUse(Frequency.NEVER,
                null));
        return new AnswerForm(base.scores(), tools, base.painPoints(), base.recommend(), base.comment());
    }
}
