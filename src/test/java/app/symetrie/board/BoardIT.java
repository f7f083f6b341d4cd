package app.symetrie.board;

import static app.symetrie.barometer.BarometerFixture.as;
import static app.symetrie.barometer.BarometerFixture.department;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.symetrie.barometer.AnswerForm;
import app.symetrie.barometer.AnonymityThresholds;
import app.symetrie.barometer.BarometerService;
import app.symetrie.barometer.Cadence;
import app.symetrie.barometer.Campaign;
import app.symetrie.barometer.CampaignId;
import app.symetrie.barometer.CampaignService;
import app.symetrie.barometer.Frequency;
import app.symetrie.barometer.Questionnaire;
import app.symetrie.barometer.QuestionnaireService;
import app.symetrie.barometer.Wave;
import app.symetrie.board.BoardRecords.CompanyOverview;
import app.symetrie.board.BoardRecords.DepartmentBoard;
import app.symetrie.board.BoardRecords.HeatmapRow;
import app.symetrie.board.internal.RollupStore;
import app.symetrie.common.Role;
import app.symetrie.organization.DepartmentKind;
import app.symetrie.organization.Employee;
import app.symetrie.organization.OrganizationService;
import app.symetrie.test.IntegrationTest;
import app.symetrie.test.TestClock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.bson.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * Boards on a fixed dataset whose figures were computed by hand:
 * Compta (support, 6 people): 3 answer every statement 2 (score 25, recommend 3, tick slow equipment) and 3 answer 4
 * (score 75, recommend 9) → DCI 50, eNPS 0, slow equipment 50 %. Vente (front, 6): all 5 (score 100, recommend 10)
 * → DCI 100, eNPS 100. RH (support, 5): all 3 (score 50). Mini (support, 4): all 1 (score 0) → never shown.
 * Company: 21 answers, DCI (300 + 600 + 250 + 0) / 21. Support functions: 15 answers, DCI 550 / 15.
 * Differencing: company 21 − Compta − Vente − RH = Mini's 4 → RH (the smallest) is hidden too, leaving 9.
 */
