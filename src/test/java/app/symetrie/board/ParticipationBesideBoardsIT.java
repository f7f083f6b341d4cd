package app.symetrie.board;

import static app.symetrie.barometer.BarometerFixture.as;
import static org.assertj.core.api.Assertions.assertThat;

import app.symetrie.barometer.AnonymityThresholds;
import app.symetrie.barometer.BarometerFixture;
import app.symetrie.barometer.BarometerService;
import app.symetrie.barometer.Cadence;
import app.symetrie.barometer.Campaign;
import app.symetrie.barometer.CampaignId;
import app.symetrie.barometer.CampaignService;
import app.symetrie.barometer.DepartmentParticipation;
import app.symetrie.barometer.Questionnaire;
import app.symetrie.barometer.QuestionnaireService;
import app.symetrie.barometer.Wave;
import app.symetrie.board.BoardRecords.DepartmentBoard;
import app.symetrie.common.Email;
import app.symetrie.common.Role;
import app.symetrie.organization.Department;
import app.symetrie.organization.DepartmentId;
import app.symetrie.organization.DepartmentKind;
import app.symetrie.organization.DepartmentTree;
import app.symetrie.organization.Employee;
import app.symetrie.organization.EmployeeId;
import app.symetrie.organization.OrganizationService;
import app.symetrie.test.IntegrationTest;
import app.symetrie.test.TestClock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * The lead's participation page beside the boards of the same closed wave (k = 5; everyone invited answers):
 * Plateau (front office, a parent) 10 of its own people, its sub-department Caisse 3, its sub-department Dépôt 6;
 * in support functions Paie 3 and Achats 2. Boards: Plateau's subtree 19, Dépôt 6; Caisse, Paie and Achats too small;
 * support functions 5, front office 19, the company 24. The participation page used to show Plateau's own 10 and
 * Dépôt's 6 (what the departments it hid left of the whole total, 8, was at least k): Plateau's board 19 − 10 − 6
 * gave Caisse's 3.
 */
