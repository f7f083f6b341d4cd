package app.symetrie.ambassador;

import app.symetrie.ambassador.internal.ApplicationRepository;
import app.symetrie.ambassador.internal.CoachingSessionDocument;
import app.symetrie.ambassador.internal.CoachingSessionRepository;
import app.symetrie.ambassador.internal.HelpRequestDocument;
import app.symetrie.ambassador.internal.HelpRequestRepository;
import app.symetrie.organization.Department;
import app.symetrie.organization.DepartmentId;
import app.symetrie.organization.DepartmentKind;
import app.symetrie.organization.OrganizationService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** The program view of transformation leads: coverage, coaching intensity, activity, topics, waiting requests. */
@Service
public class ProgramService {

    public static final int QUARTERS = 4;
    public static final int MONTHS = 12;
    public static final int TOP = 5;

    private final CoachingSessionRepository sessions;
    private final HelpRequestRepository requests;
    private final ApplicationRepository applications;
    private final OrganizationService organization;
    private final Roster roster;
    private final Clock clock;

    ProgramService(CoachingSessionRepository sessions, HelpRequestRepository requests,
                   ApplicationRepository applications, OrganizationService organization, Roster roster,
                   Clock clock) {
        this.sessions = sessions;
        this.requests = requests;
        this.applications = applications;
        this.organization = organization;
        this.roster = roster;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('LEAD')")
    public ProgramOverview overview() {
        LocalDate today = LocalDate.now(clock);
        Instant now = clock.instant();
        List<Quarter> quarters = Quarter.lastQuarters(today, QUARTERS);
        YearMonth firstMonth = YearMonth.from(today).minusMonths(MONTHS - 1L);
        LocalDate from = quarters.getFirst().firstDay().isBefore(firstMonth.atDay(1))
                ? quarters.getFirst().firstDay() : firstMonth.atDay(1);
        List<CoachingSessionDocument> recent = sessions.findByDateGreaterThanEqual(from);
        List<CoachingEntry> entries = recent.stream().map(CoachingService::toEntry).toList();
        List<CoachingEntry> last12 = entries.stream().filter(e -> !e.date().isBefore(firstMonth.atDay(1))).toList();

        List<Ambassador> all = roster.all();
        List<Ambassador> active = all.stream().filter(Ambassador::isActive).toList();
        List<Department> departments = organization.departments();
        Map<DepartmentId, Long> headcount = organization.headcountByDepartment();
        Map<DepartmentId, Long> headcountOfAll = departments.stream()
                .collect(Collectors.toMap(Department::id, d -> headcount.getOrDefault(d.id(), 0L)));
        Map<DepartmentId, Integer> covering = ProgramIndicators.ambassadorsByDepartment(active);
        Map<DepartmentId, List<Double>> intensity =
                ProgramIndicators.hoursPerEmployeeByQuarter(entries, headcountOfAll, quarters);

        List<ProgramOverview.DepartmentCoverage> coverage = departments.stream()
                .map(d -> {
                    long people = headcountOfAll.getOrDefault(d.id(), 0L);
                    int count = covering.getOrDefault(d.id(), 0);
                    return new ProgramOverview.DepartmentCoverage(d, people, count,
                            ProgramIndicators.per100(count, people), intensity.getOrDefault(d.id(), List.of()));
                })
                .sorted(Comparator.comparing((ProgramOverview.DepartmentCoverage c) -> c.department().kind())
                        .reversed().thenComparing(ProgramOverview.DepartmentCoverage::per100)
                        .thenComparing(c -> c.department().name()))
                .toList();

        List<ProgramOverview.KindComparison> kinds = new ArrayList<>();
        for (DepartmentKind kind : List.of(DepartmentKind.SUPPORT, DepartmentKind.FRONT_OFFICE)) {
            Set<DepartmentId> ofKind = departments.stream().filter(d -> d.kind() == kind).map(Department::id)
                    .collect(Collectors.toSet());
            long people = ofKind.stream().mapToLong(headcountOfAll::get).sum();
            int distinct = (int) active.stream()
                    .filter(a -> a.profile().departments().stream().anyMatch(ofKind::contains)).count();
            int uncovered = (int) ofKind.stream().filter(d -> covering.getOrDefault(d, 0) == 0).count();
            List<Double> hours = new ArrayList<>();
            for (Quarter q : quarters) {
                long minutes = entries.stream().filter(e -> q.contains(e.date()) && ofKind.contains(e.departmentId()))
                        .mapToLong(CoachingEntry::minutes).sum();
                hours.add(ProgramIndicators.hoursPerEmployee(minutes, people));
            }
            kinds.add(new ProgramOverview.KindComparison(kind, ofKind.size(), uncovered, people, distinct,
                    ProgramIndicators.per100(distinct, people), hours));
        }

        List<ProgramOverview.MonthActivity> months = new ArrayList<>();
        for (int i = 0; i < MONTHS; i++) {
            YearMonth month = firstMonth.plusMonths(i);
            List<CoachingEntry> inMonth = last12.stream().filter(e -> YearMonth.from(e.date()).equals(month))
                    .toList();
            months.add(new ProgramOverview.MonthActivity(month, inMonth.size(),
                    inMonth.stream().mapToInt(CoachingEntry::minutes).sum() / 60.0,
                    inMonth.stream().mapToInt(CoachingEntry::people).sum()));
        }

        long outside = recent.stream().filter(s -> s.outsideCoverage() && !s.date().isBefore(firstMonth.atDay(1)))
                .count();
        int pending = (int) applications.countByStatus(ApplicationStatus.PENDING);
        int paused = (int) all.stream().filter(a -> a.status() == AmbassadorStatus.PAUSED).count();
        return new ProgramOverview(quarters, coverage, kinds, months,
                ProgramIndicators.top(last12, CoachingEntry::tools, TOP),
                ProgramIndicators.top(last12, CoachingEntry::painPoints, TOP), requestStats(now), outside,
                active.size(), paused, pending);
    }

    /**
     * One department's ambassador coverage and coaching hours per employee over the last {@value #QUARTERS} quarters,
     * as in {@link #overview()}'s {@code departments} — what a department board shows, without computing the whole
     * programme's report.
     */
    @PreAuthorize("hasRole('LEAD')")
    public Optional<ProgramOverview.DepartmentCoverage> coverage(DepartmentId departmentId) {
        Optional<Department> department = organization.department(departmentId);
        if (department.isEmpty()) {
            return Optional.empty();
        }
        List<Quarter> quarters = Quarter.lastQuarters(LocalDate.now(clock), QUARTERS);
        List<CoachingEntry> entries = sessions.findByDateGreaterThanEqual(quarters.getFirst().firstDay()).stream()
                .map(CoachingService::toEntry).filter(e -> e.departmentId().equals(departmentId)).toList();
        long people = organization.headcountByDepartment().getOrDefault(departmentId, 0L);
        int covering = ProgramIndicators.ambassadorsByDepartment(roster.all().stream().filter(Ambassador::isActive)
                .toList()).getOrDefault(departmentId, 0);
        List<Double> hours = ProgramIndicators.hoursPerEmployeeByQuarter(entries, Map.of(departmentId, people),
                quarters).getOrDefault(departmentId, List.of());
        return Optional.of(new ProgramOverview.DepartmentCoverage(department.get(), people, covering,
                ProgramIndicators.per100(covering, people), hours));
    }

    /**
     * Coaching intensity of some departments (a board's subtree, a kind) in the last quarter completed before a date
     * — the close of the wave a board shows, or today.
     */
    @PreAuthorize("hasRole('LEAD')")
    public CoachingIntensity coaching(LocalDate asOf, Collection<DepartmentId> departments) {
        Quarter quarter = Quarter.of(asOf).previous();
        List<CoachingEntry> entries = sessions.findByDateGreaterThanEqual(quarter.firstDay()).stream()
                .map(CoachingService::toEntry).toList();
        Map<DepartmentId, Long> headcount = organization.headcountByDepartment();
        long people = departments.stream().distinct().mapToLong(d -> headcount.getOrDefault(d, 0L)).sum();
        return ProgramIndicators.lastCompleteQuarter(entries, Set.copyOf(departments), people, asOf);
    }

    private ProgramOverview.RequestStats requestStats(Instant now) {
        List<HelpRequestDocument> open = requests.findByStatusOrderByCreatedAt(HelpRequestStatus.OPEN);
        List<Double> waits = open.stream().map(r -> hours(Duration.between(r.createdAt(), now))).toList();
        List<Double> answers = requests.findByAnsweredAtGreaterThanEqual(now.minus(Duration.ofDays(90))).stream()
                .filter(r -> r.answeredAt() != null)
                .map(r -> hours(Duration.between(r.createdAt(), r.answeredAt()))).toList();
        return new ProgramOverview.RequestStats(open.size(),
                waits.stream().mapToDouble(Double::doubleValue).average().orElse(0),
                waits.stream().mapToDouble(Double::doubleValue).max().orElse(0),
                ProgramIndicators.median(answers), answers.size());
    }

    private static double hours(Duration d) {
        return d.toMinutes() / 60.0;
    }
}
