package app.symetrie.training;

import app.symetrie.common.Ids;
import app.symetrie.common.Role;
import app.symetrie.common.UserFacingException;
import app.symetrie.organization.Department;
import app.symetrie.organization.DepartmentId;
import app.symetrie.organization.Employee;
import app.symetrie.organization.EmployeeId;
import app.symetrie.organization.OrganizationService;
import app.symetrie.security.CurrentUser;
import app.symetrie.security.SignedInUser;
import app.symetrie.training.internal.CourseDocument;
import app.symetrie.training.internal.CourseRepository;
import app.symetrie.training.internal.EnrolmentDocument;
import app.symetrie.training.internal.EnrolmentRepository;
import app.symetrie.training.internal.NotificationDocument;
import app.symetrie.training.internal.NotificationRepository;
import app.symetrie.training.internal.SeatLedger;
import app.symetrie.training.internal.TrainingSessionDocument;
import app.symetrie.training.internal.TrainingSessionRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Enrolment: a seat when one is left, else the waiting list; cancelling hands the seat to the first person waiting,
 * who is told so in the app. Then attendance and completion (by the trainer) and ratings (by attendees).
 * Seats move only through {@link SeatLedger}'s atomic updates: a session is never over capacity.
 */
@Service
public class EnrolmentService {

    private final EnrolmentRepository enrolments;
    private final TrainingSessionRepository sessions;
    private final CourseRepository courses;
    private final NotificationRepository notifications;
    private final SeatLedger ledger;
    private final OrganizationService organization;
    private final MongoTemplate mongo;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    EnrolmentService(EnrolmentRepository enrolments, TrainingSessionRepository sessions, CourseRepository courses,
                     NotificationRepository notifications, SeatLedger ledger, OrganizationService organization,
                     MongoTemplate mongo, ApplicationEventPublisher events, Clock clock) {
        this.enrolments = enrolments;
        this.sessions = sessions;
        this.courses = courses;
        this.notifications = notifications;
        this.ledger = ledger;
        this.organization = organization;
        this.mongo = mongo;
        this.events = events;
        this.clock = clock;
    }

    // ----- enrolling and cancelling

    /**
     * Enrols the signed-in person: a seat if one is left, else a place on the waiting list. Refused for a session
     * that has started, after the enrolment deadline, and for someone already enrolled or waiting.
     */
    @PreAuthorize("isAuthenticated()")
    public EnrolmentResult enrol(TrainingSessionId sessionId) {
        Employee me = currentEmployee();
        TrainingSessionDocument session = session(sessionId);
        Instant now = now();
        if (!session.start().isAfter(now)) {
            throw new UserFacingException("training.error.session.past");
        }
        if (now.isAfter(session.enrolmentDeadline())) {
            throw new UserFacingException("training.error.deadline.passed");
        }
        EnrolmentDocument mine = claimPlace(session.id(), me, now);
        if (ledger.takeSeat(session.id())) {
            if (!ledger.changeStatus(mine.id(), EnrolmentStatus.JOINING, EnrolmentStatus.ENROLLED, now)) {
                // cancelled meanwhile (another tab): the seat we took goes to the next person
                handOverSeat(session.id());
            }
        } else {
            ledger.changeStatus(mine.id(), EnrolmentStatus.JOINING, EnrolmentStatus.WAITLISTED, now());
            // a seat may have freed up between our attempt and our joining the list
            fillFreeSeats(session.id());
        }
        return result(session.id(), me.id());
    }

    /**
     * Claims the person's place (JOINING) before any seat is taken. The unique (session, person) index turns a
     * concurrent double enrolment into one place.
     */
    private EnrolmentDocument claimPlace(String sessionId, Employee me, Instant now) {
        Optional<EnrolmentDocument> existing = enrolments.findBySessionIdAndEmployeeId(sessionId, me.id().value());
        if (existing.isPresent()) {
            EnrolmentDocument e = existing.get();
            if (e.status() != EnrolmentStatus.CANCELLED
                    || !ledger.changeStatus(e.id(), EnrolmentStatus.CANCELLED, EnrolmentStatus.JOINING, now)) {
                throw alreadyIn(sessionId, me.id());
            }
            mongo.updateFirst(Query.query(Criteria.where("_id").is(e.id())),
                    new Update().set("departmentId", me.departmentId().value()), EnrolmentDocument.class);
            return enrolments.findById(e.id()).orElseThrow();
        }
        EnrolmentDocument created = new EnrolmentDocument(Ids.random(), sessionId, me.id().value(),
                me.departmentId().value(), EnrolmentStatus.JOINING, now, null, false, null, "");
        try {
            return enrolments.insert(created);
        } catch (DuplicateKeyException doubleSubmit) {
            throw alreadyIn(sessionId, me.id());
        }
    }

