package app.symetrie.notification;

import static org.assertj.core.api.Assertions.assertThat;

import app.symetrie.ambassador.Ambassador;
import app.symetrie.ambassador.AmbassadorApplicationDecided;
import app.symetrie.ambassador.AmbassadorService;
import app.symetrie.ambassador.ApplicationId;
import app.symetrie.ambassador.ApplicationStatus;
import app.symetrie.ambassador.CoachingEntry;
import app.symetrie.ambassador.CoachingFormat;
import app.symetrie.ambassador.CoachingService;
import app.symetrie.ambassador.CoachingSessionId;
import app.symetrie.ambassador.HelpRequest;
import app.symetrie.ambassador.HelpRequestDraft;
import app.symetrie.ambassador.HelpRequestId;
import app.symetrie.ambassador.HelpRequestService;
import app.symetrie.common.Email;
import app.symetrie.common.Role;
import app.symetrie.organization.Employee;
import app.symetrie.organization.EmployeeId;
import app.symetrie.organization.EmployeeFilter;
import app.symetrie.organization.OrganizationService;
import app.symetrie.privacy.PrivacyService;
import app.symetrie.security.AccountService;
import app.symetrie.security.SignedInUser;
import app.symetrie.security.internal.AccountUserDetailsService;
import app.symetrie.test.RestoresCollections;
import app.symetrie.test.RunAs;
import app.symetrie.test.WithDemoCompany;
import app.symetrie.training.Course;
import app.symetrie.training.CourseFormat;
import app.symetrie.training.CourseId;
import app.symetrie.training.CourseLevel;
import app.symetrie.training.EnrolmentService;
import app.symetrie.training.TrainingCatalogService;
import app.symetrie.training.TrainingSession;
import app.symetrie.training.TrainingSessionId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Each event gives the right person the right notification, in the app and by e-mail in their language; turning
 * e-mails off stops the e-mails, not the notifications; each person reads and marks only their own; an erasure
 * removes them, an export includes them.
 */
@WithDemoCompany
@RestoresCollections({"employees", "help_requests", "coaching_sessions", "enrolments",
        "training_sessions", "training_notifications", "notifications", "notification_settings", "mail_outbox"})
class NotificationIT {

    @Autowired
    NotificationService notifications;
    @Autowired
    HelpRequestService requests;
    @Autowired
    CoachingService coaching;
    @Autowired
    AmbassadorService ambassadors;
    @Autowired
    EnrolmentService enrolments;
    @Autowired
    TrainingCatalogService catalog;
    @Autowired
    OrganizationService organization;
    @Autowired
    AccountService accounts;
    @Autowired
    AccountUserDetailsService users;
    @Autowired
    PrivacyService privacy;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    Clock clock;

    RunAs runAs;

    @BeforeEach
    void runAs(@Autowired SecurityContextHolderStrategy security) {
        runAs = new RunAs(security);
    }

    SignedInUser signIn(String login) {
        return (SignedInUser) users.loadUserByUsername(login + "@demo.symetrie.fr");
    }

    SignedInUser camille() {
        return signIn("employe");
    }

    SignedInUser hugo() {
        return signIn("ambassadeur");
    }

    Ambassador hugoAmbassador() {
        return runAs.call(signIn("lead"), ambassadors::all).stream().filter(a -> a.name().equals("Hugo Lefèvre"))
                .findFirst().orElseThrow();
    }

    List<Notification> of(SignedInUser person, NotificationKind kind) {
        return runAs.call(person, () -> notifications.mine(NotificationService.LATEST)).stream()
                .filter(n -> n.kind() == kind).toList();
    }

    /** The e-mails sent to this address since {@code since}, oldest first. */
    List<Document> mails(String to, Instant since) {
        return mongo.find(Query.query(Criteria.where("to").is(to).and("createdAt").gte(since))
                .with(org.springframework.data.domain.Sort.by("createdAt")), Document.class, "mail_outbox");
    }

    HelpRequest ask() {
        return runAs.call(camille(), () -> requests.ask(new HelpRequestDraft(HelpRequestId.random(),
                hugoAmbassador().id(), "crm", null, CoachingFormat.ONE_TO_ONE, "Pouvez-vous m’aider ?")));
    }

