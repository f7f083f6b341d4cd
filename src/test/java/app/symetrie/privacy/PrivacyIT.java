package app.symetrie.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.symetrie.action.internal.ActionDocument;
import app.symetrie.ambassador.internal.HelpRequestDocument;
import app.symetrie.audit.AuditLog;
import app.symetrie.barometer.internal.AnswerDocument;
import app.symetrie.barometer.internal.CommentDocument;
import app.symetrie.barometer.internal.CommentShelfDocument;
import app.symetrie.barometer.internal.WaveDocument;
import app.symetrie.common.Email;
import app.symetrie.common.Ids;
import app.symetrie.common.Role;
import app.symetrie.mail.OutboxMessage;
import app.symetrie.mail.internal.OutboxDocument;
import app.symetrie.organization.Employee;
import app.symetrie.organization.EmployeeId;
import app.symetrie.organization.OrganizationService;
import app.symetrie.security.AccountService;
import app.symetrie.security.SignedInUser;
import app.symetrie.test.RunAs;
import app.symetrie.test.WithDemoCompany;
import app.symetrie.training.internal.EnrolmentDocument;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestPropertySource;

/**
 * A person's rights and retention on a demo company of its own (the tests erase people and purge data): the export
 * holds each kind of identified data, the erasure removes it and leaves the anonymous answers, retention deletes
 * what is past its period, and only administrators do any of it.
 */
@WithDemoCompany
@TestPropertySource(properties = "symetrie.test.context=privacy")
class PrivacyIT {

    @Autowired
    PrivacyService privacy;
    @Autowired
    OrganizationService organization;
    @Autowired
    AccountService accounts;
    @Autowired
    AuditLog audit;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    Clock clock;
    @Autowired
    SecurityContextHolderStrategy strategy;
    @Autowired
    List<PersonalData> contributors;

    RunAs runAs;

    @BeforeEach
    void runAs() {
        runAs = new RunAs(strategy);
    }

    /** A demo employee who asked for help and enrolled in a training. */
    Employee personWithData() {
        Set<String> enrolled = mongo.findDistinct(new Query(), "employeeId", EnrolmentDocument.class, String.class)
                .stream().collect(java.util.stream.Collectors.toSet());
        String id = mongo.findAll(HelpRequestDocument.class).stream().map(HelpRequestDocument::requesterId)
                .filter(enrolled::contains).findFirst().orElseThrow();
        return runAs.system(() -> organization.employee(new EmployeeId(id))).orElseThrow();
    }

    @Test
    void the_export_holds_each_kind_of_identified_data_of_the_person() throws Exception {
        Employee person = personWithData();
        runAs.system(() -> accounts.grantAccess(person.email(), EnumSet.of(Role.LEAD), ""));

        PrivacyService.Export export = runAs.system(() -> privacy.export(person.email()));

        assertThat(export.person()).isEqualTo(person.email().value());
        assertThat(export.data()).containsKeys("account", "employee", "participations", "ambassador-programme",
                "enrolments", "outbox", "audit");
        assertThat(export.data().get("account")).hasSize(1);
        assertThat(export.data().get("employee")).hasSize(1);
        assertThat(export.data().get("ambassador-programme")).isNotEmpty();
        assertThat(export.data().get("enrolments")).isNotEmpty();
        assertThat(export.data().get("audit")).isNotEmpty(); // the grant above

        String json = new String(runAs.system(() -> privacy.exportJson(person.email())), StandardCharsets.UTF_8);
        assertThat(json).contains(person.email().value(), person.lastName(), "\"enrolments\"")
                .doesNotContain("passwordHash").doesNotContain("$2a$");
        assertThat(runAs.system(() -> audit.latest(5))).anySatisfy(e ->
                assertThat(e.action()).isEqualTo("privacy.exported"));
    }