    private UserFacingException alreadyIn(String sessionId, EmployeeId me) {
        EnrolmentStatus status = enrolments.findBySessionIdAndEmployeeId(sessionId, me.value())
                .map(EnrolmentDocument::status).orElse(EnrolmentStatus.ENROLLED);
        return new UserFacingException(status == EnrolmentStatus.WAITLISTED ? "training.error.already-waitlisted"
                : "training.error.already-enrolled");
    }

    /** Cancels the signed-in person's seat or place on the waiting list. Refused once the session has started. */
    @PreAuthorize("isAuthenticated()")
    public void cancel(TrainingSessionId sessionId) {
        Employee me = currentEmployee();
        TrainingSessionDocument session = session(sessionId);
        if (!session.start().isAfter(now())) {
            throw new UserFacingException("training.error.cancel.past");
        }
        for (int attempt = 0; attempt < 3; attempt++) {
            EnrolmentDocument mine = enrolments.findBySessionIdAndEmployeeId(session.id(), me.id().value())
                    .filter(e -> e.status() != EnrolmentStatus.CANCELLED)
                    .orElseThrow(() -> new UserFacingException("training.error.not-enrolled"));
            if (ledger.changeStatus(mine.id(), mine.status(), EnrolmentStatus.CANCELLED, now())) {
                if (mine.status() == EnrolmentStatus.ENROLLED) {
                    handOverSeat(session.id());
                }
                return;
            }
            // promoted or cancelled meanwhile (another tab): read again
        }
        throw new UserFacingException("training.error.changed-meanwhile");
    }

    /** A seat was freed: the first person waiting gets it (and a notification), else it goes back to the pool. */
    private void handOverSeat(String sessionId) {
        ledger.promoteFirstWaiting(sessionId)
                .ifPresentOrElse(this::notifyPromoted, () -> ledger.releaseSeat(sessionId));
        fillFreeSeats(sessionId);
    }

    /**
     * While a seat is free and someone waits, the first person waiting takes it. Run after anything that may leave
     * both (a raised capacity, a waiting-list entry racing a cancellation).
     */
    void fillFreeSeats(String sessionId) {
        TrainingSessionDocument session = sessions.findById(sessionId).orElse(null);
        if (session == null || !session.start().isAfter(now())) {
            return;
        }
        for (int i = 0; i <= session.capacity(); i++) {
            if (!ledger.takeSeat(sessionId)) {
                return;
            }
            Optional<EnrolmentDocument> promoted = ledger.promoteFirstWaiting(sessionId);
            if (promoted.isEmpty()) {
                ledger.releaseSeat(sessionId);
                return;
            }
            notifyPromoted(promoted.get());
        }
    }

    private void notifyPromoted(EnrolmentDocument promoted) {
        notifications.insert(new NotificationDocument(Ids.random(), promoted.employeeId(),
                TrainingNotification.Kind.PROMOTED, promoted.sessionId(), now(), false));
        sessions.findById(promoted.sessionId()).ifPresent(session -> events.publishEvent(new WaitlistPromoted(
                new EmployeeId(promoted.employeeId()), new TrainingSessionId(session.id()),
                courses.findById(session.courseId()).map(CourseDocument::title).orElse(""), session.start())));
    }

    private EnrolmentResult result(String sessionId, EmployeeId me) {
        List<EnrolmentDocument> all = enrolments.findBySessionIdOrderByAtAscIdAsc(sessionId);
        EnrolmentDocument mine = all.stream().filter(e -> e.employeeId().equals(me.value())).findFirst()
                .orElseThrow();
        return new EnrolmentResult(mine.status(), waitingList(all).indexOf(mine) + 1);
    }

    /** The waiting list of a session's enrolments, in order: who joined first, ties broken by id. */
    static List<EnrolmentDocument> waitingList(List<EnrolmentDocument> enrolmentsOfSession) {
        return enrolmentsOfSession.stream().filter(e -> e.status() == EnrolmentStatus.WAITLISTED)
                .sorted(Comparator.comparing(EnrolmentDocument::at).thenComparing(EnrolmentDocument::id)).toList();
    }

    // ----- what the person sees

