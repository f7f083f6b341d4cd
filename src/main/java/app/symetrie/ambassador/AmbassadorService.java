package app.symetrie.ambassador;

import app.symetrie.audit.AuditLog;
import app.symetrie.ambassador.internal.AmbassadorDocument;
import app.symetrie.ambassador.internal.AmbassadorRepository;
import app.symetrie.ambassador.internal.ApplicationDocument;
import app.symetrie.ambassador.internal.ApplicationRepository;
import app.symetrie.ambassador.internal.CoachingSessionDocument;
import app.symetrie.ambassador.internal.CoachingSessionRepository;
import app.symetrie.ambassador.internal.CoverageRequestDocument;
import app.symetrie.common.Email;
import app.symetrie.common.Role;
import app.symetrie.common.UserFacingException;
import app.symetrie.organization.Department;
import app.symetrie.organization.DepartmentId;
import app.symetrie.organization.Employee;
import app.symetrie.organization.EmployeeId;
import app.symetrie.organization.OrganizationService;
import app.symetrie.security.CurrentUser;
import app.symetrie.security.SignedInUser;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The ambassador program: who is an ambassador, with which profile and status, how one becomes one (a lead's
 * nomination or an approved application), and the directory every employee searches.
 * <p>
 * The departments an ambassador covers open those departments' boards to them, so a lead grants them: an ambassador
 * only requests a change ({@link CoverageRequest}), and no write made by an ambassador touches the granted list —
 * each one sets only the fields it owns.
 */
@Service
public class AmbassadorService {

    public static final int DEFAULT_MONTHLY_HOURS = 4;

    private final AmbassadorRepository ambassadors;
    private final ApplicationRepository applications;
    private final CoachingSessionRepository sessions;
    private final OrganizationService organization;
    private final Roster roster;
    private final MongoTemplate mongo;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AmbassadorService(AmbassadorRepository ambassadors, ApplicationRepository applications,
                      CoachingSessionRepository sessions, OrganizationService organization, Roster roster,
                      MongoTemplate mongo, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.audit = audit;
        this.events = events;
        this.ambassadors = ambassadors;
        this.applications = applications;
        this.sessions = sessions;
        this.organization = organization;
        this.roster = roster;
        this.mongo = mongo;
        this.clock = clock;
    }

    // ----- reading

    /** The signed-in person's ambassador record, whatever its status. */
    @PreAuthorize("isAuthenticated()")
    public Optional<Ambassador> me() {
        return roster.current();
    }