    @Test
    void a_help_request_tells_the_ambassador_then_each_answer_tells_the_requester_in_their_language() {
        Instant start = clock.instant().minusMillis(1);
        runAs.run(camille(), () -> accounts.rememberLocale(Locale.ENGLISH));
        try {
            HelpRequest request = ask();
            Notification asked = of(hugo(), NotificationKind.HELP_REQUESTED).getFirst();
            assertThat(asked.args()).containsExactly("Camille Durand");
            assertThat(asked.read()).isFalse();
            assertThat(asked.link()).isEqualTo("ambassador");
            List<Document> toHugo = mails(hugo().email(), start);
            assertThat(toHugo).hasSize(1);
            assertThat(toHugo.getFirst().getString("subject"))
                    .isEqualTo("Symétrie : Camille Durand vous demande de l’aide. Acceptez ou déclinez la demande "
                            + "sur votre page d’ambassadeur.");
            assertThat(toHugo.getFirst().getString("body")).doesNotContain("Pouvez-vous")
                    .as("the request's message stays in the app").contains("/ambassador");

            runAs.call(hugo(), () -> requests.accept(request.id()));
            Notification accepted = of(camille(), NotificationKind.HELP_ACCEPTED).getFirst();
            assertThat(accepted.args()).containsExactly("Hugo Lefèvre");
            List<Document> toCamille = mails(camille().email(), start);
            assertThat(toCamille).hasSize(1);
            assertThat(toCamille.getFirst().getString("subject"))
                    .as("in the language Camille chose in the app")
                    .isEqualTo("Symétrie: Hugo Lefèvre accepted your help request and will contact you.");
            assertThat(toCamille.getFirst().getString("body")).startsWith("Hello Camille,")
                    .contains("/help").contains("/notifications");

            CoachingEntry session = new CoachingEntry(CoachingSessionId.random(), LocalDate.now(clock), 30,
                    CoachingFormat.ONE_TO_ONE, camille().departmentId(), null, 1, List.of("crm"), List.of(), "",
                    false, "", request.id());
            runAs.call(hugo(), () -> coaching.save(session));
            runAs.call(hugo(), () -> coaching.save(session)); // a correction of the same session: no second notice
            assertThat(of(camille(), NotificationKind.HELP_DONE)).filteredOn(n -> n.createdAt().isAfter(start))
                    .hasSize(1);

            HelpRequest other = ask();
            runAs.call(hugo(), () -> requests.decline(other.id()));
            assertThat(of(camille(), NotificationKind.HELP_DECLINED).getFirst().args())
                    .containsExactly("Hugo Lefèvre");
            assertThat(mails(camille().email(), start)).extracting(d -> d.getString("subject"))
                    .last().asString().startsWith("Symétrie: Hugo Lefèvre declined");
        } finally {
            runAs.run(camille(), () -> accounts.rememberLocale(Locale.FRENCH));
        }
    }

    @Test
    void turning_emails_off_stops_the_emails_but_not_the_notifications() {
        Instant start = clock.instant().minusMillis(1);
        runAs.run(hugo(), () -> notifications.setEmailsWanted(false));
        try {
            assertThat(runAs.call(hugo(), notifications::emailsWanted)).isFalse();
            long before = runAs.call(hugo(), notifications::unreadCount);
            ask();
            assertThat(runAs.call(hugo(), notifications::unreadCount)).isEqualTo(before + 1);
            assertThat(mails(hugo().email(), start)).isEmpty();
        } finally {
            runAs.run(hugo(), () -> notifications.setEmailsWanted(true));
        }
        ask();
        assertThat(mails(hugo().email(), start)).hasSize(1);
    }

    @Test
    void the_unread_count_falls_as_notifications_are_read_and_nobody_marks_another_persons() {
        ask();
        ask();
        long unread = runAs.call(hugo(), notifications::unreadCount);
        assertThat(unread).isGreaterThanOrEqualTo(2);
        Notification latest = of(hugo(), NotificationKind.HELP_REQUESTED).getFirst();

        runAs.run(camille(), () -> notifications.markRead(latest.id()));
        assertThat(runAs.call(hugo(), notifications::unreadCount)).as("someone else's id changes nothing")
                .isEqualTo(unread);

        runAs.run(hugo(), () -> notifications.markRead(latest.id()));
        assertThat(runAs.call(hugo(), notifications::unreadCount)).isEqualTo(unread - 1);
        assertThat(of(hugo(), NotificationKind.HELP_REQUESTED).getFirst().read()).isTrue();

        runAs.run(hugo(), notifications::markAllRead);
        assertThat(runAs.call(hugo(), notifications::unreadCount)).isZero();
        assertThat(runAs.call(camille(), () -> notifications.mine(50))).extracting(Notification::id)
                .doesNotContain(latest.id());
    }

