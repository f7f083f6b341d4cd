package app.symetrie.action;

import static app.symetrie.barometer.BarometerFixture.as;
import static app.symetrie.barometer.BarometerFixture.department;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import app.symetrie.common.Role;
import app.symetrie.common.UserFacingException;
import app.symetrie.organization.DepartmentId;
import app.symetrie.organization.DepartmentKind;
import app.symetrie.organization.Employee;
import app.symetrie.organization.OrganizationService;
import app.symetrie.privacy.PrivacyService;
import app.symetrie.test.IntegrationTest;
import app.symetrie.test.TestClock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.bson.Document;
import org.bson.types.Binary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Action check-ins on a real store: open a month after the action started, to its team only, once per person;
 * released as a mean with its interval at the threshold, nothing of the answers kept under it; and an attacker who
 * holds the database — while the check-in is open or after — cannot tell who answered what.
 */
@IntegrationTest
@Import(TestClock.Config.class)
class CheckInServiceIT {

    static final LocalDate START = LocalDate.of(2027, 3, 1);

    @Autowired
    ActionService actions;
    @Autowired
    CheckInService checkIns;
    @Autowired
    OrganizationService organization;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    TestClock clock;
    @Autowired
    PrivacyService privacy;

    List<Employee> team;
    List<Employee> others;
    DepartmentId teamId;

    @BeforeEach
    void departments() {
        clock.setDay(START);
        String suffix = Long.toString(System.nanoTime() % 10_000_000).chars()
                .mapToObj(ch -> String.valueOf((char) ('a' + ch - '0'))).reduce("", String::concat);
        team = department(organization, "Chk Equipe " + suffix, DepartmentKind.SUPPORT, 12);
        others = department(organization, "Chk Autres " + suffix, DepartmentKind.FRONT_OFFICE, 3);
        teamId = team.getFirst().departmentId();
    }

    /** An action of the team, started today (START). */
    Action started(String title) {
        Action planned = as(team.getFirst(), Role.MANAGER, () -> actions.create(teamId,
                new ActionDraft(title, "", null, List.of(), null, null, 0, Visibility.COMPANY, List.of(),
                        List.of())));
        return as(team.getFirst(), Role.MANAGER, () -> actions.move(planned.id(), planned.version(),
                ActionStatus.IN_PROGRESS));
    }

    void answer(Employee e, Action a, int score) {
        as(e, () -> {
            checkIns.answer(a.id(), score);
            return null;
        });
    }

    CheckIn seenBy(Employee e, Action a) {
        return as(e, () -> checkIns.checkIn(a.id()));
    }

    long count(String collection, String actionId) {
        return mongo.getCollection(collection).countDocuments(new Document("actionId", actionId));
    }

    @Test
    void a_check_in_opens_a_month_after_the_start_to_the_team_only_and_shows_mean_and_interval_once_closed() {
        Action a = started("Chk moins de double saisie");
        assertThat(a.startOn()).isEqualTo(START);
        assertThat(seenBy(team.get(1), a).state()).isEqualTo(CheckIn.State.NOT_YET);
        assertThat(seenBy(team.get(1), a).opensOn()).isEqualTo(LocalDate.of(2027, 4, 1));
        assertThat(seenBy(team.get(1), a).closesOn()).isEqualTo(LocalDate.of(2027, 4, 14));
        assertThatThrownBy(() -> answer(team.get(1), a, 4)).hasMessage("action.checkin.error.closed");

        clock.setDay(LocalDate.of(2027, 4, 1));
        assertThat(as(team.get(1), () -> checkIns.pending())).extracting(CheckIn::actionId).contains(a.id());
        assertThat(as(others.get(1), () -> checkIns.pending())).extracting(CheckIn::actionId)
                .doesNotContain(a.id());
        // Someone of another department sees the (company-visible) action but is not asked.
        assertThat(seenBy(others.get(1), a).mayAnswer()).isFalse();
        assertThatThrownBy(() -> answer(others.get(1), a, 5)).hasMessage("action.checkin.error.not-member");
        assertThatThrownBy(() -> answer(team.get(1), a, 0)).hasMessage("action.checkin.error.score");
        assertThatThrownBy(() -> answer(team.get(1), a, 6)).hasMessage("action.checkin.error.score");

        int[] scores = {1, 2, 3, 4, 5, 5, 4, 3, 2, 1};
        for (int i = 0; i < scores.length; i++) {
            answer(team.get(i + 1), a, scores[i]);
        }
        assertThat(seenBy(team.get(1), a).answeredByMe()).isTrue();
        assertThat(seenBy(team.get(1), a).mayAnswer()).isFalse();
        assertThat(as(team.get(1), () -> checkIns.pending())).extracting(CheckIn::actionId).doesNotContain(a.id());
        assertThat(seenBy(team.get(11), a).mayAnswer()).as("one who has not answered").isTrue();
        // Nothing of the answers is readable while it is open.
        assertThat(seenBy(team.getFirst(), a).result()).isNull();

        clock.setDay(LocalDate.of(2027, 4, 14));
        answer(team.get(11), a, 3);
        clock.setDay(LocalDate.of(2027, 4, 15));
        assertThatThrownBy(() -> answer(team.getFirst(), a, 3)).hasMessage("action.checkin.error.closed");
        checkIns.releaseDue();

        CheckIn closed = seenBy(team.get(4), a);
        assertThat(closed.state()).isEqualTo(CheckIn.State.CLOSED);
        CheckInResult r = closed.result();
        assertThat(r).isNotNull();
        assertThat(r.shown()).isTrue();
        // 11 answers: 1,2,3,4,5,5,4,3,2,1 and 3 — sum 33, squares 119; mean 3; s² = (119 − 33²/11)/10 = 2.0;
        // margin = t(0.975, 10) · √(2/11) = 2.228139 × 0.426401 = 0.950082.
        assertThat(r.n()).isEqualTo(11);
        assertThat(r.mean()).isCloseTo(3.0, within(1e-9));
        assertThat(r.margin()).isCloseTo(0.950082, within(1e-6));
        // Shown to whoever reads the department's figures, not to another department's people.
        assertThat(seenBy(others.get(1), a).state()).isEqualTo(CheckIn.State.NOT_READABLE);
        assertThat(seenBy(others.get(1), a).result()).isNull();
        assertThat(count("action_checkin_marks", a.id().value())).isZero();
        assertThat(count("action_checkin_ballots", a.id().value())).isZero();
    }