@IntegrationTest
@Import(TestClock.Config.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ParticipationBesideBoardsIT {

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
    TestClock clock;

    Department plateau;
    Department caisse;
    Department depot;
    Wave wave;
    int k;

    private Department department(String name, DepartmentKind kind, @Nullable Department parent) {
        return as(Role.ADMIN, () -> organization.saveDepartment(new Department(DepartmentId.random(), name, kind,
                parent == null ? null : parent.id())));
    }

    private List<Employee> people(Department d, String prefix, int size) {
        return as(Role.ADMIN, () -> {
            List<Employee> list = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                list.add(organization.saveEmployee(new Employee(EmployeeId.random(), "P" + i, d.name(),
                        new Email("pbb" + prefix + i + "@test.example"), d.id(), null, false, Locale.FRENCH)));
            }
            return list;
        });
    }

    @BeforeAll
    void dataset() {
        plateau = department("PBB Plateau", DepartmentKind.FRONT_OFFICE, null);
        caisse = department("PBB Caisse", DepartmentKind.FRONT_OFFICE, plateau);
        depot = department("PBB Dépôt", DepartmentKind.FRONT_OFFICE, plateau);
        Department paie = department("PBB Paie", DepartmentKind.SUPPORT, null);
        Department achats = department("PBB Achats", DepartmentKind.SUPPORT, null);
        List<Employee> everyone = new ArrayList<>();
        everyone.addAll(people(plateau, "plateau", 10));
        everyone.addAll(people(caisse, "caisse", 3));
        everyone.addAll(people(depot, "depot", 6));
        everyone.addAll(people(paie, "paie", 3));
        everyone.addAll(people(achats, "achats", 2));
        // a quarter no other test closes a wave in (the customer mirror pairs one wave per quarter: MirrorComfortIT)
        LocalDate opening = LocalDate.of(2049, 3, 1);
        Campaign campaign = as(Role.LEAD, () -> campaigns.saveCampaign(new Campaign(CampaignId.random(), "PBB",
                Cadence.QUARTERLY, opening, 14, List.of(plateau.id(), paie.id(), achats.id()), List.of(),
                AnonymityThresholds.DEFAULT, true)));
        clock.setDay(opening);
        campaigns.advance(opening);
        wave = campaigns.waves(campaign.id()).getFirst();
        k = wave.thresholds().k();
        as(Role.LEAD, () -> campaigns.saveCampaign(new Campaign(campaign.id(), campaign.name(), campaign.cadence(),
                campaign.firstOpening(), campaign.waveLengthDays(), campaign.targetDepartments(),
                campaign.reminderDays(), campaign.thresholds(), false)));
        Questionnaire q = questionnaires.version(wave.questionnaireVersion());
        everyone.forEach(e -> as(e, () -> {
            barometer.submit(wave.id(), BarometerFixture.complete(q, 4, ""));
            return null;
        }));
        as(Role.LEAD, () -> campaigns.closeNow(wave.id()));
    }

    @Test
    void no_board_count_minus_the_counts_the_participation_page_shows_gives_a_small_department() {
        // The boards publish what the class comment says: Plateau's subtree, with Caisse counted in it, and Dépôt.
        assertThat(board(plateau).n()).isEqualTo(19);
        assertThat(board(depot).n()).isEqualTo(6);
        assertThat(board(caisse).visible()).isFalse();
        assertThat(k).isEqualTo(5);

        Map<String, Integer> shown = shownCounts();
        DepartmentTree tree = new DepartmentTree(organization.departments());
        Map<String, Integer> readable = new HashMap<>();
        for (String id : wave.invited().keySet()) {
            DepartmentBoard b = board(new DepartmentId(id));
            if (b.visible()) {
                readable.put(id, b.n());
            }
        }
        // Every published department's count, alone or minus a published department inside it, minus the counts
        // the page shows in between: none, or at least k.
        Map<String, String> names = organization.departments().stream()
                .collect(Collectors.toMap(d -> d.id().value(), Department::name));
        readable.forEach((x, total) -> {
            assertSafe(names.get(x), total - shownWithin(shown, tree.subtree(x)));
            readable.forEach((y, inner) -> {
                if (!y.equals(x) && tree.isWithin(y, x)) {
                    Set<String> between = new java.util.HashSet<>(tree.subtree(x));
                    between.removeAll(tree.subtree(y));
                    assertSafe(names.get(x) + " − " + names.get(y), total - inner - shownWithin(shown, between));
                }
            });
        });
        // The whole wave's total and each kind's, minus the page's counts (and any published department of it).
        int whole = as(Role.LEAD, () -> campaigns.answeredCount(wave.id()));
        assertThat(whole).isEqualTo(24);
        assertSafe("the wave", whole - shown.values().stream().mapToInt(Integer::intValue).sum());
        assertSafe("the wave − Plateau", whole - 19 - shownOutside(shown, tree.subtree(plateau.id().value())));
        for (DepartmentKind kind : DepartmentKind.values()) {
            int kindTotal = as(Role.LEAD, () -> boards.overview(wave.id(), kind, Locale.FRENCH)).orElseThrow().n();
            Set<String> ofKind = organization.departments().stream().filter(d -> d.kind() == kind)
                    .map(d -> d.id().value()).collect(Collectors.toSet());
            if (kindTotal > 0) {
                assertSafe(kind.name(), kindTotal - shownWithin(shown, ofKind));
            }
        }
    }

    @Test
    void the_page_hides_the_parents_own_count_and_still_shows_what_cannot_be_subtracted() {
        List<DepartmentParticipation> rows = as(Role.LEAD, () -> campaigns.participation(wave.id()));
        Map<String, @Nullable Integer> answered = new HashMap<>();
        rows.forEach(r -> answered.put(r.departmentName(), r.answered()));
        assertThat(answered).containsEntry("PBB Plateau", null).containsEntry("PBB Caisse", null)
                .containsEntry("PBB Dépôt", 6).containsEntry("PBB Paie", null).containsEntry("PBB Achats", null);
        // Invited counts are headcounts, shown for every department.
        assertThat(rows).extracting(DepartmentParticipation::invited).containsExactlyInAnyOrder(10, 3, 6, 3, 2);
    }

    @Test
    void the_page_decides_on_the_tree_the_boards_were_computed_on_not_on_todays() {
        // Caisse leaves Plateau after the close: Plateau's board still counts it (19), so Plateau's own 10 must stay
        // hidden — on today's tree Caisse's 3 would look like a department of its own, beside Plateau.
        as(Role.ADMIN, () -> organization.saveDepartment(new Department(caisse.id(), caisse.name(), caisse.kind(),
                null)));
        try {
            assertThat(board(plateau).n()).isEqualTo(19);
            assertThat(shownCounts()).containsOnlyKeys(depot.id().value());
        } finally {
            as(Role.ADMIN, () -> organization.saveDepartment(caisse));
        }
    }

    private DepartmentBoard board(Department d) {
        return board(d.id());
    }

    private DepartmentBoard board(DepartmentId id) {
        return as(Role.LEAD, () -> boards.departmentBoard(id, wave.id(), Locale.FRENCH)).orElseThrow();
    }

    private Map<String, Integer> shownCounts() {
        Map<String, Integer> shown = new HashMap<>();
        as(Role.LEAD, () -> campaigns.participation(wave.id())).forEach(r -> {
            if (r.answered() != null) {
                shown.put(r.departmentId().value(), r.answered());
            }
        });
        return shown;
    }

    private static int shownWithin(Map<String, Integer> shown, Set<String> departments) {
        return departments.stream().mapToInt(id -> shown.getOrDefault(id, 0)).sum();
    }

    private static int shownOutside(Map<String, Integer> shown, Set<String> departments) {
        return shown.entrySet().stream().filter(e -> !departments.contains(e.getKey()))
                .mapToInt(Map.Entry::getValue).sum();
    }

    private void assertSafe(@Nullable String what, int rest) {
        assertThat(rest == 0 || rest >= k).as("%s minus the counts shown leaves %d answers", what, rest).isTrue();
    }
}
