package app.symetrie.training;

import app.symetrie.barometer.BarometerCatalog;
import app.symetrie.barometer.CatalogItem;
import app.symetrie.common.InvalidValueException;
import app.symetrie.common.UserFacingException;
import app.symetrie.organization.EmployeeId;
import app.symetrie.security.CurrentUser;
import app.symetrie.security.SignedInUser;
import app.symetrie.training.internal.CourseDocument;
import app.symetrie.training.internal.CourseRepository;
import app.symetrie.training.internal.EnrolmentDocument;
import app.symetrie.training.internal.EnrolmentRepository;
import app.symetrie.training.internal.TrainingSessionDocument;
import app.symetrie.training.internal.TrainingSessionRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** The catalog: courses and their sessions. Everyone reads it; leads edit it. */
@Service
public class TrainingCatalogService {

    private final CourseRepository courses;
    private final TrainingSessionRepository sessions;
    private final EnrolmentRepository enrolments;
    private final EnrolmentService enrolmentService;
    private final BarometerCatalog catalog;
    private final MongoTemplate mongo;
    private final Clock clock;

    TrainingCatalogService(CourseRepository courses, TrainingSessionRepository sessions,
                           EnrolmentRepository enrolments, EnrolmentService enrolmentService,
                           BarometerCatalog catalog, MongoTemplate mongo, Clock clock) {
        this.courses = courses;
        this.sessions = sessions;
        this.enrolments = enrolments;
        this.enrolmentService = enrolmentService;
        this.catalog = catalog;
        this.mongo = mongo;
        this.clock = clock;
    }

    // ----- courses

