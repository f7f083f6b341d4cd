package app.symetrie.board;

import static app.symetrie.barometer.BarometerFixture.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import app.symetrie.barometer.AnonymityThresholds;
import app.symetrie.barometer.BarometerAnswers;
import app.symetrie.barometer.BarometerFixture;
import app.symetrie.barometer.BarometerService;
import app.symetrie.barometer.Cadence;
import app.symetrie.barometer.Campaign;
import app.symetrie.barometer.CampaignId;
import app.symetrie.barometer.CampaignService;
import app.symetrie.barometer.Questionnaire;
import app.symetrie.barometer.QuestionnaireService;
import app.symetrie.barometer.Wave;
import app.symetrie.barometer.internal.CommentShelfDocument;
import app.symetrie.board.BoardRecords.CompanyOverview;
import app.symetrie.board.BoardRecords.DepartmentBoard;
import app.symetrie.board.BoardRecords.HeatmapRow;
import app.symetrie.board.BoardRecords.PartRow;
import app.symetrie.common.Email;
import app.symetrie.common.Role;
import app.symetrie.organization.Department;
import app.symetrie.organization.DepartmentId;
import app.symetrie.organization.DepartmentKind;
import app.symetrie.organization.Employee;
import app.symetrie.organization.EmployeeId;
import app.symetrie.organization.OrganizationService;
import app.symetrie.security.SignedInUser;
import app.symetrie.test.IntegrationTest;
import app.symetrie.test.TestClock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A network of agencies, figures computed by hand (k = 5; DCI = (score − 1) × 25):
 * Réseau (front office, parent): 3 answer 5 (DCI 100) and 1 does not; Lille (its agency): 6 answer 4 (75); Lyon:
 * 5 answer 2 (25); Marseille: 2 answer 1 (0); Siège (support, no parent): 6 answer 3 (50).
 * Storage: Réseau's subtree has 16 answers; beyond Lille and Lyon its rest is 3 + 2 = 5 ≥ k, so both agencies are
 * named and Marseille's 2 answers are counted in Réseau (its own rollup: 5 answers, DCI (300 + 0) / 5 = 60).
 * Réseau's board: 16 answers of 17 invited, DCI (300 + 450 + 125 + 0) / 16 = 54.6875, breakdown Lille (6, 75) and
 * Lyon (5, 25); Marseille's board shows nothing.
 */