    /** The action's marks in the store's own order, as a copy or a backup would list them. */
    List<String> markIds(Action a) {
        return mongo.getCollection("action_checkin_marks").find(new Document("actionId", a.id().value()))
                .map(d -> d.getString("_id")).into(new ArrayList<>());
    }

    @Test
    void a_person_erased_while_a_check_in_is_open_is_forgotten_and_their_answer_still_counts() {
        Action a = started("Chk effacement");
        clock.setDay(LocalDate.of(2027, 4, 2));
        checkIns.openDue();
        Employee answered = team.get(1);
        Employee silent = team.get(2);
        for (int i = 1; i <= 5; i++) {
            answer(team.get(i == 2 ? 6 : i), a, 4);
        }
        // The export tells each person whether they answered, never what.
        assertThat(as(Role.ADMIN, () -> privacy.export(answered.email())).data().get("action-plans"))
                .anySatisfy(r -> assertThat(r.toString()).contains(a.id().value()).contains("answered=true"));
        assertThat(as(Role.ADMIN, () -> privacy.export(silent.email())).data().get("action-plans"))
                .anySatisfy(r -> assertThat(r.toString()).contains(a.id().value()).contains("answered=false"));

        as(Role.ADMIN, () -> privacy.erase(answered.email()));
        as(Role.ADMIN, () -> privacy.erase(silent.email()));
        List<String> marks = markIds(a);
        assertThat(marks).noneMatch(id -> id.endsWith(answered.id().value()) || id.endsWith(silent.id().value()));
        assertThat(marks).as("the silent one's mark is gone, the one who answered is still counted")
                .hasSize(team.size() - 1);
        assertThat(mongo.getCollection("action_checkin_marks").countDocuments(new Document("actionId",
                a.id().value()).append("answered", true))).isEqualTo(5);

        clock.setDay(LocalDate.of(2027, 4, 20));
        checkIns.releaseDue();
        CheckInResult r = seenBy(team.get(4), a).result();
        assertThat(r).isNotNull();
        assertThat(r.n()).as("five sealed answers for five people marked: released").isEqualTo(5);
        assertThat(r.mean()).isCloseTo(4.0, within(1e-9));
    }

    @Test
    void a_person_cannot_answer_twice() {
        Action a = started("Chk une seule fois");
        clock.setDay(LocalDate.of(2027, 4, 2));
        answer(team.get(2), a, 5);
        assertThatThrownBy(() -> answer(team.get(2), a, 1)).isInstanceOf(UserFacingException.class)
                .hasMessage("action.checkin.error.twice");
        assertThat(mongo.getCollection("action_checkin_marks").countDocuments(new Document("actionId",
                a.id().value()).append("answered", true))).isEqualTo(1);
        assertThat(count("action_checkin_ballots", a.id().value())).isEqualTo(1);
    }

    @Test
    void under_the_threshold_nothing_of_the_answers_is_kept_and_the_result_says_too_few() {
        Action a = started("Chk trop peu");
        clock.setDay(LocalDate.of(2027, 4, 3));
        answer(team.get(1), a, 1);
        answer(team.get(2), a, 2);
        clock.setDay(LocalDate.of(2027, 4, 20));
        checkIns.releaseDue();
        CheckIn closed = seenBy(team.get(1), a);
        assertThat(closed.state()).isEqualTo(CheckIn.State.CLOSED);
        assertThat(closed.result().shown()).isFalse();
        assertThat(closed.result().n()).isNull();
        assertThat(closed.result().mean()).isNull();
        Document kept = mongo.getCollection("action_checkin_results").find(new Document("_id", a.id().value()))
                .first();
        assertThat(kept).isNotNull();
        assertThat(kept.get("sum")).isNull();
        assertThat(kept.get("sumOfSquares")).isNull();
        assertThat(count("action_checkin_ballots", a.id().value())).isZero();
    }

