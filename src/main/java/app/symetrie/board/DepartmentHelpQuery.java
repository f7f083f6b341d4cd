package app.symetrie.board;

import app.symetrie.ambassador.ProgramService;
import app.symetrie.organization.DepartmentId;
import app.symetrie.organization.OrganizationService;
import app.symetrie.training.TrainingReportService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The help section of a department board (docs/decisions/037). Coaching intensity is read from the board's own
 * figures, kept from the ambassador module's events ({@link CoachingFigures}); coverage and training reach are still
 * asked of their modules for the one department and its subtree — no event tells the board about a change of
 * ambassadors or of enrolments (see the decision note).
 */
@Service
public class DepartmentHelpQuery {

    private final BoardService boards;
    private final CoachingFigures coaching;
    private final ProgramService program;
    private final TrainingReportService training;
    private final OrganizationService organization;
    private final Clock clock;

    DepartmentHelpQuery(BoardService boards, CoachingFigures coaching, ProgramService program,
                        TrainingReportService training, OrganizationService organization, Clock clock) {
        this.boards = boards;
        this.coaching = coaching;
        this.program = program;
        this.training = training;
        this.organization = organization;
        this.clock = clock;
    }

    /** The help around a department and its subtree as of a day: a wave's close, or today. */
    @PreAuthorize("hasRole('LEAD')")
    public DepartmentHelp help(DepartmentId departmentId, LocalDate asOf) {
        List<DepartmentId> subtree = boards.subtree(departmentId);
        Map<DepartmentId, Long> headcount = organization.headcountByDepartment();
        long people = subtree.stream().distinct().mapToLong(d -> headcount.getOrDefault(d, 0L)).sum();
        return new DepartmentHelp(program.coverage(departmentId).orElse(null),
                coaching.intensity(asOf, subtree, people),
                training.reach(asOf.plusDays(1).atStartOfDay(clock.getZone()).toInstant(), subtree),
                subtree.size());
    }

    /** Makes the coaching figures again from every stored session (an administrator's repair); returns their count. */
    @PreAuthorize("hasRole('ADMIN')")
    public int rebuildCoaching() {
        return coaching.rebuild();
    }
}
