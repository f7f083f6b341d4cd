package app.symetrie.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.symetrie.common.Role;
import app.symetrie.common.UserFacingException;
import app.symetrie.organization.Employee;
import app.symetrie.organization.EmployeeFilter;
import app.symetrie.organization.OrganizationService;
import app.symetrie.security.SignedInUser;
import app.symetrie.security.internal.AccountUserDetailsService;
import app.symetrie.test.RestoresCollections;
import app.symetrie.test.RunAs;
import app.symetrie.test.WithDemoCompany;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Enrolment, the waiting list and its promotions, cancelling, attendance and ratings — on sessions each test creates,
 * with people of the demo company. The last seat is fought over by real threads.
 */
@WithDemoCompany
@RestoresCollections({"enrolments", "training_sessions", "training_notifications", "notifications", "mail_outbox"})
class EnrolmentIT {

    @Autowired
    TrainingCatalogService catalog;
    @Autowired
    EnrolmentService enrolments;
    @Autowired
    OrganizationService organization;
    @Autowired
    AccountUserDetailsService users;
    @Autowired
    Clock clock;

    List<Employee> people;
    ExecutorService pool;

    RunAs runAs;

    @BeforeEach
    void people(@Autowired SecurityContextHolderStrategy security) {
        runAs = new RunAs(security);
        people = runAs.system(() -> organization.findEmployees(EmployeeFilter.ALL, 100, 40));
        pool = Executors.newFixedThreadPool(16);
    }

    @AfterEach
    void stopThreads() {
        pool.shutdownNow();
    }

    SignedInUser person(int i) {
        return RunAs.user(people.get(i));
    }

    SignedInUser lead() {
        return (SignedInUser) users.loadUserByUsername("lead@demo.symetrie.fr");
    }

    Course course;

    /** A session of a new course: starting in {@code startsIn} (negative: in the past), deadline 2 days before. */
    TrainingSession session(int capacity, Duration startsIn, Duration deadlineBeforeStart) {
        Instant start = clock.instant().plus(startsIn);
        course = new Course(CourseId.random(), "Test course " + Math.abs(start.hashCode()), "", "office", null,
                CourseLevel.BEGINNER, 60, CourseFormat.ON_SITE);
        TrainingSession s = new TrainingSession(TrainingSessionId.random(), course.id(), start,
                start.plus(Duration.ofHours(1)), "Salle 1", capacity, 0, people.get(39).id(),
                people.get(39).fullName(), start.minus(deadlineBeforeStart));
        runAs.system(() -> catalog.importCatalog(List.of(course), List.of(s)));
        return s;
    }

    TrainingSession future(int capacity) {
        return session(capacity, Duration.ofDays(7), Duration.ofDays(2));
    }

    TrainingSession reload(TrainingSession s) {
        return runAs.call(lead(), () -> catalog.sessions(s.courseId())).stream().filter(x -> x.id().equals(s.id()))
                .findFirst().orElseThrow();
    }

    List<Attendee> attendees(TrainingSession s) {
        return runAs.call(lead(), () -> enrolments.attendees(s.id()));
    }

    long enrolled(TrainingSession s) {
        return attendees(s).stream().filter(a -> a.status() == EnrolmentStatus.ENROLLED).count();
    }

    EnrolmentResult enrol(int who, TrainingSession s) {
        return runAs.call(person(who), () -> enrolments.enrol(s.id()));
    }

    // ----- enrolling

    @Test
    void enrolling_takes_a_seat_and_enrolling_again_is_refused() {
        TrainingSession s = future(3);
        assertThat(enrol(0, s)).isEqualTo(new EnrolmentResult(EnrolmentStatus.ENROLLED, 0));
        assertThat(reload(s).seatsTaken()).isEqualTo(1);
        assertThatThrownBy(() -> enrol(0, s)).isInstanceOf(UserFacingException.class)
                .hasMessage("training.error.already-enrolled");
        assertThat(reload(s).seatsTaken()).isEqualTo(1);
        assertThat(attendees(s)).hasSize(1);
    }