    /** The signed-in person's enrolments, upcoming first then past, without cancelled ones. */
    @PreAuthorize("isAuthenticated()")
    public List<MyTraining> myTrainings() {
        SignedInUser user = CurrentUser.require();
        if (user.employeeId() == null) {
            return List.of();
        }
        Instant now = now();
        List<EnrolmentDocument> mine = enrolments.findByEmployeeId(user.employeeId().value()).stream()
                .filter(e -> e.status() != EnrolmentStatus.CANCELLED).toList();
        Map<String, TrainingSessionDocument> sessionsById = sessions
                .findAllById(mine.stream().map(EnrolmentDocument::sessionId).toList()).stream()
                .collect(Collectors.toMap(TrainingSessionDocument::id, Function.identity()));
        Map<String, CourseDocument> coursesById = courses
                .findAllById(sessionsById.values().stream().map(TrainingSessionDocument::courseId).distinct().toList())
                .stream().collect(Collectors.toMap(CourseDocument::id, Function.identity()));
        Map<String, List<EnrolmentDocument>> waiting = enrolments.findBySessionIdInAndStatus(
                        mine.stream().filter(e -> e.status() == EnrolmentStatus.WAITLISTED)
                                .map(EnrolmentDocument::sessionId).toList(), EnrolmentStatus.WAITLISTED).stream()
                .collect(Collectors.groupingBy(EnrolmentDocument::sessionId));
        return mine.stream().filter(e -> sessionsById.containsKey(e.sessionId())
                        && coursesById.containsKey(sessionsById.get(e.sessionId()).courseId()))
                .map(e -> {
                    // both present: filtered above
                    TrainingSessionDocument s = Objects.requireNonNull(sessionsById.get(e.sessionId()));
                    boolean past = !s.end().isAfter(now);
                    int position = e.status() == EnrolmentStatus.WAITLISTED
                            ? waitingList(waiting.getOrDefault(s.id(), List.of())).indexOf(e) + 1 : 0;
                    return new MyTraining(TrainingCatalogService.toDomain(
                            Objects.requireNonNull(coursesById.get(s.courseId()))),
                            TrainingCatalogService.toDomain(s), e.status(), position, e.attended(), e.completed(),
                            e.rating(), e.comment(), past, canRate(e, s, now));
                })
                .sorted(Comparator.comparing(MyTraining::past).thenComparing(
                        t -> t.past() ? -t.session().start().toEpochMilli() : t.session().start().toEpochMilli()))
                .toList();
    }

    private static boolean canRate(EnrolmentDocument e, TrainingSessionDocument s, Instant now) {
        return e.status() == EnrolmentStatus.ENROLLED && Boolean.TRUE.equals(e.attended()) && !s.end().isAfter(now);
    }

    /** The signed-in person's notifications, newest first. */
    @PreAuthorize("isAuthenticated()")
    public List<TrainingNotification> notifications() {
        SignedInUser user = CurrentUser.require();
        if (user.employeeId() == null) {
            return List.of();
        }
        List<NotificationDocument> list = notifications.findByEmployeeIdOrderByAtDesc(user.employeeId().value());
        Map<String, TrainingSessionDocument> sessionsById = sessions
                .findAllById(list.stream().map(NotificationDocument::sessionId).toList()).stream()
                .collect(Collectors.toMap(TrainingSessionDocument::id, Function.identity()));
        Map<String, String> titles = courses.findAll().stream()
                .collect(Collectors.toMap(CourseDocument::id, CourseDocument::title));
        return list.stream().filter(n -> sessionsById.containsKey(n.sessionId())).map(n -> {
            TrainingSessionDocument s = Objects.requireNonNull(sessionsById.get(n.sessionId())); // filtered above
            return new TrainingNotification(n.id(), n.kind(), new TrainingSessionId(s.id()),
                    titles.getOrDefault(s.courseId(), ""), s.start(), n.at(), n.read());
        }).toList();
    }

    @PreAuthorize("isAuthenticated()")
    public void markNotificationsRead() {
        SignedInUser user = CurrentUser.require();
        if (user.employeeId() != null) {
            mongo.updateMulti(Query.query(Criteria.where("employeeId").is(user.employeeId().value())
                    .and("read").is(false)), new Update().set("read", true), NotificationDocument.class);
        }
    }

    // ----- trainers: attendance and completion

    /** The sessions the signed-in person trains, latest first. */
    @PreAuthorize("isAuthenticated()")
    public List<TrainingSession> sessionsITrain() {
        SignedInUser user = CurrentUser.require();
        if (user.employeeId() == null) {
            return List.of();
        }
        return sessions.findByTrainerIdOrderByStartDesc(user.employeeId().value()).stream()
                .map(TrainingCatalogService::toDomain).toList();
    }

    /** Who is enrolled in or waiting for a session: its trainer and leads only. */
    @PreAuthorize("isAuthenticated()")
    public List<Attendee> attendees(TrainingSessionId sessionId) {
        TrainingSessionDocument session = session(sessionId);
        requireTrainerOrLead(session);
        List<EnrolmentDocument> all = enrolments.findBySessionIdOrderByAtAscIdAsc(session.id()).stream()
                .filter(e -> e.status() != EnrolmentStatus.CANCELLED).toList();
        List<EnrolmentDocument> waiting = waitingList(all);
        Map<DepartmentId, String> departmentNames = organization.departments().stream()
                .collect(Collectors.toMap(Department::id, Department::name));
        return all.stream().map(e -> {
            Optional<Employee> person = organization.employee(new EmployeeId(e.employeeId()));
            return new Attendee(new EmployeeId(e.employeeId()), person.map(Employee::fullName).orElse("—"),
                    departmentNames.getOrDefault(new DepartmentId(e.departmentId()), ""), e.status(),
                    waiting.indexOf(e) + 1, e.attended(), e.completed());
        }).sorted(Comparator.comparing(Attendee::status).thenComparing(Attendee::waitlistPosition)
                .thenComparing(Attendee::name)).toList();
    }