    /** Every ambassador, ended ones included, by name. */
    @PreAuthorize("hasRole('LEAD')")
    public List<Ambassador> all() {
        return roster.all().stream().sorted(Comparator.comparing(Ambassador::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    /**
     * "Who can help me?": active ambassadors, narrowed to those covering a department and/or coaching a tool, those
     * with hours left this month first. Paused and ended ambassadors are never listed.
     */
    @PreAuthorize("isAuthenticated()")
    public List<DirectoryEntry> directory(@Nullable DepartmentId department, @Nullable String tool) {
        Map<DepartmentId, String> departmentNames = organization.departments().stream()
                .collect(Collectors.toMap(Department::id, Department::name));
        Map<String, Integer> minutesThisMonth = sessions
                .findByDateGreaterThanEqual(LocalDate.now(clock).withDayOfMonth(1)).stream()
                .collect(Collectors.groupingBy(CoachingSessionDocument::ambassadorId,
                        Collectors.summingInt(CoachingSessionDocument::minutes)));
        return ambassadors.findByStatus(AmbassadorStatus.ACTIVE).stream()
                .map(roster::toDomain)
                .filter(a -> department == null || a.profile().covers(department))
                .filter(a -> tool == null || a.profile().tools().contains(tool))
                .map(a -> {
                    int minutes = minutesThisMonth.getOrDefault(a.id().value(), 0);
                    double left = Math.max(0, a.profile().monthlyHours() - minutes / 60.0);
                    return new DirectoryEntry(a, departmentNames.getOrDefault(a.homeDepartmentId(), ""), left);
                })
                .sorted(Comparator.comparing((DirectoryEntry e) -> e.hoursLeftThisMonth() <= 0)
                        .thenComparing(e -> e.ambassador().name(), String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    // ----- becoming an ambassador

    /** A lead makes an employee an ambassador (again, if they had ended). */
    @PreAuthorize("hasRole('LEAD')")
    public Ambassador nominate(EmployeeId employeeId, AmbassadorProfile profile) {
        Employee employee = organization.employee(employeeId)
                .orElseThrow(() -> new UserFacingException("ambassador.error.employee.unknown"));
        return activate(employee, profile);
    }

    private Ambassador activate(Employee employee, AmbassadorProfile profile) {
        roster.requireDepartments(profile.departments());
        roster.requireTools(profile.tools());
        roster.requirePainPoints(profile.topics());
        LocalDate today = LocalDate.now(clock);
        Optional<AmbassadorDocument> existing = ambassadors.findByEmployeeId(employee.id().value());
        if (existing.isPresent() && existing.get().status().holdsRole()) {
            throw new UserFacingException("ambassador.error.already", employee.fullName());
        }
        List<StatusChange> history = new ArrayList<>(existing.map(AmbassadorDocument::history).orElse(List.of()));
        history.add(new StatusChange(AmbassadorStatus.ACTIVE, today));
        AmbassadorDocument document = new AmbassadorDocument(
                existing.map(AmbassadorDocument::id).orElseGet(() -> AmbassadorId.random().value()),
                employee.id().value(), employee.fullName(), employee.departmentId().value(), values(profile),
                profile.tools(), profile.topics(), profile.monthlyHours(), AmbassadorStatus.ACTIVE, history,
                existing.map(AmbassadorDocument::publicRanking).orElse(true), null);
        try {
            ambassadors.save(document);
        } catch (DuplicateKeyException e) {
            throw new UserFacingException("ambassador.error.already", employee.fullName());
        }
        return roster.toDomain(document);
    }

    /**
     * "I want to become an ambassador". The form creates the id when it opens, so a double submit files one
     * application.
     */
    @PreAuthorize("isAuthenticated()")
    public AmbassadorApplication apply(ApplicationId id, String motivation, List<String> tools) {
        EmployeeId me = Roster.currentEmployee();
        String text = AmbassadorApplication.requireMotivation(motivation);
        roster.requireTools(tools);
        Optional<ApplicationDocument> same = applications.findById(id.value());
        if (same.isPresent()) {
            if (!same.get().employeeId().equals(me.value())) {
                throw new UserFacingException("ambassador.error.not-yours");
            }
            return toDomain(same.get());
        }
        if (ambassadors.findByEmployeeId(me.value()).filter(a -> a.status().holdsRole()).isPresent()) {
            throw new UserFacingException("ambassador.error.already-you");
        }
        if (applications.existsByEmployeeIdAndStatus(me.value(), ApplicationStatus.PENDING)) {
            throw new UserFacingException("ambassador.error.application.pending");
        }
        Employee employee = organization.employee(me)
                .orElseThrow(() -> new UserFacingException("ambassador.error.no-employee"));
        ApplicationDocument document = new ApplicationDocument(id.value(), me.value(),
                employee.departmentId().value(), text, List.copyOf(tools), ApplicationStatus.PENDING,
                now(), null, null);
        applications.insert(document);
        return toDomain(document);
    }

    /** The signed-in person's latest application, if any. */
    @PreAuthorize("isAuthenticated()")
    public Optional<AmbassadorApplication> myApplication() {
        SignedInUser user = CurrentUser.require();
        if (user.employeeId() == null) {
            return Optional.empty();
        }
        return applications.findFirstByEmployeeIdOrderBySubmittedAtDesc(user.employeeId().value())
                .map(this::toDomain);
    }

    @PreAuthorize("hasRole('LEAD')")
    public List<AmbassadorApplication> pendingApplications() {
        return applications.findByStatusOrderBySubmittedAt(ApplicationStatus.PENDING).stream().map(this::toDomain)
                .toList();
    }

    /** A lead approves an application: the applicant becomes an active ambassador with this profile. */
    @PreAuthorize("hasRole('LEAD')")
    public Ambassador approve(ApplicationId id, AmbassadorProfile profile) {
        ApplicationDocument application = pending(id);
        Employee employee = organization.employee(new EmployeeId(application.employeeId()))
                .orElseThrow(() -> new UserFacingException("ambassador.error.employee.unknown"));
        Ambassador ambassador = activate(employee, profile);
        decide(application, ApplicationStatus.APPROVED);
        audit.record("ambassador.nominated", employee.email().value() + ", covering " + profile.departments().size()
                + " department(s)");
        return ambassador;
    }

    @PreAuthorize("hasRole('LEAD')")
    public void reject(ApplicationId id) {
        decide(pending(id), ApplicationStatus.REJECTED);
    }

    private ApplicationDocument pending(ApplicationId id) {
        return applications.findById(id.value()).filter(a -> a.status() == ApplicationStatus.PENDING)
                .orElseThrow(() -> new UserFacingException("ambassador.error.application.decided"));
    }

    private void decide(ApplicationDocument a, ApplicationStatus status) {
        applications.save(new ApplicationDocument(a.id(), a.employeeId(), a.departmentId(), a.motivation(), a.tools(),
                status, a.submittedAt(), now(), CurrentUser.require().email()));
        events.publishEvent(new AmbassadorApplicationDecided(new ApplicationId(a.id()), new EmployeeId(a.employeeId()),
                status));
    }

    private AmbassadorApplication toDomain(ApplicationDocument a) {
        return new AmbassadorApplication(new ApplicationId(a.id()), new EmployeeId(a.employeeId()),
                roster.employeeName(new EmployeeId(a.employeeId())), new DepartmentId(a.departmentId()),
                a.motivation(), a.tools(), a.status(), a.submittedAt(), a.decidedAt());
    }

    // ----- profile and status

    /**
     * A lead edits anyone's profile, the departments covered included. An ambassador edits their own tools, topics
     * and hours; the departments they cover are a lead's to grant, so a list that differs from the granted one is
     * filed as a {@link CoverageRequest} (replacing any pending one) and widens nothing, and the granted list itself
     * withdraws a pending request.
     */
    @PreAuthorize("hasRole('AMBASSADOR')")
    public Ambassador updateProfile(AmbassadorId id, AmbassadorProfile profile) {
        AmbassadorDocument d = selfOrLead(id);
        roster.requireDepartments(profile.departments());
        roster.requireTools(profile.tools());
        roster.requirePainPoints(profile.topics());
        List<String> departments = values(profile);
        Update update = new Update().set("tools", profile.tools()).set("topics", profile.topics())
                .set("monthlyHours", profile.monthlyHours());
        if (CurrentUser.require().has(Role.LEAD)) {
            update.set("departments", departments);
            if (d.coverageRequest() != null && sameDepartments(d.coverageRequest().departments(), departments)) {
                update.unset("coverageRequest");
            }
        } else if (sameDepartments(d.departments(), departments)) {
            update.unset("coverageRequest");
        } else if (d.coverageRequest() == null || !sameDepartments(d.coverageRequest().departments(), departments)) {
            update.set("coverageRequest", new CoverageRequestDocument(departments, now()));
        }
        mongo.updateFirst(byId(d.id()), update, AmbassadorDocument.class);
        return roster.byId(id).orElseThrow(() -> new UserFacingException("ambassador.error.unknown"));
    }

    private static boolean sameDepartments(List<String> a, List<String> b) {
        return new HashSet<>(a).equals(new HashSet<>(b));
    }

    /** The signed-in ambassador's pending coverage request, if any. */
    @PreAuthorize("hasRole('AMBASSADOR')")
    public Optional<CoverageRequest> myCoverageRequest() {
        SignedInUser user = CurrentUser.require();
        if (user.employeeId() == null) {
            return Optional.empty();
        }
        return ambassadors.findByEmployeeId(user.employeeId().value()).flatMap(this::coverageRequest);
    }

    /** Pending coverage requests, oldest first. */
    @PreAuthorize("hasRole('LEAD')")
    public List<CoverageRequest> coverageRequests() {
        return ambassadors.findByCoverageRequestNotNull().stream().map(this::coverageRequest)
                .flatMap(Optional::stream).sorted(Comparator.comparing(CoverageRequest::requestedAt)).toList();
    }

    private Optional<CoverageRequest> coverageRequest(AmbassadorDocument d) {
        CoverageRequestDocument r = d.coverageRequest();
        if (r == null) {
            return Optional.empty();
        }
        return Optional.of(new CoverageRequest(new AmbassadorId(d.id()),
                roster.employeeName(new EmployeeId(d.employeeId())),
                d.departments().stream().map(DepartmentId::new).toList(),
                r.departments().stream().map(DepartmentId::new).toList(), r.requestedAt()));
    }

    /**
     * A lead grants the coverage an ambassador asked for. Refused when the request is no longer the one the lead
     * saw (withdrawn, replaced or already decided).
     */
    @PreAuthorize("hasRole('LEAD')")
    public Ambassador approveCoverage(CoverageRequest request) {
        roster.requireDepartments(request.requested());
        Update update = new Update().set("departments", ids(request.requested())).unset("coverageRequest");
        decideCoverage(request, update);
        audit.record("coverage.granted", "ambassador " + request.ambassadorId().value() + ": "
                + request.requested().size() + " department(s)");
        return roster.byId(request.ambassadorId())
                .orElseThrow(() -> new UserFacingException("ambassador.error.unknown"));
    }

    /** A lead refuses a coverage request: the granted coverage stays as it is. */
    @PreAuthorize("hasRole('LEAD')")
    public void refuseCoverage(CoverageRequest request) {
        decideCoverage(request, new Update().unset("coverageRequest"));
        audit.record("coverage.refused", "ambassador " + request.ambassadorId().value());
    }

    /** One conditional update: it applies only while the stored request is still the one decided on. */
    private void decideCoverage(CoverageRequest request, Update update) {
        Query pending = byId(request.ambassadorId().value())
                .addCriteria(Criteria.where("coverageRequest.requestedAt").is(Date.from(request.requestedAt()))
                        .and("coverageRequest.departments").is(ids(request.requested())));
        if (mongo.updateFirst(pending, update, AmbassadorDocument.class).getMatchedCount() == 0) {
            throw new UserFacingException("ambassador.error.coverage.changed");
        }
    }

    /**
     * The departments whose boards the signed-in person reads as an ambassador, read from the store at each call:
     * the coverage a lead granted, while they are active. Paused, ended or not an ambassador: none. A pending
     * request never counts.
     */
    @PreAuthorize("isAuthenticated()")
    public Set<DepartmentId> grantedCoverage() {
        return roster.current().filter(Ambassador::isActive).map(a -> Set.copyOf(a.profile().departments()))
                .orElse(Set.of());
    }

    /**
     * Pausing and resuming: the ambassador themselves or a lead. Ending, or bringing back an ended ambassador: a lead
     * only. Each change is dated in the history.
     */
    @PreAuthorize("hasRole('AMBASSADOR')")
    public Ambassador changeStatus(AmbassadorId id, AmbassadorStatus status) {
        AmbassadorDocument d = selfOrLead(id);
        boolean lead = CurrentUser.require().has(Role.LEAD);
        if (!lead && (status == AmbassadorStatus.ENDED || d.status() == AmbassadorStatus.ENDED)) {
            throw new UserFacingException("ambassador.error.lead-only");
        }
        if (d.status() != status) {
            // conditional on the status read: two clicks at once add one step to the history
            mongo.updateFirst(byId(d.id()).addCriteria(Criteria.where("status").is(d.status())),
                    new Update().set("status", status).push("history",
                            new StatusChange(status, LocalDate.now(clock))), AmbassadorDocument.class);
        }
        return roster.byId(id).orElseThrow(() -> new UserFacingException("ambassador.error.unknown"));
    }

    /** The ambassador's choice to appear, or not, in the public ranking. */
    @PreAuthorize("hasRole('AMBASSADOR')")
    public Ambassador setPublicRanking(boolean visible) {
        Ambassador me = roster.requireCurrent();
        mongo.updateFirst(byId(me.id().value()), new Update().set("publicRanking", visible), AmbassadorDocument.class);
        return roster.byId(me.id()).orElseThrow();
    }

    private static Query byId(String id) {
        return new Query(Criteria.where("_id").is(id));
    }

    private AmbassadorDocument selfOrLead(AmbassadorId id) {
        AmbassadorDocument d = ambassadors.findById(id.value())
                .orElseThrow(() -> new UserFacingException("ambassador.error.unknown"));
        SignedInUser user = CurrentUser.require();
        boolean self = user.employeeId() != null && user.employeeId().value().equals(d.employeeId());
        if (!self && !user.has(Role.LEAD)) {
            throw new UserFacingException("ambassador.error.not-yours");
        }
        return d;
    }

    // ----- roles and system work

    /**
     * AMBASSADOR for an active or paused ambassador; nothing otherwise. Called at sign-in and again at each request
     * of a session (the security module reads access per request), so it reads the store and needs no signed-in user.
     */
    Set<Role> rolesFor(Email email) {
        return organization.employeeByEmail(email)
                .flatMap(e -> ambassadors.findByEmployeeId(e.id().value()))
                .filter(a -> a.status().holdsRole())
                .map(a -> (Set<Role>) EnumSet.of(Role.AMBASSADOR))
                .orElse(EnumSet.noneOf(Role.class));
    }

    /** System work (demo company, migrations): stores ambassadors as given, in one bulk insert. */
    @PreAuthorize("hasRole('ADMIN')")
    public void importAmbassadors(List<Ambassador> list) {
        ambassadors.insert(list.stream().map(a -> new AmbassadorDocument(a.id().value(), a.employeeId().value(),
                a.name(), a.homeDepartmentId().value(), values(a.profile()), a.profile().tools(),
                a.profile().topics(), a.profile().monthlyHours(), a.status(), a.history(), a.publicRanking(), null))
                .toList());
    }

    /** System work (demo company): stores applications as given. */
    @PreAuthorize("hasRole('ADMIN')")
    public void importApplications(List<AmbassadorApplication> list) {
        applications.insert(list.stream().map(a -> new ApplicationDocument(a.id().value(), a.employeeId().value(),
                a.departmentId().value(), a.motivation(), a.tools(), a.status(), a.submittedAt(), a.decidedAt(),
                a.decidedAt() == null ? null : "system")).toList());
    }

    private static List<String> values(AmbassadorProfile profile) {
        return ids(profile.departments());
    }

    private static List<String> ids(List<DepartmentId> departments) {
        return departments.stream().map(DepartmentId::value).toList();
    }

    /** Now, to the millisecond: what MongoDB keeps of an instant. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