@IntegrationTest
@Import(TestClock.Config.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ParentBoardIT {

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
    @Autowired
    BarometerAnswers answers;
    @Autowired
    MongoTemplate mongo;

    Department reseau;
    Department lille;
    Department lyon;
    Department marseille;
    List<Employee> reseauPeople;
    List<Employee> lillePeople;
    Wave wave;
    Wave later;

    private List<Employee> people(Department d, String prefix, int size) {
        return as(Role.ADMIN, () -> {
            List<Employee> list = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                list.add(organization.saveEmployee(new Employee(EmployeeId.random(), "P" + i, "Réseau",
                        new Email("pbi" + prefix + i + "@test.example"), d.id(), null, false, Locale.FRENCH)));
            }
            return list;
        });
    }

    private Department department(String name, DepartmentKind kind, Department parent) {
        return as(Role.ADMIN, () -> organization.saveDepartment(new Department(DepartmentId.random(), name, kind,
                parent == null ? null : parent.id())));
    }

    @BeforeAll
    void dataset() {
        reseau = department("PBI Réseau", DepartmentKind.FRONT_OFFICE, null);
        lille = department("PBI Lille", DepartmentKind.FRONT_OFFICE, reseau);
        lyon = department("PBI Lyon", DepartmentKind.FRONT_OFFICE, reseau);
        marseille = department("PBI Marseille", DepartmentKind.FRONT_OFFICE, reseau);
        Department siege = department("PBI Siège", DepartmentKind.SUPPORT, null);
        reseauPeople = people(reseau, "reseau", 4);
        lillePeople = people(lille, "lille", 6);
        List<Employee> lyonPeople = people(lyon, "lyon", 5);
        List<Employee> marseillePeople = people(marseille, "marseille", 2);
        List<Employee> siegePeople = people(siege, "siege", 6);
        LocalDate opening = LocalDate.of(2031, 3, 3);
        Campaign campaign = as(Role.LEAD, () -> campaigns.saveCampaign(new Campaign(CampaignId.random(), "Réseau",
                Cadence.QUARTERLY, opening, 14, List.of(reseau.id(), siege.id()), List.of(),
                AnonymityThresholds.DEFAULT, true)));
        clock.setDay(opening);
        campaigns.advance(opening);
        wave = campaigns.waves(campaign.id()).getFirst();
        as(Role.LEAD, () -> campaigns.saveCampaign(new Campaign(campaign.id(), campaign.name(), campaign.cadence(),
                campaign.firstOpening(), campaign.waveLengthDays(), campaign.targetDepartments(),
                campaign.reminderDays(), campaign.thresholds(), false)));
        Questionnaire q = questionnaires.version(wave.questionnaireVersion());
        reseauPeople.subList(0, 3).forEach(e -> answer(wave, e, q, 5, "Avis Réseau"));
        lillePeople.forEach(e -> answer(wave, e, q, 4, "Avis Lille"));
        lyonPeople.forEach(e -> answer(wave, e, q, 2, "Avis Lyon"));
        marseillePeople.forEach(e -> answer(wave, e, q, 1, "Avis Marseille"));
        siegePeople.forEach(e -> answer(e, q, 3));
        as(Role.LEAD, () -> campaigns.closeNow(wave.id()));

        // A later wave, so that the first one is an "older wave" whose board must not show what came after it.
        LocalDate second = LocalDate.of(2031, 6, 2);
        Campaign next = as(Role.LEAD, () -> campaigns.saveCampaign(new Campaign(CampaignId.random(), "Réseau 2",
                Cadence.QUARTERLY, second, 14, List.of(reseau.id(), siege.id()), List.of(),
                AnonymityThresholds.DEFAULT, true)));
        clock.setDay(second);
        campaigns.advance(second);
        later = campaigns.waves(next.id()).getFirst();
        as(Role.LEAD, () -> campaigns.saveCampaign(new Campaign(next.id(), next.name(), next.cadence(),
                next.firstOpening(), next.waveLengthDays(), next.targetDepartments(), next.reminderDays(),
                next.thresholds(), false)));
        for (Employee e : lillePeople) {
            answer(later, e, q, 5);
        }
        for (Employee e : siegePeople) {
            answer(later, e, q, 5);
        }
        as(Role.LEAD, () -> campaigns.closeNow(later.id()));
    }

    private void answer(Employee e, Questionnaire q, int score) {
        answer(wave, e, q, score);
    }

    private void answer(Wave w, Employee e, Questionnaire q, int score) {
        answer(w, e, q, score, "");
    }

    private void answer(Wave w, Employee e, Questionnaire q, int score, String comment) {
        as(e, () -> {
            barometer.submit(w.id(), BarometerFixture.complete(q, score, comment));
            return null;
        });
    }

    private static <T> T asManager(Employee e, Callable<T> work) {
        SignedInUser user = new SignedInUser(e.email().value(), e.fullName(), "", Role.expand(Set.of(Role.MANAGER)),
                e.id(), e.departmentId(), Locale.FRENCH, true);
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
                user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.call();
        } catch (RuntimeException ex) {
            throw ex;
        } catch (Exception ex) {
            throw new IllegalStateException(ex);
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    @Test
    void a_parent_board_covers_its_whole_subtree_with_a_too_small_agency_counted_in_it() {
        DepartmentBoard b = as(Role.LEAD, () -> boards.departmentBoard(reseau.id(), wave.id(), Locale.FRENCH))
                .orElseThrow();
        assertThat(b.n()).isEqualTo(16);
        assertThat(b.invited()).isEqualTo(17);
        assertThat(b.participation()).isCloseTo(16.0 / 17, within(1e-12));
        assertThat(b.dci().value()).isCloseTo(875.0 / 16, within(1e-9));
        assertThat(b.subDepartments()).extracting(PartRow::name, PartRow::n)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("PBI Lille", 6),
                        org.assertj.core.groups.Tuple.tuple("PBI Lyon", 5));
        assertThat(b.subDepartments()).extracting(PartRow::dci).containsExactly(75.0, 25.0);
        DepartmentBoard small = as(Role.LEAD, () -> boards.departmentBoard(marseille.id(), wave.id(), Locale.FRENCH))
                .orElseThrow();
        assertThat(small.visible()).isFalse();
        assertThat(small.n()).isZero();
    }

    @Test
    void comments_are_read_through_their_wave_shelf_and_without_one_as_before() {
        List<String> subtree = List.of(reseau.id().value(), lille.id().value(), lyon.id().value(),
                marseille.id().value());
        CommentShelfDocument shelf = mongo.findById(wave.id().value(), CommentShelfDocument.class);
        assertThat(shelf).as("the release shelved the wave's comments").isNotNull();
        assertThat(shelf.shelves()).flatExtracting(CommentShelfDocument.Shelf::commentIds).hasSize(16);
        List<String> shelved = answers.comments(wave.id(), subtree);
        assertThat(shelved).hasSize(16);
        assertThat(answers.comments(wave.id(), List.of(lille.id().value())))
                .containsExactlyElementsOf(java.util.Collections.nCopies(6, "Avis Lille"));
        // a wave released before comments were shelved: the same comments, by the query on wave and department
        mongo.remove(shelf);
        try {
            assertThat(answers.comments(wave.id(), subtree)).containsExactlyInAnyOrderElementsOf(shelved);
            assertThat(answers.comments(wave.id(), List.of(lille.id().value()))).hasSize(6);
        } finally {
            mongo.save(shelf);
        }
    }

    @Test
    void a_parent_board_shows_the_comments_of_its_whole_subtree_and_a_small_agency_board_none() {
        DepartmentBoard b = as(Role.LEAD, () -> boards.departmentBoard(reseau.id(), wave.id(), Locale.FRENCH))
                .orElseThrow();
        List<String> expected = new java.util.ArrayList<>();
        expected.addAll(java.util.Collections.nCopies(3, "Avis Réseau"));
        expected.addAll(java.util.Collections.nCopies(6, "Avis Lille"));
        expected.addAll(java.util.Collections.nCopies(5, "Avis Lyon"));
        expected.addAll(java.util.Collections.nCopies(2, "Avis Marseille"));
        assertThat(b.comments()).as("16 answers ≥ k_comments = 10: the parent's and its three agencies' comments")
                .containsExactlyInAnyOrderElementsOf(expected);
        DepartmentBoard agency = as(Role.LEAD, () -> boards.departmentBoard(lille.id(), wave.id(), Locale.FRENCH))
                .orElseThrow();
        assertThat(agency.comments()).as("6 answers < k_comments").isNull();
    }

    @Test
    void the_overview_heatmap_rows_of_a_parent_cover_its_subtree() {
        CompanyOverview o = as(Role.LEAD, () -> boards.overview(wave.id(), null, Locale.FRENCH)).orElseThrow();
        HeatmapRow row = o.rows().stream().filter(r -> r.departmentId().equals(reseau.id())).findFirst()
                .orElseThrow();
        assertThat(row.n()).isEqualTo(16);
        assertThat(row.dci()).isCloseTo(875.0 / 16, within(1e-9));
        HeatmapRow lilleRow = o.rows().stream().filter(r -> r.departmentId().equals(lille.id())).findFirst()
                .orElseThrow();
        assertThat(lilleRow.n()).isEqualTo(6);
    }

    @Test
    void a_manager_of_the_parent_reads_the_subtree_and_a_manager_of_an_agency_their_agency_only() {
        Employee parentManager = reseauPeople.getLast();
        Employee agencyManager = lillePeople.getFirst();
        assertThat(asManager(parentManager, () -> boards.readableDepartments())).extracting(Department::id)
                .containsExactlyInAnyOrder(reseau.id(), lille.id(), lyon.id(), marseille.id());
        assertThat(asManager(parentManager, () -> boards.departmentBoard(lille.id(), wave.id(), Locale.FRENCH)))
                .isPresent();
        assertThat(asManager(agencyManager, () -> boards.readableDepartments())).extracting(Department::id)
                .containsExactly(lille.id());
        assertThatThrownBy(() -> asManager(agencyManager,
                () -> boards.departmentBoard(reseau.id(), wave.id(), Locale.FRENCH)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> asManager(agencyManager,
                () -> boards.departmentBoard(lyon.id(), wave.id(), Locale.FRENCH)))
                .isInstanceOf(AccessDeniedException.class);
        // An employee of the parent reads the parent's board (its subtree's figures), not an agency's.
        assertThatThrownBy(() -> as(parentManager, () -> boards.departmentBoard(lille.id(), wave.id(), Locale.FRENCH)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_kind_filter_filters_the_tiles_rows_equity_and_export_title() {
        // Front office: Réseau's subtree, 16 answers of 17 invited, DCI 875 / 16; support: Siège, 6 of 6, DCI 50.
        CompanyOverview front = as(Role.LEAD, () -> boards.overview(wave.id(), DepartmentKind.FRONT_OFFICE,
                Locale.FRENCH)).orElseThrow();
        assertThat(front.kind()).isEqualTo(DepartmentKind.FRONT_OFFICE);
        assertThat(front.n()).isEqualTo(16);
        assertThat(front.participation()).isCloseTo(16.0 / 17, within(1e-12));
        assertThat(front.dci().value()).isCloseTo(875.0 / 16, within(1e-9));
        assertThat(front.rows()).allMatch(r -> r.kind() == DepartmentKind.FRONT_OFFICE);
        assertThat(front.equity()).allMatch(p -> p.supportDci() == null && p.supportParticipation() == null);
        assertThat(BoardExport.title(front, Locale.FRENCH)).startsWith("Vue d’ensemble — Front office — ");
        CompanyOverview support = as(Role.LEAD, () -> boards.overview(wave.id(), DepartmentKind.SUPPORT,
                Locale.FRENCH)).orElseThrow();
        assertThat(support.n()).isEqualTo(6);
        assertThat(support.dci().value()).isCloseTo(50.0, within(1e-9));
        assertThat(support.rows()).extracting(HeatmapRow::kind).containsOnly(DepartmentKind.SUPPORT);
        CompanyOverview all = as(Role.LEAD, () -> boards.overview(wave.id(), null, Locale.FRENCH)).orElseThrow();
        assertThat(all.kind()).isNull();
        assertThat(all.n()).isEqualTo(22);
    }

    @Test
    void heatmap_marks_say_where_the_interval_lies_against_the_company() {
        // Company DCI (300 + 450 + 125 + 0 + 300) / 22 = 53.4. Lille (all 75) and Siège (all 50) have no spread:
        // their intervals are their values, above and below; Réseau's subtree (100, 75, 25, 0) holds 53.4.
        CompanyOverview o = as(Role.LEAD, () -> boards.overview(wave.id(), null, Locale.FRENCH)).orElseThrow();
        assertThat(o.dci().value()).isCloseTo(1175.0 / 22, within(1e-9));
        assertThat(row(o, lille).versusCompany()).containsEntry("dci", 1);
        assertThat(row(o, lyon).versusCompany()).containsEntry("dci", -1);
        assertThat(row(o, reseau).versusCompany()).containsEntry("dci", 0);
        HeatmapRow siege = o.rows().stream().filter(r -> r.name().equals("PBI Siège")).findFirst().orElseThrow();
        assertThat(siege.versusCompany()).containsEntry("dci", -1);
    }

    @Test
    void an_older_wave_board_shows_that_wave_and_a_trend_that_stops_at_it() {
        DepartmentBoard older = as(Role.LEAD, () -> boards.departmentBoard(lille.id(), wave.id(), Locale.FRENCH))
                .orElseThrow();
        assertThat(older.wave().id()).isEqualTo(wave.id());
        assertThat(older.dci().value()).isCloseTo(75.0, within(1e-9));
        assertThat(older.trends()).allSatisfy(t -> assertThat(t.points().getLast().wave().id())
                .isEqualTo(wave.id()));
        assertThat(older.trends().getFirst().points()).noneMatch(p -> p.wave().id().equals(later.id()));
        DepartmentBoard latest = as(Role.LEAD, () -> boards.departmentBoard(lille.id(), later.id(), Locale.FRENCH))
                .orElseThrow();
        assertThat(latest.dci().value()).isCloseTo(100.0, within(1e-9));
        assertThat(latest.trends().getFirst().points()).extracting(p -> p.wave().id())
                .contains(wave.id(), later.id());
    }

    private static HeatmapRow row(CompanyOverview o, Department d) {
        return o.rows().stream().filter(r -> r.departmentId().equals(d.id())).findFirst().orElseThrow();
    }
}