    @PreAuthorize("isAuthenticated()")
    public List<Course> courses() {
        return courses.findAll().stream().map(TrainingCatalogService::toDomain)
                .sorted(Comparator.comparing(Course::title, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    @PreAuthorize("isAuthenticated()")
    public Optional<Course> course(CourseId id) {
        return courses.findById(id.value()).map(TrainingCatalogService::toDomain);
    }

    @PreAuthorize("hasRole('LEAD')")
    public Course saveCourse(Course course) {
        requireCode(course.tool(), catalog.tools());
        requireCode(course.painPoint(), catalog.painPoints());
        courses.save(toDocument(course));
        return course;
    }

    /** Deletes a course that has no session yet. */
    @PreAuthorize("hasRole('LEAD')")
    public void deleteCourse(CourseId id) {
        if (sessions.existsByCourseId(id.value())) {
            throw new UserFacingException("training.error.course.has-sessions");
        }
        courses.deleteById(id.value());
    }

    private static void requireCode(@Nullable String code, List<CatalogItem> items) {
        if (code != null && items.stream().noneMatch(i -> i.code().equals(code))) {
            throw new UserFacingException("training.error.unknown-code", code);
        }
    }

    // ----- sessions

    /** The sessions of a course, in date order. */
    @PreAuthorize("isAuthenticated()")
    public List<TrainingSession> sessions(CourseId course) {
        return sessions.findByCourseIdOrderByStart(course.value()).stream().map(TrainingCatalogService::toDomain)
                .toList();
    }

    /**
     * Creates or edits a session. Its seats taken are the enrolment service's: a lead cannot set them, nor bring the
     * capacity under them; raising the capacity gives the new seats to the waiting list at once.
     */
    @PreAuthorize("hasRole('LEAD')")
    public TrainingSession saveSession(TrainingSession session) {
        if (!courses.existsById(session.courseId().value())) {
            throw new UserFacingException("training.error.course.unknown");
        }
        Optional<TrainingSessionDocument> existing = sessions.findById(session.id().value());
        if (existing.isEmpty()) {
            if (!session.start().isAfter(clock.instant())) {
                throw new InvalidValueException("start", "training.error.session.in-past");
            }
            TrainingSessionDocument created = toDocument(session, 0);
            sessions.insert(created);
            return toDomain(created);
        }
        Query query = Query.query(Criteria.where("_id").is(session.id().value())
                .and("seatsTaken").lte(session.capacity()));
        Update update = new Update().set("courseId", session.courseId().value()).set("start", session.start())
                .set("end", session.end()).set("place", session.place()).set("capacity", session.capacity())
                .set("trainerId", session.trainerId() == null ? null : session.trainerId().value())
                .set("trainerName", session.trainerName()).set("enrolmentDeadline", session.enrolmentDeadline());
        if (mongo.updateFirst(query, update, TrainingSessionDocument.class).getMatchedCount() == 0) {
            throw new InvalidValueException("capacity", "training.error.session.capacity-below-enrolled",
                    existing.get().seatsTaken());
        }
        enrolmentService.fillFreeSeats(session.id().value());
        return sessions.findById(session.id().value()).map(TrainingCatalogService::toDomain).orElseThrow();
    }

    /** Deletes a session nobody is enrolled in or waiting for. */
    @PreAuthorize("hasRole('LEAD')")
    public void deleteSession(TrainingSessionId id) {
        if (enrolments.existsBySessionIdAndStatusIn(id.value(),
                EnumSet.of(EnrolmentStatus.ENROLLED, EnrolmentStatus.WAITLISTED))) {
            throw new UserFacingException("training.error.session.has-people");
        }
        sessions.deleteById(id.value());
    }

    /**
     * The sessions still to come, with seats left, the waiting list and the viewer's own place: what an employee
     * chooses from.
     */
    @PreAuthorize("isAuthenticated()")
    public List<SessionOffer> upcoming() {
        Instant now = clock.instant();
        SignedInUser user = CurrentUser.require();
        EmployeeId me = user.employeeId();
        Map<String, Course> byId = courses.findAll().stream().map(TrainingCatalogService::toDomain)
                .collect(Collectors.toMap(c -> c.id().value(), Function.identity()));
        List<TrainingSessionDocument> future = sessions.findByStartAfterOrderByStart(now);
        Map<String, List<EnrolmentDocument>> people = enrolments
                .findBySessionIdIn(future.stream().map(TrainingSessionDocument::id).toList()).stream()
                .collect(Collectors.groupingBy(EnrolmentDocument::sessionId));
        return future.stream().filter(s -> byId.containsKey(s.courseId())).map(s -> {
            List<EnrolmentDocument> waiting = EnrolmentService.waitingList(people.getOrDefault(s.id(), List.of()));
            Optional<EnrolmentDocument> mine = me == null ? Optional.empty() : people.getOrDefault(s.id(), List.of())
                    .stream().filter(e -> e.employeeId().equals(me.value())).findFirst();
            EnrolmentStatus status = mine.map(EnrolmentDocument::status)
                    .filter(st -> st != EnrolmentStatus.CANCELLED).orElse(null);
            int position = mine.map(m -> waiting.indexOf(m) + 1).orElse(0);
            return new SessionOffer(Objects.requireNonNull(byId.get(s.courseId()), "filtered on byId"), toDomain(s),
                    waiting.size(), status, position, !now.isAfter(s.enrolmentDeadline()));
        }).toList();
    }

    /** System work (demo company): stores courses and sessions as given, in bulk. */
    @PreAuthorize("hasRole('ADMIN')")
    public void importCatalog(List<Course> courseList, List<TrainingSession> sessionList) {
        courses.insert(courseList.stream().map(TrainingCatalogService::toDocument).toList());
        sessions.insert(sessionList.stream().map(s -> toDocument(s, s.seatsTaken())).toList());
    }

    static Course toDomain(CourseDocument d) {
        return new Course(new CourseId(d.id()), d.title(), d.description(), d.tool(), d.painPoint(), d.level(),
                d.minutes(), d.format());
    }

    private static CourseDocument toDocument(Course c) {
        return new CourseDocument(c.id().value(), c.title(), c.description(), c.tool(), c.painPoint(), c.level(),
                c.minutes(), c.format());
    }

    static TrainingSession toDomain(TrainingSessionDocument d) {
        return new TrainingSession(new TrainingSessionId(d.id()), new CourseId(d.courseId()), d.start(), d.end(),
                d.place(), d.capacity(), d.seatsTaken(), d.trainerId() == null ? null : new EmployeeId(d.trainerId()),
                d.trainerName(), d.enrolmentDeadline());
    }

    private static TrainingSessionDocument toDocument(TrainingSession s, int seatsTaken) {
        return new TrainingSessionDocument(s.id().value(), s.courseId().value(), s.start(), s.end(), s.place(),
                s.capacity(), seatsTaken, s.trainerId() == null ? null : s.trainerId().value(), s.trainerName(),
                s.enrolmentDeadline());
    }
}
