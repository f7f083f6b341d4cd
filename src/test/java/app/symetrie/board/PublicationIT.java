package app.symetrie.board;

import static app.symetrie.barometer.BarometerFixture.as;
import static app.symetrie.barometer.BarometerFixture.campaign;
import static app.symetrie.barometer.BarometerFixture.complete;
import static app.symetrie.barometer.BarometerFixture.department;
import static app.symetrie.barometer.BarometerFixture.submitAs;
import static org.assertj.core.api.Assertions.assertThat;

import app.symetrie.audit.AuditEntry;
import app.symetrie.audit.AuditLog;
import app.symetrie.barometer.BarometerService;
import app.symetrie.barometer.Campaign;
import app.symetrie.barometer.CampaignService;
import app.symetrie.barometer.Questionnaire;
import app.symetrie.barometer.QuestionnaireService;
import app.symetrie.barometer.Wave;
import app.symetrie.board.BoardRecords.RebuildReport;
import app.symetrie.board.Publication.HiddenReason;
import app.symetrie.common.Role;
import app.symetrie.organization.Department;
import app.symetrie.organization.DepartmentKind;
import app.symetrie.organization.Employee;
import app.symetrie.organization.OrganizationService;
import app.symetrie.test.IntegrationTest;
import app.symetrie.test.TestClock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * A closed wave's figures are made once, at its close: its publication decision is stored with the reason for each
 * hidden department, and a later change in the organization does not silently change what it published — a rebuild
 * shows what would change, and applying it is recorded in the audit log with who did it.
 */
@IntegrationTest
@Import(TestClock.Config.class)
class PublicationIT {

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
    Publications publications;
    @Autowired
    AuditLog audit;
    @Autowired
    TestClock clock;

    @Test
    void a_closed_wave_keeps_its_publication_until_an_audited_rebuild_changes_it() {
        // Support: Paie 6, Achats 6, Courrier 5 answers; front office: Agence 7. Company 24.
        List<Employee> paie = department(organization, "Pub Paie", DepartmentKind.SUPPORT, 6);
        List<Employee> achats = department(organization, "Pub Achats", DepartmentKind.SUPPORT, 6);
        List<Employee> courrier = department(organization, "Pub Courrier", DepartmentKind.SUPPORT, 5);
        List<Employee> agence = department(organization, "Pub Agence", DepartmentKind.FRONT_OFFICE, 7);
        List<Employee> everyone = new ArrayList<>();
        List.of(paie, achats, courrier, agence).forEach(everyone::addAll);
        LocalDate opening = LocalDate.of(2027, 9, 6);
        Campaign c = as(Role.LEAD, () -> campaigns.saveCampaign(campaign("Publication", opening,
                List.of(paie.getFirst().departmentId(), achats.getFirst().departmentId(),
                        courrier.getFirst().departmentId(), agence.getFirst().departmentId()))));
        clock.setDay(opening);
        campaigns.advance(opening);
        Wave wave = campaigns.waves(c.id()).getFirst();
        Questionnaire q = questionnaires.version(wave.questionnaireVersion());
        everyone.forEach(e -> submitAs(e, barometer, wave.id(), complete(q, 3, null)));
        as(Role.LEAD, () -> campaigns.closeNow(wave.id()));
        Wave closed = campaigns.wave(wave.id()).orElseThrow();

        // At the close: every department published (support 17 = 6 + 6 + 5, rest 0; company rest 0).
        Publication atClose = publications.of(closed);
        assertThat(atClose.departments()).containsExactlyInAnyOrder(id(paie), id(achats), id(courrier), id(agence));
        assertThat(atClose.kinds()).containsExactlyInAnyOrder(DepartmentKind.SUPPORT, DepartmentKind.FRONT_OFFICE);

        // Courrier becomes a front-office department. Its answers keep the kind they had at the close.
        Department moved = organization.department(courrier.getFirst().departmentId()).orElseThrow();
        as(Role.ADMIN, () -> organization.saveDepartment(new Department(moved.id(), moved.name(),
                DepartmentKind.FRONT_OFFICE, null)));
        var board = as(Role.LEAD, () -> boards.departmentBoard(moved.id(), closed.id(), Locale.FRENCH)).orElseThrow();
        assertThat(board.visible()).as("what the wave published does not move by itself").isTrue();

        // Decided again, support would be 6 + 6 against a kind total of 17: a rest of 5, fine; front office 7 + 5
        // against a kind total of 7 (stored kinds): Courrier is hidden.
        RebuildReport preview = as(Role.ADMIN, boards::previewRebuild);
        assertThat(preview.rollupsChanged()).as("the answers did not change").isZero();
        assertThat(preview.changes()).singleElement().satisfies(change -> {
            assertThat(change.department()).isEqualTo("Pub Courrier");
            assertThat(change.nowShown()).isFalse();
        });
        assertThat(publications.of(closed).departments()).as("a preview changes nothing").contains(id(courrier));

        RebuildReport applied = as(Role.ADMIN, boards::rebuildAll);
        assertThat(applied.changes()).hasSize(1);
        Publication after = publications.of(closed);
        assertThat(after.departments()).doesNotContain(id(courrier));
        assertThat(after.hidden()).containsEntry(id(courrier), HiddenReason.KIND_REST);
        assertThat(as(Role.LEAD, () -> boards.departmentBoard(moved.id(), closed.id(), Locale.FRENCH))
                .orElseThrow().visible()).isFalse();
        // Other tests sharing the store move the test clock to later years: look past their entries.
        AuditEntry entry = as(Role.ADMIN, () -> audit.latest(10_000)).stream()
                .filter(e -> e.action().equals("figures.rebuilt") && e.detail().contains("Pub Courrier"))
                .findFirst().orElseThrow();
        assertThat(entry.actor()).isEqualTo("system@test.example");
        assertThat(entry.detail()).contains("Pub Courrier hidden");
    }

    @Test
    void fewer_than_k_answers_in_the_whole_wave_show_no_count_no_rate_and_no_figure() {
        List<Employee> people = department(organization, "Pub Atelier", DepartmentKind.SUPPORT, 6);
        LocalDate opening = LocalDate.of(2027, 11, 1);
        Campaign c = as(Role.LEAD, () -> campaigns.saveCampaign(campaign("Presque vide", opening,
                List.of(people.getFirst().departmentId()))));
        clock.setDay(opening);
        campaigns.advance(opening);
        Wave wave = campaigns.waves(c.id()).getFirst();
        Questionnaire q = questionnaires.version(wave.questionnaireVersion());
        people.subList(0, 3).forEach(e -> submitAs(e, barometer, wave.id(), complete(q, 2, "Trois seulement")));
        as(Role.LEAD, () -> campaigns.closeNow(wave.id()));

        var overview = as(Role.LEAD, () -> boards.overview(wave.id(), null, Locale.FRENCH)).orElseThrow();
        assertThat(overview.n()).as("no count").isZero();
        assertThat(overview.participation()).as("no rate").isNull();
        assertThat(overview.dci()).isNull();
        assertThat(overview.enps()).isNull();
        var board = as(Role.LEAD, () -> boards.departmentBoard(people.getFirst().departmentId(), wave.id(),
                Locale.FRENCH)).orElseThrow();
        assertThat(board.visible()).isFalse();
        assertThat(board.comments()).isNull();
    }

    private static String id(List<Employee> people) {
        return people.getFirst().departmentId().value();
    }
}