    @Test
    void a_full_session_puts_people_on_the_waiting_list_in_the_order_they_came() {
        TrainingSession s = future(2);
        enrol(0, s);
        enrol(1, s);
        assertThat(enrol(2, s)).isEqualTo(new EnrolmentResult(EnrolmentStatus.WAITLISTED, 1));
        assertThat(enrol(3, s)).isEqualTo(new EnrolmentResult(EnrolmentStatus.WAITLISTED, 2));
        assertThatThrownBy(() -> enrol(3, s)).hasMessage("training.error.already-waitlisted");
        assertThat(reload(s).seatsTaken()).isEqualTo(2);
        SessionOffer offer = runAs.call(person(3), catalog::upcoming).stream()
                .filter(o -> o.session().id().equals(s.id())).findFirst().orElseThrow();
        assertThat(offer.waitlist()).isEqualTo(2);
        assertThat(offer.myStatus()).isEqualTo(EnrolmentStatus.WAITLISTED);
        assertThat(offer.myPosition()).isEqualTo(2);
    }

    @Test
    void cancelling_hands_the_seat_to_the_first_person_waiting_who_is_told() {
        TrainingSession s = future(1);
        enrol(0, s);
        enrol(1, s);
        enrol(2, s);
        runAs.run(person(0), () -> enrolments.cancel(s.id()));

        assertThat(reload(s).seatsTaken()).isEqualTo(1);
        List<Attendee> list = attendees(s);
        assertThat(list).filteredOn(a -> a.status() == EnrolmentStatus.ENROLLED).extracting(Attendee::employeeId)
                .containsExactly(people.get(1).id());
        assertThat(list).filteredOn(a -> a.status() == EnrolmentStatus.WAITLISTED).singleElement()
                .matches(a -> a.employeeId().equals(people.get(2).id()) && a.waitlistPosition() == 1);
        List<TrainingNotification> notices = runAs.call(person(1), enrolments::notifications);
        assertThat(notices).filteredOn(n -> n.sessionId().equals(s.id())).singleElement()
                .satisfies(n -> {
                    assertThat(n.kind()).isEqualTo(TrainingNotification.Kind.PROMOTED);
                    assertThat(n.courseTitle()).isEqualTo(course.title());
                    assertThat(n.read()).isFalse();
                });
        assertThat(runAs.call(person(2), enrolments::notifications)).noneMatch(n -> n.sessionId().equals(s.id()));
        runAs.run(person(1), enrolments::markNotificationsRead);
        assertThat(runAs.call(person(1), enrolments::notifications)).allMatch(TrainingNotification::read);

        // leaving the waiting list frees no seat and promotes nobody
        runAs.run(person(2), () -> enrolments.cancel(s.id()));
        assertThat(reload(s).seatsTaken()).isEqualTo(1);
        assertThat(enrolled(s)).isEqualTo(1);
        // and the last seat holder leaving gives the seat back
        runAs.run(person(1), () -> enrolments.cancel(s.id()));
        assertThat(reload(s).seatsTaken()).isZero();
        assertThatThrownBy(() -> runAs.run(person(1), () -> enrolments.cancel(s.id())))
                .hasMessage("training.error.not-enrolled");
        // and coming back is allowed, once
        assertThat(enrol(1, s).status()).isEqualTo(EnrolmentStatus.ENROLLED);
    }

    // ----- concurrency

    @Test
    void two_people_taking_the_last_seat_at_the_same_instant_one_gets_it_the_other_waits() throws Exception {
        for (int round = 0; round < 10; round++) {
            TrainingSession s = future(2);
            enrol(0, s);
            List<EnrolmentResult> results = race(List.of(() -> enrol(1, s), () -> enrol(2, s)));
            assertThat(results).extracting(EnrolmentResult::status).as("round %d", round)
                    .containsExactlyInAnyOrder(EnrolmentStatus.ENROLLED, EnrolmentStatus.WAITLISTED);
            assertThat(results).filteredOn(r -> r.status() == EnrolmentStatus.WAITLISTED).singleElement()
                    .extracting(EnrolmentResult::waitlistPosition).isEqualTo(1);
            assertThat(reload(s).seatsTaken()).isEqualTo(2);
            assertThat(enrolled(s)).isEqualTo(2);
        }
    }