    @Test
    void an_application_decided_tells_the_applicant() {
        Employee applicant = runAs.system(() -> organization.findEmployees(EmployeeFilter.ALL, 300, 1)).getFirst();
        SignedInUser them = RunAs.user(applicant);
        events.publishEvent(new AmbassadorApplicationDecided(ApplicationId.random(), applicant.id(),
                ApplicationStatus.REJECTED));
        ApplicationId approved = ApplicationId.random();
        events.publishEvent(new AmbassadorApplicationDecided(approved, applicant.id(), ApplicationStatus.APPROVED));
        events.publishEvent(new AmbassadorApplicationDecided(approved, applicant.id(), ApplicationStatus.APPROVED));
        assertThat(of(them, NotificationKind.APPLICATION_REJECTED)).hasSize(1);
        assertThat(of(them, NotificationKind.APPLICATION_APPROVED)).as("the same decision told once").hasSize(1);
        assertThat(of(them, NotificationKind.APPLICATION_APPROVED).getFirst().link()).isEqualTo("ambassador");
    }

    @Test
    void a_seat_freed_on_a_waiting_list_tells_the_person_who_gets_it_with_the_course_and_date() {
        List<Employee> people = runAs.system(() -> organization.findEmployees(EmployeeFilter.ALL, 400, 3));
        Instant start = clock.instant().plus(Duration.ofDays(7));
        Course course = new Course(CourseId.random(), "Notifications course", "", "office", null,
                CourseLevel.BEGINNER, 60, CourseFormat.ON_SITE);
        TrainingSession session = new TrainingSession(TrainingSessionId.random(), course.id(), start,
                start.plus(Duration.ofHours(1)), "Salle 2", 1, 0, people.get(2).id(), people.get(2).fullName(),
                start.minus(Duration.ofDays(2)));
        runAs.system(() -> catalog.importCatalog(List.of(course), List.of(session)));
        SignedInUser first = RunAs.user(people.get(0));
        SignedInUser waiting = RunAs.user(people.get(1));
        runAs.call(first, () -> enrolments.enrol(session.id()));
        runAs.call(waiting, () -> enrolments.enrol(session.id()));
        assertThat(of(waiting, NotificationKind.TRAINING_SEAT)).isEmpty();

        runAs.run(first, () -> enrolments.cancel(session.id()));
        Notification seat = of(waiting, NotificationKind.TRAINING_SEAT).getFirst();
        assertThat(seat.args()).containsExactly("Notifications course");
        assertThat(seat.when()).isEqualTo(start.truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
        assertThat(seat.link()).isEqualTo("training");
    }

    @Test
    void an_export_holds_the_persons_notifications_and_an_erasure_removes_them_and_those_naming_them() {
        // A person of their own, in a demo department: erasing one of the demo company's would change it for others.
        Employee colleague = runAs.system(() -> organization.findEmployees(EmployeeFilter.ALL, 500, 1)).getFirst();
        Employee asker = runAs.system(() -> organization.saveEmployee(new Employee(EmployeeId.random(), "Eva",
                "Effacée", new Email("eva.effacee." + System.nanoTime() + "@test.example"), colleague.departmentId(),
                colleague.teamId(), false, Locale.FRENCH)));
        HelpRequest request = runAs.call(RunAs.user(asker), () -> requests.ask(new HelpRequestDraft(
                HelpRequestId.random(), hugoAmbassador().id(), "crm", null, CoachingFormat.ONE_TO_ONE, "Aide")));
        runAs.call(hugo(), () -> requests.accept(request.id()));
        runAs.run(RunAs.user(asker), () -> notifications.setEmailsWanted(false));
        assertThat(of(hugo(), NotificationKind.HELP_REQUESTED))
                .anyMatch(n -> n.args().contains(asker.fullName()));

        SignedInUser admin = signIn("admin");
        Map<String, List<?>> exported = runAs.call(admin, () -> privacy.export(asker.email())).data();
        assertThat(exported.get("notifications")).as("the acceptance and the e-mail choice")
                .anyMatch(r -> r instanceof Notification n && n.kind() == NotificationKind.HELP_ACCEPTED)
                .anyMatch(r -> !(r instanceof Notification));

        runAs.call(admin, () -> privacy.erase(new Email(asker.email().value())));
        assertThat(mongo.count(Query.query(Criteria.where("recipientId").is(asker.id().value())), "notifications"))
                .isZero();
        assertThat(of(hugo(), NotificationKind.HELP_REQUESTED)).as("nothing left naming the erased person")
                .noneMatch(n -> n.args().contains(asker.fullName()));
        assertThat(mongo.count(Query.query(Criteria.where("_id").is(asker.id().value())), "notification_settings"))
                .isZero();
    }

    @Test
    void a_person_without_an_employee_record_has_no_notifications() {
        SignedInUser admin = new SignedInUser("root@test.example", "Root", "", Role.expand(java.util.Set.of(Role.ADMIN)),
                null, null, Locale.FRENCH, true);
        assertThat(runAs.call(admin, notifications::hasInbox)).isFalse();
        assertThat(runAs.call(admin, notifications::unreadCount)).isZero();
        assertThat(runAs.call(admin, () -> notifications.mine(10))).isEmpty();
    }
}
