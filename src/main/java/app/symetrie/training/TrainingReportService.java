package app.symetrie.training;

import app.symetrie.organization.Department;
import app.symetrie.organization.DepartmentId;
import app.symetrie.organization.DepartmentKind;
import app.symetrie.organization.OrganizationService;
import app.symetrie.training.internal.CourseDocument;
import app.symetrie.training.internal.CourseRepository;
import app.symetrie.training.internal.EnrolmentDocument;
import app.symetrie.training.internal.EnrolmentRepository;
import app.symetrie.training.internal.TrainingSessionDocument;
import app.symetrie.training.internal.TrainingSessionRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** The lead's training report: sessions that started in the last 12 months and those still to come. */
@Service
public class TrainingReportService {

    private final CourseRepository courses;
    private final TrainingSessionRepository sessions;
    private final EnrolmentRepository enrolments;
    private final OrganizationService organization;
    private final Clock clock;

    TrainingReportService(CourseRepository courses, TrainingSessionRepository sessions, EnrolmentRepository enrolments,
                          OrganizationService organization, Clock clock) {
        this.courses = courses;
        this.sessions = sessions;
        this.enrolments = enrolments;
        this.organization = organization;
        this.clock = clock;
    }

    /**
     * Training reach of some departments (a board's subtree, a kind) at a moment — the close of the wave a board
     * shows, or now: sessions held in the 12 months before it, upcoming enrolments apart.
     */
    @PreAuthorize("hasRole('LEAD')")
    public TrainingReach reach(Instant asOf, java.util.Collection<DepartmentId> departments) {
        Instant from = asOf.minus(Duration.ofDays(365));
        Map<String, TrainingSessionDocument> sessionById = sessions.findByStartAfterOrderByStart(from).stream()
                .collect(Collectors.toMap(TrainingSessionDocument::id, Function.identity()));
        Set<String> ids = departments.stream().map(DepartmentId::value).collect(Collectors.toSet());
        List<EnrolmentDocument> ofGroup = enrolments.findBySessionIdIn(sessionById.keySet()).stream()
                .filter(e -> ids.contains(e.departmentId())).toList();
        Map<DepartmentId, Long> headcount = organization.headcountByDepartment();
        long people = departments.stream().distinct().mapToLong(d -> headcount.getOrDefault(d, 0L)).sum();
        return TrainingIndicators.reach(ofGroup, sessionById, from, asOf, people);
    }

    @PreAuthorize("hasRole('LEAD')")
    public TrainingReport report() {
        Instant now = clock.instant();
        Instant from = now.minus(Duration.ofDays(365));
        Map<String, CourseDocument> courseById = courses.findAll().stream()
                .collect(Collectors.toMap(CourseDocument::id, Function.identity()));
        List<TrainingSessionDocument> period = sessions.findByStartAfterOrderByStart(from).stream()
                .filter(s -> courseById.containsKey(s.courseId())).toList();
        Map<String, TrainingSessionDocument> sessionById = period.stream()
                .collect(Collectors.toMap(TrainingSessionDocument::id, Function.identity()));
        List<EnrolmentDocument> all = enrolments.findBySessionIdIn(sessionById.keySet());

        List<TrainingReport.CourseRow> courseRows = courseById.values().stream().map(c -> {
            List<TrainingSessionDocument> own = period.stream().filter(s -> s.courseId().equals(c.id())).toList();
            Set<String> ids = own.stream().map(TrainingSessionDocument::id).collect(Collectors.toSet());
            return new TrainingReport.CourseRow(TrainingCatalogService.toDomain(c), TrainingIndicators.figures(own,
                    all.stream().filter(e -> ids.contains(e.sessionId())).toList(), sessionById, now));
        }).sorted(Comparator.comparing((TrainingReport.CourseRow r) -> r.figures().waitlisted()).reversed()
                .thenComparing(r -> r.course().title())).toList();

        List<TrainingReport.FormatRow> formatRows = List.of(CourseFormat.values()).stream().map(f -> {
            List<TrainingSessionDocument> own = period.stream()
                    .filter(s -> {
                        CourseDocument course = courseById.get(s.courseId());
                        return course != null && course.format() == f;
                    }).toList();
            Set<String> ids = own.stream().map(TrainingSessionDocument::id).collect(Collectors.toSet());
            return new TrainingReport.FormatRow(f, TrainingIndicators.figures(own,
                    all.stream().filter(e -> ids.contains(e.sessionId())).toList(), sessionById, now));
        }).toList();

        List<Department> departments = organization.departments();
        Map<DepartmentId, Long> headcount = organization.headcountByDepartment();
        Map<String, List<EnrolmentDocument>> byDepartment = all.stream()
                .collect(Collectors.groupingBy(EnrolmentDocument::departmentId));
        List<TrainingReport.DepartmentRow> departmentRows = departments.stream().map(d -> {
            TrainingReport.Figures figures = TrainingIndicators.figures(List.of(),
                    byDepartment.getOrDefault(d.id().value(), List.of()), sessionById, now);
            long people = headcount.getOrDefault(d.id(), 0L);
            return new TrainingReport.DepartmentRow(d, people, figures,
                    TrainingIndicators.share(figures.people(), people));
        }).sorted(Comparator.comparing((TrainingReport.DepartmentRow r) -> r.department().kind()).reversed()
                .thenComparing(TrainingReport.DepartmentRow::reach)).toList();

        List<TrainingReport.KindRow> kindRows = List.of(DepartmentKind.SUPPORT, DepartmentKind.FRONT_OFFICE).stream()
                .map(kind -> {
                    Set<String> ofKind = departments.stream().filter(d -> d.kind() == kind)
                            .map(d -> d.id().value()).collect(Collectors.toSet());
                    long people = departments.stream().filter(d -> d.kind() == kind)
                            .mapToLong(d -> headcount.getOrDefault(d.id(), 0L)).sum();
                    TrainingReport.Figures figures = TrainingIndicators.figures(List.of(),
                            all.stream().filter(e -> ofKind.contains(e.departmentId())).toList(), sessionById, now);
                    return new TrainingReport.KindRow(kind, people, figures,
                            TrainingIndicators.share(figures.people(), people));
                }).toList();

        return new TrainingReport(courseRows, formatRows, departmentRows, kindRows,
                TrainingIndicators.figures(period, all, sessionById, now));
    }
}
