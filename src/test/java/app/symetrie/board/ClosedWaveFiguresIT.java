package app.symetrie.board;

import static app.symetrie.barometer.BarometerFixture.as;
import static app.symetrie.barometer.BarometerFixture.campaign;
import static app.symetrie.barometer.BarometerFixture.complete;
import static app.symetrie.barometer.BarometerFixture.department;
import static app.symetrie.barometer.BarometerFixture.submitAs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.symetrie.barometer.BarometerService;
import app.symetrie.barometer.Campaign;
import app.symetrie.barometer.CampaignService;
import app.symetrie.barometer.Questionnaire;
import app.symetrie.barometer.QuestionnaireService;
import app.symetrie.barometer.Wave;
import app.symetrie.board.BoardRecords.CompanyOverview;
import app.symetrie.board.BoardRecords.DepartmentBoard;
import app.symetrie.board.BoardRecords.HeatmapRow;
import app.symetrie.board.internal.BoardFiguresStore;
import app.symetrie.common.Role;
import app.symetrie.organization.DepartmentId;
import app.symetrie.organization.DepartmentKind;
import app.symetrie.organization.Employee;
import app.symetrie.organization.OrganizationService;
import app.symetrie.test.IntegrationTest;
import app.symetrie.test.TestClock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * The figures boards read of a closed wave are computed once, at its release, and read back as they were
 * (docs/decisions/028). Hand-checked: "Gel Alpha" (support, 6 people): 3 answer every statement 2 (score 25) and 3
 * answer 4 (score 75) → DCI 50; "Gel Beta" (front office, 6): all 5 → DCI 100; company (12 answers) DCI 75. Every
 * answer recommends 8 (a passive: eNPS 0) and ticks the questionnaire's first pain point (prevalence 100 %).
 */
@IntegrationTest
@Import(TestClock.Config.class)
class ClosedWaveFiguresIT {

    @Autowired
    CampaignService campaigns;
    @Autowired
    BarometerService barometer;
    @Autowired
    QuestionnaireService questionnaires;
    @Autowired
    OrganizationService organization;
    @Autowired
    BoardService boards;
    @Autowired
    ClosedWaveFigures figures;
    @Autowired
    BoardFiguresStore store;
    @Autowired
    TestClock clock;

    /** Opens the first wave of a campaign over these departments, then pauses the campaign (no later wave). */
    private Wave open(String name, LocalDate opening, List<DepartmentId> departments) {
        Campaign c = as(Role.LEAD, () -> campaigns.saveCampaign(campaign(name, opening, departments)));
        clock.setDay(opening);
        campaigns.advance(opening);
        Wave wave = campaigns.waves(c.id()).getFirst();
        as(Role.LEAD, () -> campaigns.saveCampaign(new Campaign(c.id(), c.name(), c.cadence(), c.firstOpening(),
                c.waveLengthDays(), c.targetDepartments(), c.reminderDays(), c.thresholds(), false)));
        return wave;
    }