    /**
     * The trainer (or a lead) marks whether an enrolled person attended and completed the session, once it has
     * started. Completion implies attendance.
     */
    @PreAuthorize("isAuthenticated()")
    public void markAttendance(TrainingSessionId sessionId, EmployeeId person, boolean attended, boolean completed) {
        TrainingSessionDocument session = session(sessionId);
        requireTrainerOrLead(session);
        if (session.start().isAfter(now())) {
            throw new UserFacingException("training.error.attendance.too-early");
        }
        EnrolmentDocument e = enrolments.findBySessionIdAndEmployeeId(session.id(), person.value())
                .filter(x -> x.status() == EnrolmentStatus.ENROLLED)
                .orElseThrow(() -> new UserFacingException("training.error.not-enrolled"));
        boolean done = attended && completed;
        mongo.updateFirst(Query.query(Criteria.where("_id").is(e.id())),
                new Update().set("attended", attended).set("completed", done), EnrolmentDocument.class);
        if (done && !e.completed()) {
            events.publishEvent(new TrainingCompleted(person, new DepartmentId(e.departmentId()),
                    new CourseId(session.courseId()), sessionId));
        }
    }

    private void requireTrainerOrLead(TrainingSessionDocument session) {
        SignedInUser user = CurrentUser.require();
        boolean trainer = user.employeeId() != null && user.employeeId().value().equals(session.trainerId());
        if (!trainer && !user.has(Role.LEAD)) {
            throw new UserFacingException("training.error.not-trainer");
        }
    }

    // ----- ratings

    /** An attendee rates a session once it has ended: 1 to 5 stars and an optional comment (rating again replaces). */
    @PreAuthorize("isAuthenticated()")
    public void rate(TrainingSessionId sessionId, int stars, String comment) {
        Employee me = currentEmployee();
        TrainingSessionDocument session = session(sessionId);
        if (stars < Enrolment.MIN_RATING || stars > Enrolment.MAX_RATING) {
            throw new UserFacingException("training.error.rating.range");
        }
        String text = comment == null ? "" : comment.strip();
        if (text.length() > Enrolment.COMMENT_MAX) {
            throw new UserFacingException("training.error.text.too-long");
        }
        EnrolmentDocument e = enrolments.findBySessionIdAndEmployeeId(session.id(), me.id().value())
                .orElseThrow(() -> new UserFacingException("training.error.not-enrolled"));
        if (!canRate(e, session, now())) {
            throw new UserFacingException(session.end().isAfter(now()) ? "training.error.rate.too-early"
                    : "training.error.rate.not-attended");
        }
        mongo.updateFirst(Query.query(Criteria.where("_id").is(e.id())),
                new Update().set("rating", stars).set("comment", text), EnrolmentDocument.class);
    }

    // ----- system work

    /** System work (demo company): stores enrolments as given, in one bulk insert. */
    @PreAuthorize("hasRole('ADMIN')")
    public void importEnrolments(List<Enrolment> list) {
        enrolments.insert(list.stream().map(e -> new EnrolmentDocument(Ids.random(), e.sessionId().value(),
                e.employeeId().value(), e.departmentId().value(), e.status(), e.at(), e.attended(), e.completed(),
                e.rating(), e.comment())).toList());
    }

    /** System work (demo company): tells these people that a seat freed up for them. */
    @PreAuthorize("hasRole('ADMIN')")
    public void importPromotionNotices(List<Enrolment> promoted, Instant at) {
        notifications.insert(promoted.stream().map(e -> new NotificationDocument(Ids.random(), e.employeeId().value(),
                TrainingNotification.Kind.PROMOTED, e.sessionId().value(), at, false)).toList());
    }

    // ----- helpers

    private TrainingSessionDocument session(TrainingSessionId id) {
        return sessions.findById(id.value())
                .orElseThrow(() -> new UserFacingException("training.error.session.unknown"));
    }

    private Employee currentEmployee() {
        SignedInUser user = CurrentUser.require();
        if (user.employeeId() == null) {
            throw new UserFacingException("training.error.no-employee");
        }
        return organization.employee(user.employeeId())
                .orElseThrow(() -> new UserFacingException("training.error.no-employee"));
    }

    /** Now, to the millisecond: what MongoDB keeps of an instant. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