    @Test
    void an_attacker_with_the_database_cannot_link_a_check_in_answer_to_its_author() {
        Action a = started("Chk anonyme");
        clock.setDay(LocalDate.of(2027, 4, 5));
        // The check-in opens (the scheduled run): every member is asked, in a random order fixed from then on.
        checkIns.openDue();
        List<String> orderAtOpening = markIds(a);
        assertThat(orderAtOpening).as("one mark per member, before anyone answers").hasSize(team.size());
        List<Employee> respondents = team.subList(1, 7);
        int[] scores = {1, 5, 5, 2, 4, 3};
        for (int i = 0; i < respondents.size(); i++) {
            answer(respondents.get(i), a, scores[i]);
        }
        Set<String> ids = new HashSet<>();
        respondents.forEach(e -> {
            ids.add(e.id().value());
            ids.add(e.email().value());
        });

        // While open: the marks say who answered and nothing else; the sealed answers say nothing of anyone.
        List<Document> marks = mongo.getCollection("action_checkin_marks")
                .find(new Document("actionId", a.id().value())).into(new ArrayList<>());
        assertThat(marks).hasSize(team.size());
        assertThat(marks).filteredOn(m -> Boolean.TRUE.equals(m.getBoolean("answered"))).hasSize(6);
        marks.forEach(m -> assertThat(m.keySet()).as("a mark holds no answer and no time")
                .isSubsetOf("_id", "actionId", "answered", "_class"));
        assertThat(markIds(a)).as("answering flips a mark in place: the store's order says nothing of who answered "
                + "when (a copy or a backup keeps that order)").isEqualTo(orderAtOpening);
        List<Document> ballots = mongo.getCollection("action_checkin_ballots")
                .find(new Document("actionId", a.id().value())).into(new ArrayList<>());
        assertThat(ballots).hasSize(6);
        Set<Integer> lengths = new HashSet<>();
        for (Document b : ballots) {
            assertThat(b.keySet()).as("a sealed answer names no person and no time")
                    .containsOnly("_id", "actionId", "sealed", "_class");
            String json = b.toJson();
            ids.forEach(id -> assertThat(json).doesNotContain(id));
            lengths.add(b.get("sealed", Binary.class).length());
        }
        assertThat(lengths).as("every sealed answer has the same length, whatever its score").hasSize(1);
        // No document anywhere in the store names a respondent and holds a check-in answer in clear.
        for (String collection : mongo.getCollectionNames()) {
            for (Document d : mongo.getCollection(collection).find()) {
                String json = d.toJson();
                if (ids.stream().anyMatch(json::contains)) {
                    assertThat(d.keySet()).as(collection + " names a respondent")
                            .doesNotContain("score", "scores", "sum", "sumOfSquares", "sealed");
                }
            }
        }

        // A sealed answer copied under another id does not push the count up: nothing is released.
        Document copy = new Document(ballots.getFirst());
        copy.put("_id", "copied-" + ballots.getFirst().getString("_id"));
        mongo.getCollection("action_checkin_ballots").insertOne(copy);
        clock.setDay(LocalDate.of(2027, 4, 20));
        checkIns.releaseDue();
        assertThat(seenBy(team.get(1), a).result()).as("not released with a copied answer").isNull();
        mongo.getCollection("action_checkin_ballots").deleteOne(new Document("_id", copy.getString("_id")));
        checkIns.releaseDue();

        // Released: who answered is gone, and what is kept is a count, a sum and a sum of squares — no order, no time.
        assertThat(count("action_checkin_marks", a.id().value())).isZero();
        assertThat(count("action_checkin_ballots", a.id().value())).isZero();
        Document kept = mongo.getCollection("action_checkin_results").find(new Document("_id", a.id().value()))
                .first();
        assertThat(kept).isNotNull();
        assertThat(kept.keySet()).containsOnly("_id", "closesOn", "k", "answered", "released", "n", "sum",
                "sumOfSquares", "_class");
        assertThat(kept.getInteger("answered")).isEqualTo(6);
        assertThat(kept.getInteger("n")).isEqualTo(6);
        String json = kept.toJson();
        ids.forEach(id -> assertThat(json).doesNotContain(id));
        CheckInResult r = seenBy(team.get(1), a).result();
        assertThat(r).isNotNull();
        // k is the latest closed wave's (other tests of this store may have set it above 6).
        int k = kept.getInteger("k");
        assertThat(r.k()).isEqualTo(k);
        if (k <= 6) {
            // 1, 5, 5, 2, 4, 3: mean 20/6.
            assertThat(r.mean()).isCloseTo(20.0 / 6, within(1e-9));
        } else {
            assertThat(r.shown()).isFalse();
            assertThat(kept.get("sum")).isNull();
        }
    }
}