@IntegrationTest
@Import(TestClock.Config.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BoardIT {

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
    RollupStore rollups;
    @Autowired
    TestClock clock;

    List<Employee> compta;
    List<Employee> vente;
    List<Employee> mini;
    List<Employee> rh;
    Wave wave;

    private AnswerForm answer(Questionnaire q, int score, int recommend, Set<String> pains) {
        Map<String, Integer> scores = new HashMap<>();
        q.statements().forEach(s -> scores.put(s.code(), score));
        Map<String, AnswerForm.ToolUse> tools = new HashMap<>();
        q.tools().forEach(t -> tools.put(t.code(), t.code().equals("crm")
                ? new AnswerForm.ToolUse(Frequency.NEVER, null) : new AnswerForm.ToolUse(Frequency.DAILY, score)));
        return new AnswerForm(scores, tools, pains, recommend, "Commentaire " + score);
    }

    private void answer(Employee e, AnswerForm form) {
        as(e, () -> {
            barometer.submit(wave.id(), form);
            return null;
        });
    }

    @BeforeAll
    void dataset() {
        compta = department(organization, "Compta", DepartmentKind.SUPPORT, 6);
        vente = department(organization, "Vente", DepartmentKind.FRONT_OFFICE, 6);
        mini = department(organization, "Mini", DepartmentKind.SUPPORT, 4);
        rh = department(organization, "RH", DepartmentKind.SUPPORT, 5);
        LocalDate opening = LocalDate.of(2026, 2, 2);
        Campaign campaign = as(Role.LEAD, () -> campaigns.saveCampaign(new Campaign(CampaignId.random(), "Fixe",
                Cadence.QUARTERLY, opening, 14, List.of(), List.of(), AnonymityThresholds.DEFAULT, true)));
        clock.setDay(opening);
        campaigns.advance(opening);
        wave = campaigns.waves(campaign.id()).getFirst();
        // Paused: its later waves must not open in other tests sharing this context.
        as(Role.LEAD, () -> campaigns.saveCampaign(new Campaign(campaign.id(), campaign.name(), campaign.cadence(),
                campaign.firstOpening(), campaign.waveLengthDays(), campaign.targetDepartments(),
                campaign.reminderDays(), campaign.thresholds(), false)));
        Questionnaire q = questionnaires.version(wave.questionnaireVersion());
        for (int i = 0; i < 6; i++) {
            answer(compta.get(i), i < 3 ? answer(q, 2, 3, Set.of("slow_equipment")) : answer(q, 4, 9, Set.of()));
            answer(vente.get(i), answer(q, 5, 10, Set.of()));
        }
        mini.forEach(e -> answer(e, answer(q, 1, 0, Set.of("slow_support"))));
        rh.forEach(e -> answer(e, answer(q, 3, 7, Set.of())));
        as(Role.LEAD, () -> campaigns.closeNow(wave.id()));
    }

    @Test
    void rebuilding_the_rollups_from_released_answers_gives_exactly_those_computed_at_close() {
        List<Document> incremental = normalized(rollups.raw(wave.id()));
        int read = rollups.rebuild(wave.id(), wave.thresholds().k());
        assertThat(read).isEqualTo(21);
        List<Document> rebuilt = normalized(rollups.raw(wave.id()));
        assertThat(rebuilt).hasSameSizeAs(incremental);
        for (int i = 0; i < rebuilt.size(); i++) {
            assertSameNumbers(rebuilt.get(i), incremental.get(i), rebuilt.get(i).getString("_id"));
        }
    }

    private static List<Document> normalized(List<Document> docs) {
        List<Document> copy = new ArrayList<>(docs);
        copy.sort(Comparator.comparing(d -> d.getString("_id")));
        return copy;
    }

    private static void assertSameNumbers(Document a, Document b, String path) {
        assertThat(a.keySet()).as(path).isEqualTo(b.keySet());
        for (String key : a.keySet()) {
            Object x = a.get(key);
            Object y = b.get(key);
            if (x instanceof Document dx) {
                assertSameNumbers(dx, (Document) y, path + "." + key);
            } else if (x instanceof Number nx) {
                assertThat(nx.doubleValue()).as(path + "." + key).isCloseTo(((Number) y).doubleValue(), within(1e-9));
            } else {
                assertThat(x).as(path + "." + key).isEqualTo(y);
            }
        }
    }

    @Test
    void the_department_board_shows_hand_computed_figures() {
        DepartmentBoard board = as(Role.LEAD, () -> boards.departmentBoard(compta.getFirst().departmentId(), null,
                Locale.FRENCH)).orElseThrow();
        assertThat(board.n()).isEqualTo(6);
        assertThat(board.invited()).isEqualTo(6);
        assertThat(board.participation()).isEqualTo(1.0);
        assertThat(board.dci().value()).isCloseTo(50.0, within(1e-9));
        // per-answer DCI 25,25,25,75,75,75: sample sd = sqrt(750) → t(0.975, 5) = 2.5706 · sqrt(750)/sqrt(6) = 28.74
        assertThat(board.dci().margin()).isCloseTo(2.5706 * Math.sqrt(750) / Math.sqrt(6), within(1e-3));
        assertThat(board.dci().indicative()).as("6 answers < 10").isTrue();
        assertThat(board.dciChange()).as("first wave").isNull();
        // 3 promoters (9), 3 detractors (3): eNPS 0; scores ±100 → variance 6/5 · 1 · 100² = 12,000,
        // margin 2.5706 · √(12,000 / 6) = 114.96.
        assertThat(board.enps().value()).isZero();
        assertThat(board.enps().margin()).isCloseTo(114.96, within(0.01));
        assertThat(board.enps()).extracting("promoters", "passives", "detractors").containsExactly(3, 0, 3);
        assertThat(board.dimensions().get("equipment").value()).isCloseTo(50.0, within(1e-9));
        // Half answered 2, half 4 on every statement: favourable (4s and 5s) 50 %.
        assertThat(board.dimensions().get("equipment").favourable()).isCloseTo(0.5, within(1e-9));
        assertThat(board.statements()).hasSize(16).allSatisfy(st -> {
            assertThat(st.score().value()).isCloseTo(50.0, within(1e-9));
            assertThat(st.score().favourable()).isCloseTo(0.5, within(1e-9));
            assertThat(st.score().n()).isEqualTo(6);
        });
        assertThat(board.pains().getFirst().code()).isEqualTo("slow_equipment");
        assertThat(board.pains().getFirst().prevalence()).isCloseTo(0.5, within(1e-9));
        var email = board.tools().stream().filter(t -> t.code().equals("email")).findFirst().orElseThrow();
        assertThat(email.weeklyShare()).isEqualTo(1.0);
        assertThat(email.comfort()).isCloseTo(50.0, within(1e-9));
        var crm = board.tools().stream().filter(t -> t.code().equals("crm")).findFirst().orElseThrow();
        assertThat(crm.weeklyShare()).isZero();
        assertThat(crm.comfort()).as("no user of the CRM: no comfort figure").isNull();
        assertThat(board.comments()).as("6 answers < k_comments = 10").isNull();
        var dci = board.trends().getFirst();
        assertThat(dci.points().getLast().company()).isCloseTo(1150.0 / 21, within(1e-9));
        assertThat(dci.points().getLast().sameKind()).isCloseTo(550.0 / 15, within(1e-9));
    }

    @Test
    void a_group_of_four_never_shows_a_number_not_even_by_subtraction() {
        DepartmentBoard small = as(Role.LEAD, () -> boards.departmentBoard(mini.getFirst().departmentId(), null,
                Locale.FRENCH)).orElseThrow();
        assertThat(small.visible()).isFalse();
        assertThat(small.dci()).isNull();
        assertThat(small.enps()).isNull();
        assertThat(small.pains()).isEmpty();
        assertThat(small.tools()).isEmpty();
        assertThat(small.comments()).isNull();
        assertThat(small.trends()).allSatisfy(t -> assertThat(t.points()).allSatisfy(p ->
                assertThat(p.value()).isNull()));

        CompanyOverview overview = as(Role.LEAD, () -> boards.overview(null, null, Locale.FRENCH)).orElseThrow();
        assertThat(overview.n()).isEqualTo(21);
        assertThat(overview.dci().value()).isCloseTo(1150.0 / 21, within(1e-9));
        Map<String, HeatmapRow> rows = new HashMap<>();
        overview.rows().forEach(r -> rows.put(r.name(), r));
        assertThat(rows.get("Mini").dci()).isNull();
        assertThat(rows.get("Mini").dimensions()).isEmpty();
        assertThat(rows.get("Mini").enps()).isNull();
        // Company 21 − Compta 6 − Vente 6 − RH 5 = Mini's 4: RH, the smallest, is hidden as well.
        assertThat(rows.get("RH").dci()).isNull();
        assertThat(rows.get("Compta").dci()).isCloseTo(50.0, within(1e-9));
        assertThat(rows.get("Vente").dci()).isCloseTo(100.0, within(1e-9));
        // The department hidden for differencing is hidden on its own board too.
        var ownBoard = as(Role.LEAD, () -> boards.departmentBoard(rh.getFirst().departmentId(), null, Locale.FRENCH))
                .orElseThrow();
        assertThat(ownBoard.dci()).isNull();
        int shownAnswers = overview.rows().stream().filter(r -> r.dci() != null).mapToInt(HeatmapRow::n).sum();
        assertThat(overview.n() - shownAnswers).isEqualTo(9);
        // Support functions − published Compta = RH + Mini = 9 ≥ 5: the support aggregate can be shown.
        var equity = overview.equity().getLast();
        assertThat(equity.supportDci()).isCloseTo(550.0 / 15, within(1e-9));
        assertThat(equity.frontDci()).isCloseTo(100.0, within(1e-9));
    }

    @Autowired
    BoardExport exports;

    @Test
    void exports_obey_the_same_filter_and_name_their_department_and_wave() throws Exception {
        DepartmentBoard small = as(Role.LEAD, () -> boards.departmentBoard(mini.getFirst().departmentId(), null,
                Locale.FRENCH)).orElseThrow();
        for (BoardExport.Format format : BoardExport.Format.values()) {
            BoardExport.ExportFile file = exports.department(small, format, Locale.FRENCH);
            assertThat(file.name()).isEqualTo("symetrie-mini-" + small.wave().label() + "."
                    + format.name().toLowerCase(Locale.ROOT));
            assertThat(file.content()).isNotEmpty();
        }
        String csv = new String(exports.department(small, BoardExport.Format.CSV, Locale.FRENCH).content(),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF").contains("masqué").doesNotContain("slow").doesNotContain(";\"0\"");
        assertThat(csv.lines().filter(l -> l.startsWith("\"Réponses\"")).findFirst()).hasValue("\"Réponses\";\"masqué\"");

        DepartmentBoard visible = as(Role.LEAD, () -> boards.departmentBoard(compta.getFirst().departmentId(), null,
                Locale.FRENCH)).orElseThrow();
        String comptaCsv = new String(exports.department(visible, BoardExport.Format.CSV, Locale.FRENCH).content(),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(comptaCsv).contains("\"Indice de confort numérique\";\"50\"");
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(
                exports.department(visible, BoardExport.Format.XLSX, Locale.FRENCH).content()))) {
            var summary = workbook.getSheetAt(0);
            assertThat(summary.getRow(7).getCell(1).getNumericCellValue()).isCloseTo(50.0, within(1e-9));
        }
        CompanyOverview overview = as(Role.LEAD, () -> boards.overview(null, null, Locale.FRENCH)).orElseThrow();
        String overviewCsv = new String(exports.overview(overview, BoardExport.Format.CSV, Locale.FRENCH).content(),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(overviewCsv.lines().filter(l -> l.startsWith("\"Mini\"")).findFirst().orElseThrow())
                .contains("masqué").doesNotContain("\"0\"");
    }

    @Autowired
    app.symetrie.barometer.DepartmentHighlights highlights;

    @Test
    void highlights_come_from_published_departments_only() {
        var compta = highlights.lastClosedWave(this.compta.getFirst().departmentId()).orElseThrow();
        assertThat(compta.topPainPoints()).containsExactly("slow_equipment");
        assertThat(compta.weakestTools()).hasSize(3).doesNotContain("crm");
        assertThat(highlights.lastClosedWave(mini.getFirst().departmentId())).isEmpty();
        assertThat(highlights.lastClosedWave(rh.getFirst().departmentId())).as("hidden for differencing").isEmpty();
    }

    @Test
    void employees_read_their_own_department_only() {
        var own = as(compta.get(1), () -> boards.readableDepartments());
        assertThat(own).hasSize(1);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> as(compta.get(1),
                        () -> boards.departmentBoard(vente.getFirst().departmentId(), null, Locale.FRENCH)))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }
}