    @Test
    void erasure_removes_the_person_everywhere_and_leaves_the_anonymous_answers() {
        Employee person = personWithData();
        String id = person.id().value();
        runAs.system(() -> accounts.grantAccess(person.email(), EnumSet.of(Role.LEAD), ""));
        long answers = mongo.count(new Query(), AnswerDocument.class);
        long comments = mongo.count(new Query(), CommentDocument.class);
        // the person owns and supports an action of the demo plans
        ActionDocument action = mongo.findAll(ActionDocument.class).getFirst();
        mongo.updateFirst(Query.query(Criteria.where("_id").is(action.id())),
                new Update().push("ownerIds", id).push("supporters", id), ActionDocument.class);
        assertThat(runAs.system(() -> privacy.export(person.email())).data().get("action-plans")).isNotEmpty();

        PrivacyService.Erasure erasure = runAs.system(() -> privacy.erase(person.email()));

        assertThat(erasure.total()).isPositive();
        assertThat(runAs.system(() -> organization.employeeByEmail(person.email()))).isEmpty();
        assertThat(runAs.system(() -> accounts.accessHolders())).noneMatch(h -> h.email().equals(person.email().value()));
        assertThat(mongo.count(Query.query(Criteria.where("requesterId").is(id)), HelpRequestDocument.class)).isZero();
        assertThat(mongo.count(Query.query(Criteria.where("employeeId").is(id)), EnrolmentDocument.class)).isZero();
        assertThat(mongo.count(Query.query(Criteria.where("to").is(person.email().value())), OutboxDocument.class))
                .isZero();
        assertThat(mongo.count(Query.query(Criteria.where("employeeId").is(id)), "participations")).isZero();
        assertThat(mongo.count(new Query(new Criteria().orOperator(Criteria.where("ownerIds").is(id),
                Criteria.where("supporters").is(id))), ActionDocument.class)).isZero();
        assertThat(mongo.exists(Query.query(Criteria.where("_id").is(action.id())), ActionDocument.class)).isTrue();
        assertThat(mongo.count(new Query(), AnswerDocument.class)).isEqualTo(answers);
        assertThat(mongo.count(new Query(), CommentDocument.class)).isEqualTo(comments);
        // every contributor now finds nothing but the audit trail, which keeps its own period
        PrivacyService.Export after = runAs.system(() -> privacy.export(person.email()));
        after.data().forEach((kind, records) -> {
            if (!kind.equals("audit")) {
                assertThat(records).as(kind).isEmpty();
            }
        });
        assertThat(runAs.system(() -> audit.latest(5))).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("privacy.erased");
            assertThat(e.detail()).startsWith(person.email().value());
        });
        // twice is harmless
        assertThat(runAs.system(() -> privacy.erase(person.email())).total()).isZero();
    }

    @Test
    void retention_deletes_what_is_past_its_period_and_keeps_the_rest() {
        Instant now = clock.instant();
        mongo.insert(new OutboxDocument(Ids.random(), now.minus(200, ChronoUnit.DAYS), "old@example.com", "s", "b",
                OutboxMessage.Status.OUTBOX_ONLY, null));
        mongo.insert(new OutboxDocument(Ids.random(), now.minus(10, ChronoUnit.DAYS), "recent@example.com", "s", "b",
                OutboxMessage.Status.OUTBOX_ONLY, null));
        LocalDate today = LocalDate.now(clock);
        List<WaveDocument> closed = mongo.find(Query.query(Criteria.where("status").is("CLOSED")), WaveDocument.class);
        assertThat(closed).isNotEmpty();
        Map<String, Long> commentsBefore = new java.util.HashMap<>();
        Map<String, Long> answersBefore = new java.util.HashMap<>();
        closed.forEach(w -> {
            commentsBefore.put(w.id(), mongo.count(Query.query(Criteria.where("waveId").is(w.id())), CommentDocument.class));
            answersBefore.put(w.id(), mongo.count(Query.query(Criteria.where("waveId").is(w.id())), AnswerDocument.class));
        });

        Map<String, Long> purged = runAs.system(privacy::applyRetention);

        assertThat(purged).containsKeys("answers", "comments", "outbox", "help-requests", "coaching-notes", "audit");
        assertThat(mongo.count(Query.query(Criteria.where("to").is("old@example.com")), OutboxDocument.class)).isZero();
        assertThat(mongo.count(Query.query(Criteria.where("to").is("recent@example.com")), OutboxDocument.class))
                .isOne();
        for (WaveDocument w : closed) {
            long comments = mongo.count(Query.query(Criteria.where("waveId").is(w.id())), CommentDocument.class);
            long answers = mongo.count(Query.query(Criteria.where("waveId").is(w.id())), AnswerDocument.class);
            assertThat(comments).as("comments of a wave closed " + w.closesOn())
                    .isEqualTo(w.closesOn().isBefore(today.minusYears(2)) ? 0 : commentsBefore.get(w.id()));
            boolean shelved = mongo.exists(Query.query(Criteria.where("_id").is(w.id())), CommentShelfDocument.class);
            if (w.closesOn().isBefore(today.minusYears(2))) {
                assertThat(shelved).as("the comment shelf of a wave closed " + w.closesOn()).isFalse();
            } else if (commentsBefore.get(w.id()) > 0) {
                assertThat(shelved).as("the comment shelf of a wave closed " + w.closesOn()).isTrue();
            }
            assertThat(answers).as("answers of a wave closed " + w.closesOn())
                    .isEqualTo(w.closesOn().isBefore(today.minusYears(5)) ? 0 : answersBefore.get(w.id()));
        }
        assertThat(runAs.system(() -> audit.latest(5))).anySatisfy(e ->
                assertThat(e.action()).isEqualTo("retention.run"));
    }

    @Test
    void only_an_administrator_exports_erases_or_applies_retention() {
        SignedInUser lead = new SignedInUser("lead@partner.example", "Lead", "", Role.expand(Set.of(Role.LEAD)),
                null, null, Locale.FRENCH, true);
        Email someone = new Email("someone@example.com");
        assertThatThrownBy(() -> runAs.call(lead, () -> privacy.export(someone)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> runAs.call(lead, () -> privacy.erase(someone)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> runAs.call(lead, privacy::applyRetention)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void every_kind_has_its_texts() {
        var en = java.util.ResourceBundle.getBundle("vaadin-i18n.translations", Locale.ROOT);
        var fr = java.util.ResourceBundle.getBundle("vaadin-i18n.translations", Locale.FRENCH);
        runAs.system(privacy::retention).forEach(r -> {
            assertThat(en.getString("privacy.kind." + r.kind())).isNotBlank();
            assertThat(fr.getString("privacy.kind." + r.kind())).isNotBlank();
        });
        assertThat(contributors).extracting(PersonalData::kind).doesNotHaveDuplicates();
    }
}
