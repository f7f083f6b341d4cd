package app.symetrie.board;

import static app.symetrie.barometer.BarometerFixture.as;
import static app.symetrie.barometer.BarometerFixture.campaign;
import static app.symetrie.barometer.BarometerFixture.complete;
import static app.symetrie.barometer.BarometerFixture.department;
import static app.symetrie.barometer.BarometerFixture.submitAs;
import static org.assertj.core.api.Assertions.assertThat;

import app.symetrie.barometer.BarometerService;
import app.symetrie.barometer.Campaign;
import app.symetrie.barometer.CampaignService;
import app.symetrie.barometer.Questionnaire;
import app.symetrie.barometer.QuestionnaireService;
import app.symetrie.barometer.Wave;
import app.symetrie.common.Role;
import app.symetrie.organization.Department;
import app.symetrie.organization.DepartmentId;
import app.symetrie.organization.DepartmentKind;
import app.symetrie.organization.Employee;
import app.symetrie.organization.OrganizationService;
import app.symetrie.test.IntegrationTest;
import app.symetrie.test.TestClock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * A closed wave's figures of a department are those of its board, frozen with the department tree of the close: moving
 * a small agency out of its parent afterwards must change neither the parent's figures that other modules read (the
 * map) nor its journey moments — otherwise the figures before and after the move, or the board's and the map's,
 * would differ by exactly the agency's few answers.
 */
@IntegrationTest
@Import(TestClock.Config.class)
class FiguresAfterAMoveIT {

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
    UnitFigures figures;
    @Autowired
    TestClock clock;

    @Test
    void moving_an_agency_after_the_close_changes_no_figure_of_its_former_parent() {
        String suffix = Long.toString(System.nanoTime() % 1_000_000);
        List<Employee> parentPeople = department(organization, "Réseau déplacé " + suffix, DepartmentKind.FRONT_OFFICE,
                10);
        DepartmentId parent = parentPeople.getFirst().departmentId();
        List<Employee> agency = department(organization, "Agence déplacée " + suffix, DepartmentKind.FRONT_OFFICE, 2);
        DepartmentId agencyId = agency.getFirst().departmentId();
        Department agencyDepartment = organization.department(agencyId).orElseThrow();
        as(Role.ADMIN, () -> organization.saveDepartment(new Department(agencyId, agencyDepartment.name(),
                agencyDepartment.kind(), parent)));
        LocalDate opening = LocalDate.of(2038, 3, 1);
        Campaign c = as(Role.LEAD, () -> campaigns.saveCampaign(campaign("Déplacement " + suffix, opening,
                List.of(parent))));
        clock.setDay(opening);
        campaigns.advance(opening);
        Wave wave = campaigns.waves(c.id()).getFirst();
        Questionnaire q = questionnaires.version(wave.questionnaireVersion());
        String moment = q.moments().getFirst().code();
        List<Employee> everyone = new ArrayList<>(parentPeople);
        everyone.addAll(agency);
        for (Employee e : everyone) {
            submitAs(e, barometer, wave.id(), complete(q, agency.contains(e) ? 1 : 4, null)
                    .withMoments(Map.of(moment, agency.contains(e) ? 1 : 4)));
        }
        as(Role.LEAD, () -> campaigns.closeNow(wave.id()));

        UnitFigures.Figures before = as(Role.LEAD, () -> figures.of(wave.id(), parent)).orElseThrow();
        Map<String, UnitFigures.Interval> momentsBefore = as(Role.LEAD, () -> figures.moments(wave.id(), parent));
        assertThat(before.n()).as("the parent counts its agency's 2 answers").isEqualTo(12);
        assertThat(momentsBefore.get(moment).n()).isEqualTo(12);

        as(Role.ADMIN, () -> organization.saveDepartment(new Department(agencyId, agencyDepartment.name(),
                agencyDepartment.kind(), null)));

        UnitFigures.Figures after = as(Role.LEAD, () -> figures.of(wave.id(), parent)).orElseThrow();
        assertThat(after.n()).isEqualTo(before.n());
        assertThat(after.dimensions()).isEqualTo(before.dimensions());
        assertThat(after.pains()).isEqualTo(before.pains());
        assertThat(as(Role.LEAD, () -> figures.moments(wave.id(), parent))).isEqualTo(momentsBefore);
        assertThat(as(Role.LEAD, () -> boards.departmentBoard(parent, wave.id(), Locale.ENGLISH)).orElseThrow().n())
                .as("the board says the same").isEqualTo(12);
    }
}
