package app.symetrie.ambassador;

import static app.symetrie.barometer.BarometerFixture.as;
import static org.assertj.core.api.Assertions.assertThat;

import app.symetrie.common.Role;
import app.symetrie.organization.DepartmentId;
import app.symetrie.test.WithDemoCompany;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** One department's coverage, as a department board reads it, is that department's row of the programme report. */
@WithDemoCompany
class DepartmentCoverageIT {

    @Autowired
    ProgramService program;

    @Test
    void one_department_s_coverage_is_its_row_of_the_programme_report() {
        ProgramOverview overview = as(Role.LEAD, program::overview);

        assertThat(overview.departments()).isNotEmpty();
        assertThat(overview.departments()).anyMatch(c -> c.activeAmbassadors() > 0);
        for (ProgramOverview.DepartmentCoverage row : overview.departments()) {
            assertThat(as(Role.LEAD, () -> program.coverage(row.department().id()))).contains(row);
        }
        assertThat(as(Role.LEAD, () -> program.coverage(DepartmentId.random()))).isEmpty();
    }

    @Test
    void only_a_lead_reads_a_department_s_coverage() {
        DepartmentId any = as(Role.LEAD, program::overview).departments().getFirst().department().id();

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> as(Role.MANAGER, () -> program.coverage(any)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