    @Test
    void sixteen_people_at_once_never_exceed_the_capacity() throws Exception {
        TrainingSession s = future(5);
        List<Callable<EnrolmentResult>> tasks = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            int who = i;
            tasks.add(() -> enrol(who, s));
        }
        List<EnrolmentResult> results = race(tasks);
        assertThat(results).filteredOn(r -> r.status() == EnrolmentStatus.ENROLLED).hasSize(5);
        assertThat(results).filteredOn(r -> r.status() == EnrolmentStatus.WAITLISTED).hasSize(11);
        assertThat(reload(s).seatsTaken()).isEqualTo(5);
        assertThat(attendees(s)).filteredOn(a -> a.status() == EnrolmentStatus.WAITLISTED)
                .extracting(Attendee::waitlistPosition).containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11);

        // everyone enrolled cancels at once: the five first waiting take the seats, still never more than five
        List<Attendee> seated = attendees(s).stream().filter(a -> a.status() == EnrolmentStatus.ENROLLED).toList();
        List<Callable<Void>> cancels = new ArrayList<>();
        for (Attendee a : seated) {
            int who = people.indexOf(people.stream().filter(p -> p.id().equals(a.employeeId())).findFirst()
                    .orElseThrow());
            cancels.add(() -> {
                runAs.run(person(who), () -> enrolments.cancel(s.id()));
                return null;
            });
        }
        race(cancels);
        assertThat(reload(s).seatsTaken()).isEqualTo(5);
        assertThat(enrolled(s)).isEqualTo(5);
        assertThat(attendees(s)).filteredOn(a -> a.status() == EnrolmentStatus.WAITLISTED).hasSize(6);
    }

    @Test
    void the_same_person_enrolling_twice_at_once_gets_one_place() throws Exception {
        TrainingSession s = future(3);
        List<Future<EnrolmentResult>> futures = start(List.of(() -> enrol(4, s), () -> enrol(4, s)));
        int ok = 0;
        int refused = 0;
        for (Future<EnrolmentResult> f : futures) {
            try {
                f.get(30, TimeUnit.SECONDS);
                ok++;
            } catch (java.util.concurrent.ExecutionException e) {
                assertThat(e.getCause()).isInstanceOf(UserFacingException.class);
                refused++;
            }
        }
        assertThat(ok).isEqualTo(1);
        assertThat(refused).isEqualTo(1);
        assertThat(attendees(s)).hasSize(1);
        assertThat(reload(s).seatsTaken()).isEqualTo(1);
    }

    /** Starts all tasks at the same instant and waits for their results. */
    private <T> List<T> race(List<Callable<T>> tasks) throws Exception {
        List<T> results = new ArrayList<>();
        for (Future<T> f : start(tasks)) {
            results.add(f.get(30, TimeUnit.SECONDS));
        }
        return results;
    }

    private <T> List<Future<T>> start(List<Callable<T>> tasks) throws InterruptedException {
        CountDownLatch ready = new CountDownLatch(tasks.size());
        CountDownLatch go = new CountDownLatch(1);
        List<Future<T>> futures = new ArrayList<>();
        for (Callable<T> task : tasks) {
            futures.add(pool.submit(() -> {
                ready.countDown();
                go.await();
                return task.call();
            }));
        }
        ready.await(10, TimeUnit.SECONDS);
        go.countDown();
        return futures;
    }

    // ----- bad input

    @Test
    void no_enrolment_after_the_deadline_nor_in_a_session_that_has_started() {
        TrainingSession closed = session(5, Duration.ofDays(1), Duration.ofDays(2));
        assertThatThrownBy(() -> enrol(0, closed)).hasMessage("training.error.deadline.passed");
        TrainingSession past = session(5, Duration.ofDays(-3), Duration.ofDays(2));
        assertThatThrownBy(() -> enrol(0, past)).hasMessage("training.error.session.past");
        assertThat(attendees(closed)).isEmpty();
        SessionOffer offer = runAs.call(person(0), catalog::upcoming).stream()
                .filter(o -> o.session().id().equals(closed.id())).findFirst().orElseThrow();
        assertThat(offer.open()).isFalse();
    }

    @Test
    void a_session_that_has_started_cannot_be_cancelled() {
        TrainingSession past = session(5, Duration.ofHours(-1), Duration.ofDays(2));
        runAs.system(() -> enrolments.importEnrolments(List.of(new Enrolment(past.id(), people.get(0).id(),
                people.get(0).departmentId(), EnrolmentStatus.ENROLLED, clock.instant().minus(Duration.ofDays(9)),
                null, false, null, ""))));
        assertThatThrownBy(() -> runAs.run(person(0), () -> enrolments.cancel(past.id())))
                .hasMessage("training.error.cancel.past");
        assertThat(enrolled(past)).isEqualTo(1);
    }

    @Test
    void over_capacity_and_absurd_sessions_are_refused() {
        Instant start = clock.instant().plus(Duration.ofDays(10));
        CourseId c = CourseId.random();
        assertThatThrownBy(() -> new TrainingSession(TrainingSessionId.random(), c, start, start.plusSeconds(3600),
                "Salle", 0, 0, null, "X", start)).hasMessage("training.error.session.capacity");
        assertThatThrownBy(() -> new TrainingSession(TrainingSessionId.random(), c, start, start.plusSeconds(3600),
                "Salle", 501, 0, null, "X", start)).hasMessage("training.error.session.capacity");
        assertThatThrownBy(() -> new TrainingSession(TrainingSessionId.random(), c, start, start.minusSeconds(1),
                "Salle", 10, 0, null, "X", start)).hasMessage("training.error.session.end-before-start");
        assertThatThrownBy(() -> new TrainingSession(TrainingSessionId.random(), c, start, start.plusSeconds(3600),
                "Salle", 10, 0, null, "X", start.plusSeconds(1)))
                .hasMessage("training.error.session.deadline-after-start");
        assertThatThrownBy(() -> new Course(CourseId.random(), "Long", "", null, null, CourseLevel.BEGINNER, 0,
                CourseFormat.REMOTE)).hasMessage("training.error.course.duration");
    }

    @Test
    void the_capacity_never_goes_under_the_people_enrolled_and_raising_it_serves_the_waiting_list() {
        TrainingSession s = future(2);
        enrol(0, s);
        enrol(1, s);
        enrol(2, s);
        enrol(3, s);
        TrainingSession smaller = withCapacity(s, 1);
        assertThatThrownBy(() -> runAs.call(lead(), () -> catalog.saveSession(smaller)))
                .hasMessage("training.error.session.capacity-below-enrolled");
        TrainingSession bigger = runAs.call(lead(), () -> catalog.saveSession(withCapacity(s, 3)));
        assertThat(bigger.seatsTaken()).isEqualTo(3);
        assertThat(enrolled(s)).isEqualTo(3);
        assertThat(runAs.call(person(2), enrolments::notifications)).anyMatch(n -> n.sessionId().equals(s.id()));
        assertThat(attendees(s)).filteredOn(a -> a.status() == EnrolmentStatus.WAITLISTED)
                .extracting(Attendee::employeeId).containsExactly(people.get(3).id());
        assertThatThrownBy(() -> runAs.call(person(0), () -> catalog.saveSession(withCapacity(s, 9))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> runAs.run(lead(), () -> catalog.deleteSession(s.id())))
                .hasMessage("training.error.session.has-people");
    }

    private static TrainingSession withCapacity(TrainingSession s, int capacity) {
        return new TrainingSession(s.id(), s.courseId(), s.start(), s.end(), s.place(), capacity, 0, s.trainerId(),
                s.trainerName(), s.enrolmentDeadline());
    }

    @Test
    void a_lead_cannot_plan_a_new_session_in_the_past() {
        Instant start = clock.instant().minus(Duration.ofDays(1));
        TrainingSession s = future(3);
        TrainingSession past = new TrainingSession(TrainingSessionId.random(), s.courseId(), start,
                start.plusSeconds(3600), "Salle", 5, 0, null, "X", start.minusSeconds(60));
        assertThatThrownBy(() -> runAs.call(lead(), () -> catalog.saveSession(past)))
                .hasMessage("training.error.session.in-past");
    }

    // ----- after the session

    @Test
    void only_the_trainer_or_a_lead_marks_attendance_and_only_once_the_session_has_started() {
        TrainingSession upcoming = future(3);
        enrol(0, upcoming);
        SignedInUser trainer = RunAs.user(people.get(39));
        assertThatThrownBy(() -> runAs.run(trainer, () -> enrolments.markAttendance(upcoming.id(),
                people.get(0).id(), true, true))).hasMessage("training.error.attendance.too-early");

        TrainingSession done = endedSessionWithAttendees();
        assertThatThrownBy(() -> runAs.run(person(5), () -> enrolments.markAttendance(done.id(),
                people.get(0).id(), true, true))).hasMessage("training.error.not-trainer");
        assertThatThrownBy(() -> runAs.call(person(5), () -> enrolments.attendees(done.id())))
                .hasMessage("training.error.not-trainer");
        runAs.run(trainer, () -> enrolments.markAttendance(done.id(), people.get(2).id(), true, true));
        assertThat(attendees(done)).filteredOn(a -> a.employeeId().equals(people.get(2).id())).singleElement()
                .matches(a -> Boolean.TRUE.equals(a.attended()) && a.completed());
        // completion implies attendance
        runAs.run(lead(), () -> enrolments.markAttendance(done.id(), people.get(1).id(), false, true));
        assertThat(attendees(done)).filteredOn(a -> a.employeeId().equals(people.get(1).id())).singleElement()
                .matches(a -> Boolean.FALSE.equals(a.attended()) && !a.completed());
        assertThat(runAs.call(trainer, enrolments::sessionsITrain)).extracting(TrainingSession::id)
                .contains(done.id(), upcoming.id());
    }

    @Test
    void attendees_rate_a_session_once_it_has_ended_from_one_to_five_stars() {
        TrainingSession upcoming = future(3);
        enrol(0, upcoming);
        assertThatThrownBy(() -> runAs.run(person(0), () -> enrolments.rate(upcoming.id(), 4, "")))
                .hasMessage("training.error.rate.too-early");

        TrainingSession done = endedSessionWithAttendees();
        for (int stars : new int[]{0, 6, -1}) {
            assertThatThrownBy(() -> runAs.run(person(0), () -> enrolments.rate(done.id(), stars, "")))
                    .hasMessage("training.error.rating.range");
        }
        assertThatThrownBy(() -> runAs.run(person(1), () -> enrolments.rate(done.id(), 4, "")))
                .hasMessage("training.error.rate.not-attended");
        assertThatThrownBy(() -> runAs.run(person(7), () -> enrolments.rate(done.id(), 4, "")))
                .hasMessage("training.error.not-enrolled");
        runAs.run(person(0), () -> enrolments.rate(done.id(), 4, "  Très utile  "));
        runAs.run(person(0), () -> enrolments.rate(done.id(), 5, "Très utile"));
        MyTraining mine = runAs.call(person(0), enrolments::myTrainings).stream()
                .filter(t -> t.session().id().equals(done.id())).findFirst().orElseThrow();
        assertThat(mine.rating()).isEqualTo(5);
        assertThat(mine.comment()).isEqualTo("Très utile");
        assertThat(mine.past()).isTrue();
    }

    /** A session that ended yesterday: person 0 attended, person 1 was absent, person 2 not marked yet. */
    private TrainingSession endedSessionWithAttendees() {
        TrainingSession s = session(5, Duration.ofDays(-1), Duration.ofDays(2));
        Instant at = clock.instant().minus(Duration.ofDays(10));
        runAs.system(() -> enrolments.importEnrolments(List.of(
                new Enrolment(s.id(), people.get(0).id(), people.get(0).departmentId(), EnrolmentStatus.ENROLLED, at,
                        true, true, null, ""),
                new Enrolment(s.id(), people.get(1).id(), people.get(1).departmentId(), EnrolmentStatus.ENROLLED, at,
                        false, false, null, ""),
                new Enrolment(s.id(), people.get(2).id(), people.get(2).departmentId(), EnrolmentStatus.ENROLLED, at,
                        null, false, null, ""))));
        return s;
    }

    // ----- the demo catalog and the report

    @Test
    void the_demo_catalog_has_a_dozen_courses_forty_sessions_and_no_session_over_capacity() {
        List<Course> courses = runAs.call(lead(), catalog::courses).stream()
                .filter(c -> !c.title().startsWith("Test course")).toList();
        assertThat(courses).hasSize(12);
        List<TrainingSession> sessions = courses.stream()
                .flatMap(c -> runAs.call(lead(), () -> catalog.sessions(c.id())).stream()).toList();
        assertThat(sessions).hasSize(40);
        assertThat(sessions.stream().filter(s -> s.start().isAfter(clock.instant()))).hasSizeBetween(10, 14);
        for (TrainingSession s : sessions) {
            assertThat(s.seatsTaken()).isLessThanOrEqualTo(s.capacity()).isEqualTo((int) enrolled(s));
        }
        assertThat(sessions).anyMatch(s -> s.isFull() && s.start().isAfter(clock.instant())
                && attendees(s).stream().anyMatch(a -> a.status() == EnrolmentStatus.WAITLISTED));
        assertThat(sessions).anyMatch(s -> s.start().isBefore(clock.instant())
                && attendees(s).stream().anyMatch(a -> a.attended() != null));
    }

    @Test
    void the_report_agrees_with_the_sessions_it_sums_up() {
        TrainingReport report = runAs.call(lead(), reports::report);
        int waiting = runAs.call(lead(), catalog::upcoming).stream().mapToInt(SessionOffer::waitlist).sum();
        assertThat(report.total().waitlisted()).isEqualTo(waiting).isGreaterThanOrEqualTo(4);
        assertThat(report.total().fillRate()).isBetween(0.0, 1.0);
        assertThat(report.total().meanRating()).isBetween(1.0, 5.0);
        assertThat(report.kinds()).extracting(TrainingReport.KindRow::headcount).containsExactly(
                headcount(true), headcount(false));
        assertThat(report.departments()).hasSize(organization.departments().size());
        assertThat(report.courses().getFirst().figures().waitlisted()).isGreaterThanOrEqualTo(4);
        assertThatThrownBy(() -> runAs.call(person(0), reports::report)).isInstanceOf(AccessDeniedException.class);
    }

    @Autowired
    TrainingReportService reports;

    private long headcount(boolean support) {
        var headcount = organization.headcountByDepartment();
        return organization.departments().stream().filter(d -> d.isSupport() == support)
                .mapToLong(d -> headcount.getOrDefault(d.id(), 0L)).sum();
    }

    @Test
    void without_an_employee_record_nobody_enrols() {
        SignedInUser external = new SignedInUser("consultant@example.fr", "Consultant", "",
                Role.expand(java.util.Set.of()), null, null, java.util.Locale.FRENCH, true);
        TrainingSession s = future(3);
        assertThatThrownBy(() -> runAs.call(external, () -> enrolments.enrol(s.id())))
                .hasMessage("training.error.no-employee");
        assertThat(runAs.call(external, enrolments::myTrainings)).isEmpty();
    }
}
