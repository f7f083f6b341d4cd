package app.symetrie.ambassador;

import app.symetrie.ambassador.internal.AmbassadorDocument;
import app.symetrie.ambassador.internal.AmbassadorRepository;
import app.symetrie.ambassador.internal.CoachingSessionDocument;
import app.symetrie.ambassador.internal.CoachingSessionRepository;
import app.symetrie.ambassador.internal.HelpRequestDocument;
import app.symetrie.ambassador.internal.HelpRequestRepository;
import app.symetrie.common.InvalidValueException;
import app.symetrie.common.UserFacingException;
import app.symetrie.organization.Department;
import app.symetrie.common.Unrestricted;
import app.symetrie.organization.DepartmentId;
import app.symetrie.organization.EmployeeId;
import app.symetrie.organization.OrganizationService;
import app.symetrie.organization.Team;
import app.symetrie.organization.TeamId;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The coaching log. Ambassadors log, correct and delete their own sessions; a lead reads everyone's (without the
 * coachees' names, which only the ambassador sees).
 */
@Service
public class CoachingService {

    /** How far back a session may be logged. */
    public static final int MAX_AGE_DAYS = 366;
    public static final int RANKING_SIZE = 5;

    private final CoachingSessionRepository sessions;
    private final HelpRequestRepository requests;
    private final AmbassadorRepository ambassadors;
    private final OrganizationService organization;
    private final Roster roster;
    private final MongoTemplate mongo;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CoachingService(CoachingSessionRepository sessions, HelpRequestRepository requests,
                    AmbassadorRepository ambassadors, OrganizationService organization, Roster roster,
                    MongoTemplate mongo, ApplicationEventPublisher events, Clock clock) {
        this.sessions = sessions;
        this.requests = requests;
        this.ambassadors = ambassadors;
        this.organization = organization;
        this.roster = roster;
        this.mongo = mongo;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Logs a session, or corrects one already logged with the same id (so a double submit keeps one entry).
     * Refused: a date in the future or more than {@value #MAX_AGE_DAYS} days ago, a team of another department,
     * codes outside the barometer's lists, someone else's entry, a help request that is not accepted or not the
     * ambassador's. Allowed but flagged: a department the ambassador does not cover.
     */
    @PreAuthorize("hasRole('AMBASSADOR')")
    public CoachingSession save(CoachingEntry entry) {
        Ambassador me = roster.requireCurrent();
        LocalDate today = LocalDate.now(clock);
        if (entry.date().isAfter(today)) {
            throw new InvalidValueException("date", "ambassador.error.date.future");
        }
        if (entry.date().isBefore(today.minusDays(MAX_AGE_DAYS))) {
            throw new InvalidValueException("date", "ambassador.error.date.too-old");
        }
        Department department = organization.department(entry.departmentId())
                .orElseThrow(() -> new InvalidValueException("departmentId", "error.department.unknown"));
        if (entry.teamId() != null && organization.teams(department.id()).stream().map(Team::id)
                .noneMatch(entry.teamId()::equals)) {
            throw new InvalidValueException("teamId", "error.team.other-department");
        }
        roster.requireTools(entry.tools());
        roster.requirePainPoints(entry.painPoints());
        Optional<CoachingSessionDocument> existing = sessions.findById(entry.id().value());
        if (existing.isPresent() && !existing.get().ambassadorId().equals(me.id().value())) {
            throw new UserFacingException("ambassador.error.not-yours");
        }
        if (entry.helpRequest() != null) {
            requireAnswerable(entry.helpRequest(), me, entry.id());
        }
        CoachingSessionDocument document = toDocument(entry, me.id(), !me.profile().covers(department.id()),
                existing.map(CoachingSessionDocument::loggedAt).orElseGet(this::now));
        sessions.save(document);
        if (entry.helpRequest() != null) {
            // Only an accepted request changes (a correction of its session leaves it DONE): one notice per close.
            HelpRequestDocument done = mongo.findAndModify(Query.query(Criteria.where("_id")
                            .is(entry.helpRequest().value()).and("status").is(HelpRequestStatus.ACCEPTED)),
                    new Update().set("status", HelpRequestStatus.DONE).set("sessionId", entry.id().value()),
                    HelpRequestDocument.class);
            if (done != null) {
                EmployeeId requester = new EmployeeId(done.requesterId());
                events.publishEvent(new HelpRequestChanged(entry.helpRequest(), HelpRequestStatus.DONE, requester,
                        roster.employeeName(requester), me.employeeId(), me.name()));
            }
        }
        events.publishEvent(new CoachingSessionLogged(entry.id(), entry.departmentId(), entry.date(),
                entry.minutes(), entry.people()));
        return toDomain(document, me.name());
    }

    private void requireAnswerable(HelpRequestId id, Ambassador me, CoachingSessionId session) {
        HelpRequestDocument request = requests.findById(id.value())
                .orElseThrow(() -> new UserFacingException("ambassador.error.request.unknown"));
        if (!request.ambassadorId().equals(me.id().value())) {
            throw new UserFacingException("ambassador.error.not-yours");
        }
        boolean accepted = request.status() == HelpRequestStatus.ACCEPTED;
        boolean thisSession = request.status() == HelpRequestStatus.DONE
                && session.value().equals(request.sessionId());
        if (!accepted && !thisSession) {
            throw new UserFacingException("ambassador.error.request.not-accepted");
        }
    }

    /** Deletes one of the signed-in ambassador's sessions; a help request it closed is accepted again. */
    @PreAuthorize("hasRole('AMBASSADOR')")
    public void delete(CoachingSessionId id) {
        Ambassador me = roster.requireCurrent();
        CoachingSessionDocument session = sessions.findById(id.value())
                .orElseThrow(() -> new UserFacingException("ambassador.error.session.unknown"));
        if (!session.ambassadorId().equals(me.id().value())) {
            throw new UserFacingException("ambassador.error.not-yours");
        }
        sessions.deleteById(id.value());
        if (session.helpRequestId() != null) {
            mongo.updateFirst(Query.query(Criteria.where("_id").is(session.helpRequestId())),
                    new Update().set("status", HelpRequestStatus.ACCEPTED).unset("sessionId"),
                    HelpRequestDocument.class);
        }
        events.publishEvent(new CoachingSessionDeleted(id));
    }

    /**
     * Every stored session as the event that logged it would say it (department, date, minutes, people — nothing of
     * a person): what the department boards' coaching figures are rebuilt from, for the sessions stored before they
     * listened, imported without events (the demo company) or restored from a backup.
     */
    @Unrestricted("Start-up rebuild of the boards' coaching figures: counts per department and day, nothing of a person")
    public List<CoachingSessionLogged> loggedSessions() {
        return sessions.findAll().stream().map(d -> new CoachingSessionLogged(new CoachingSessionId(d.id()),
                new DepartmentId(d.departmentId()), d.date(), d.minutes(), d.people())).toList();
    }

    /** The signed-in ambassador's sessions, newest first, with their coachees' names. */
    @PreAuthorize("hasRole('AMBASSADOR')")
    public List<CoachingSession> mySessions() {
        Optional<Ambassador> me = roster.current();
        if (me.isEmpty()) {
            return List.of();
        }
        return sessions.findByAmbassadorIdOrderByDateDescLoggedAtDesc(me.get().id().value()).stream()
                .map(d -> toDomain(d, me.get().name())).toList();
    }

    /** One of the signed-in ambassador's sessions (to edit it). */
    @PreAuthorize("hasRole('AMBASSADOR')")
    public Optional<CoachingSession> mySession(CoachingSessionId id) {
        Optional<Ambassador> me = roster.current();
        return sessions.findById(id.value())
                .filter(d -> me.isPresent() && d.ambassadorId().equals(me.get().id().value()))
                .map(d -> toDomain(d, me.get().name()));
    }

    /** Every ambassador's sessions since a day, newest first, without coachees' names. */
    @PreAuthorize("hasRole('LEAD')")
    public List<CoachingSession> allSessions(LocalDate from) {
        Map<String, String> names = roster.names();
        return sessions.findByDateGreaterThanEqualOrderByDateDesc(from).stream()
                .map(d -> toDomain(d, names.getOrDefault(d.ambassadorId(), "—")).withoutCoachees()).toList();
    }

    /** The signed-in ambassador's home: this month against their availability, people reached, topics, points. */
    @PreAuthorize("hasRole('AMBASSADOR')")
    public Optional<AmbassadorHome> home() {
        Optional<Ambassador> found = roster.current();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Ambassador me = found.get();
        LocalDate today = LocalDate.now(clock);
        LocalDate yearAgo = today.minusMonths(12);
        LocalDate monthStart = today.withDayOfMonth(1);
        List<CoachingEntry> mine = sessions.findByAmbassadorIdOrderByDateDescLoggedAtDesc(me.id().value()).stream()
                .map(CoachingService::toEntry).toList();
        List<CoachingEntry> year = mine.stream().filter(s -> !s.date().isBefore(yearAgo)).toList();
        List<CoachingEntry> month = mine.stream().filter(s -> !s.date().isBefore(monthStart)).toList();
        Set<DepartmentId> support = organization.departments().stream().filter(Department::isSupport)
                .map(Department::id).collect(Collectors.toSet());
        int people = year.stream().mapToInt(CoachingEntry::people).sum();
        int points = ProgramIndicators.points(year.size(), people);

        List<AmbassadorHome.RankingEntry> ranking = new ArrayList<>();
        Integer rank = null;
        List<Map.Entry<AmbassadorDocument, Integer>> standings = standings(yearAgo);
        for (int i = 0; i < standings.size(); i++) {
            AmbassadorDocument a = standings.get(i).getKey();
            boolean you = a.id().equals(me.id().value());
            if (you) {
                rank = i + 1;
            }
            if (i < RANKING_SIZE) {
                ranking.add(new AmbassadorHome.RankingEntry(i + 1,
                        you ? me.name() : roster.employeeName(new EmployeeId(a.employeeId())),
                        standings.get(i).getValue(), you));
            }
        }
        int open = (int) requests.countByAmbassadorIdAndStatus(me.id().value(), HelpRequestStatus.OPEN);
        return Optional.of(new AmbassadorHome(me, month.size(),
                month.stream().mapToInt(CoachingEntry::minutes).sum() / 60.0,
                month.stream().mapToInt(CoachingEntry::people).sum(), year.size(), people,
                ProgramIndicators.top(year, CoachingEntry::tools, 5),
                ProgramIndicators.top(year, CoachingEntry::painPoints, 5), points,
                ProgramIndicators.badges(mine, support), me.publicRanking() ? rank : null, ranking, open));
    }

    /** Points of the last 12 months of every ambassador who accepts the public ranking, best first. */
    private List<Map.Entry<AmbassadorDocument, Integer>> standings(LocalDate from) {
        Map<String, int[]> totals = new HashMap<>();
        for (CoachingSessionDocument s : sessions.findByDateGreaterThanEqual(from)) {
            int[] t = totals.computeIfAbsent(s.ambassadorId(), k -> new int[2]);
            t[0]++;
            t[1] += s.people();
        }
        return ambassadors.findAll().stream()
                .filter(a -> a.publicRanking() && a.status().holdsRole())
                .map(a -> {
                    int[] t = totals.getOrDefault(a.id(), new int[2]);
                    return Map.entry(a, ProgramIndicators.points(t[0], t[1]));
                })
                .sorted(Map.Entry.<AmbassadorDocument, Integer>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(e -> e.getKey().id()))
                .toList();
    }

    /** System work (demo company): stores sessions as given, in one bulk insert. */
    @PreAuthorize("hasRole('ADMIN')")
    public void importSessions(List<CoachingSession> list) {
        sessions.insert(list.stream().map(s -> toDocument(s.entry(), s.ambassadorId(), s.outsideCoverage(),
                s.loggedAt())).toList());
    }

    private static CoachingSessionDocument toDocument(CoachingEntry e, AmbassadorId ambassador, boolean outside,
                                                      Instant loggedAt) {
        return new CoachingSessionDocument(e.id().value(), ambassador.value(), e.date(), e.minutes(), e.format(),
                e.departmentId().value(), e.teamId() == null ? null : e.teamId().value(), e.people(), e.tools(),
                e.painPoints(), e.outcome(), e.followUp(), e.coachees(),
                e.helpRequest() == null ? null : e.helpRequest().value(), outside, loggedAt);
    }

    static CoachingEntry toEntry(CoachingSessionDocument d) {
        return new CoachingEntry(new CoachingSessionId(d.id()), d.date(), d.minutes(), d.format(),
                new DepartmentId(d.departmentId()), d.teamId() == null ? null : new TeamId(d.teamId()), d.people(),
                d.tools(), d.painPoints(), d.outcome(), d.followUp(), d.coachees(),
                d.helpRequestId() == null ? null : new HelpRequestId(d.helpRequestId()));
    }

    private static CoachingSession toDomain(CoachingSessionDocument d, String ambassadorName) {
        return new CoachingSession(toEntry(d), new AmbassadorId(d.ambassadorId()), ambassadorName,
                d.outsideCoverage(), d.loggedAt());
    }

    /** Now, to the millisecond: what MongoDB keeps of an instant. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