    @Test
    void a_closed_wave_s_figures_are_computed_at_its_release_and_never_again_by_a_read() {
        List<Employee> alpha = department(organization, "Gel Alpha", DepartmentKind.SUPPORT, 6);
        List<Employee> beta = department(organization, "Gel Beta", DepartmentKind.FRONT_OFFICE, 6);
        DepartmentId alphaId = alpha.getFirst().departmentId();
        DepartmentId betaId = beta.getFirst().departmentId();
        Wave wave = open("Gel", LocalDate.of(2041, 3, 4), List.of(alphaId, betaId));
        Questionnaire q = questionnaires.version(wave.questionnaireVersion());
        for (int i = 0; i < 6; i++) {
            submitAs(alpha.get(i), barometer, wave.id(), complete(q, i < 3 ? 2 : 4, ""));
            submitAs(beta.get(i), barometer, wave.id(), complete(q, 5, ""));
        }

        int beforeClose = figures.computations(wave.id());
        as(Role.LEAD, () -> campaigns.closeNow(wave.id()));
        assertThat(figures.computations(wave.id())).as("computed once, by the release").isEqualTo(beforeClose + 1);
        assertThat(store.byIds(List.of(wave.id().value() + "|references"))).hasSize(1);

        DepartmentBoard a = as(Role.LEAD, () -> boards.departmentBoard(alphaId, wave.id(), Locale.FRENCH))
                .orElseThrow();
        DepartmentBoard b = as(Role.LEAD, () -> boards.departmentBoard(betaId, wave.id(), Locale.FRENCH))
                .orElseThrow();
        CompanyOverview overview = as(Role.LEAD, () -> boards.overview(wave.id(), null, Locale.FRENCH))
                .orElseThrow();
        assertThat(a.figures()).isInstanceOf(DepartmentBoard.Shown.class);
        assertThat(a.n()).isEqualTo(6);
        assertThat(a.dci().value()).isCloseTo(50, within(1e-9));
        assertThat(a.enps().value()).isZero();
        assertThat(a.pains().getFirst().prevalence()).isCloseTo(1.0, within(1e-9));
        assertThat(b.dci().value()).isCloseTo(100, within(1e-9));
        assertThat(overview.n()).isEqualTo(12);
        assertThat(overview.dci().value()).isCloseTo(75, within(1e-9));
        HeatmapRow alphaRow = overview.rows().stream().filter(r -> r.departmentId().equals(alphaId)).findFirst()
                .orElseThrow();
        assertThat(alphaRow.dci()).isCloseTo(50, within(1e-9));
        assertThat(alphaRow.n()).isEqualTo(6);

        // A department without answers in the wave: hidden, as a type — no count, no figure.
        DepartmentId outside = department(organization, "Gel Epsilon", DepartmentKind.SUPPORT, 1).getFirst()
                .departmentId();
        DepartmentBoard hidden = as(Role.LEAD, () -> boards.departmentBoard(outside, wave.id(), Locale.FRENCH))
                .orElseThrow();
        assertThat(hidden.figures()).isEqualTo(new DepartmentBoard.Hidden());
        assertThat(hidden.n()).isZero();
        assertThat(hidden.dci()).isNull();
        assertThat(hidden.trends()).isNotEmpty();

        int afterFirstReads = figures.computations(wave.id());
        assertThat(afterFirstReads).as("the first reads found them stored").isEqualTo(beforeClose + 1);
        DepartmentBoard again = as(Role.LEAD, () -> boards.departmentBoard(alphaId, wave.id(), Locale.FRENCH))
                .orElseThrow();
        as(Role.LEAD, () -> boards.overview(wave.id(), DepartmentKind.SUPPORT, Locale.FRENCH)).orElseThrow();
        assertThat(figures.computations(wave.id())).as("a second read computes nothing").isEqualTo(afterFirstReads);
        assertThat(again.dci()).isEqualTo(a.dci());
        assertThat(again.trends()).isEqualTo(a.trends());

        // Forgotten (as a rebuild or a repair does), they are computed again from the rollups, alike.
        figures.forget(wave.id());
        assertThat(store.byIds(List.of(wave.id().value() + "|references"))).isEmpty();
        DepartmentBoard remade = as(Role.LEAD, () -> boards.departmentBoard(alphaId, wave.id(), Locale.FRENCH))
                .orElseThrow();
        assertThat(figures.computations(wave.id())).isEqualTo(afterFirstReads + 1);
        assertThat(remade.dci()).isEqualTo(a.dci());
        assertThat(remade.statements()).isEqualTo(a.statements());
    }

    @Test
    void a_close_undone_freezes_nothing_and_the_release_counts_every_answer() {
        List<Employee> people = department(organization, "Gel Gamma", DepartmentKind.SUPPORT, 8);
        DepartmentId id = people.getFirst().departmentId();
        LocalDate opening = LocalDate.of(2041, 6, 3);
        Wave wave = open("Gel repris", opening, List.of(id));
        Questionnaire q = questionnaires.version(wave.questionnaireVersion());
        people.subList(0, 6).forEach(e -> submitAs(e, barometer, wave.id(), complete(q, 2, "")));

        int before = figures.computations(wave.id());
        as(Role.LEAD, () -> campaigns.scheduleClose(wave.id()));
        // A board read while the close is pending: the wave is not closed, nothing of it is computed or stored.
        as(Role.LEAD, () -> boards.departmentBoard(id, null, Locale.FRENCH));
        assertThat(as(Role.LEAD, boards::publishedWaves)).noneMatch(w -> w.id().equals(wave.id()));
        assertThat(store.byIds(List.of(wave.id().value() + "|references"))).isEmpty();

        as(Role.LEAD, () -> campaigns.reopen(wave.id()));
        people.subList(6, 8).forEach(e -> submitAs(e, barometer, wave.id(), complete(q, 4, "")));
        as(Role.LEAD, () -> campaigns.closeNow(wave.id()));

        DepartmentBoard board = as(Role.LEAD, () -> boards.departmentBoard(id, wave.id(), Locale.FRENCH))
                .orElseThrow();
        assertThat(board.n()).isEqualTo(8);
        // (6 × 25 + 2 × 75) / 8
        assertThat(board.dci().value()).isCloseTo(37.5, within(1e-9));
        assertThat(figures.computations(wave.id())).as("once, at the release").isEqualTo(before + 1);
    }
}
