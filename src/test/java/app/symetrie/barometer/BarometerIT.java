package app.symetrie.barometer;

import static app.symetrie.barometer.BarometerFixture.as;
import static app.symetrie.barometer.BarometerFixture.campaign;
import static app.symetrie.barometer.BarometerFixture.complete;
import static app.symetrie.barometer.BarometerFixture.department;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.symetrie.barometer.internal.AnswerDocument;
import app.symetrie.common.LocalizedText;
import app.symetrie.common.Role;
import app.symetrie.common.UserFacingException;
import app.symetrie.mail.MailService;
import app.symetrie.organization.DepartmentKind;
import app.symetrie.organization.Employee;
import app.symetrie.organization.OrganizationService;
import app.symetrie.test.IntegrationTest;
import app.symetrie.test.TestClock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

@IntegrationTest
@Import(TestClock.Config.class)
class BarometerIT {

    @Autowired
    CampaignService campaigns;
    @Autowired
    BarometerService barometer;
    @Autowired
    QuestionnaireService questionnaires;
    @Autowired
    OrganizationService organization;
    @Autowired
    ReminderService reminders;
    @Autowired
    MailService mail;
    @Autowired
    Invitations invitations;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    TestClock clock;

    /** A department of {@code size}, a quarterly campaign on it opening on {@code opening}, advanced to that day. */
    private Wave openWave(String name, int size, LocalDate opening, List<Employee> people) {
        people.addAll(department(organization, name, DepartmentKind.SUPPORT, size));
        Campaign campaign = as(Role.LEAD, () -> campaigns.saveCampaign(
                campaign("Baromètre " + name, opening, List.of(people.getFirst().departmentId()))));
        clock.setDay(opening);
        campaigns.advance(opening);
        return campaigns.waves(campaign.id()).getFirst();
    }

    /** Answers cast in a wave: sealed ballots while it is open, released answers once it is closed. */
    private long answersIn(Wave wave) {
        Query ofWave = Query.query(Criteria.where("waveId").is(wave.id().value()));
        return mongo.count(ofWave, "ballots") + mongo.count(ofWave, AnswerDocument.class);
    }

    @Test
    void a_campaign_opens_its_first_wave_on_schedule_with_exact_invitations_and_closes_it() {
        List<Employee> people = department(organization, "Comptabilité", DepartmentKind.SUPPORT, 12);
        LocalDate first = LocalDate.of(2026, 4, 6);
        Campaign campaign = as(Role.LEAD, () -> campaigns.saveCampaign(
                campaign("Trimestriel", first, List.of(people.getFirst().departmentId()))));

        campaigns.advance(first.minusDays(1));
        assertThat(campaigns.waves(campaign.id())).as("nothing before the first opening").isEmpty();

        campaigns.advance(first);
        Wave wave = campaigns.waves(campaign.id()).getFirst();
        assertThat(wave.status()).isEqualTo(WaveStatus.OPEN);
        assertThat(wave.opensOn()).isEqualTo(first);
        assertThat(wave.closesOn()).isEqualTo(first.plusDays(13));
        assertThat(wave.invitedTotal()).isEqualTo(12);
        assertThat(wave.questionnaireVersion()).isEqualTo(questionnaires.current().version());

        campaigns.advance(first.plusDays(1));
        assertThat(campaigns.waves(campaign.id())).as("running twice opens nothing more").hasSize(1);

        campaigns.advance(first.plusDays(14));
        assertThat(campaigns.wave(wave.id()).orElseThrow().status()).isEqualTo(WaveStatus.CLOSED);

        campaigns.advance(first.plusMonths(3));
        List<Wave> waves = campaigns.waves(campaign.id());
        assertThat(waves).hasSize(2);
        assertThat(waves.getFirst().slot()).isEqualTo(1);
        assertThat(waves.getFirst().opensOn()).isEqualTo(first.plusMonths(3));
    }

    @Test
    void an_employee_answers_once_and_the_thank_you_state_follows() {
        List<Employee> people = new ArrayList<>();
        Wave wave = openWave("Finance", 6, LocalDate.of(2026, 5, 4), people);
        Employee camille = people.getFirst();
        MyBarometer before = as(camille, barometer::mine);
        assertThat(before.state()).isEqualTo(MyBarometer.State.TO_ANSWER);
        assertThat(before.questionnaire().version()).as("the wave's own questionnaire")
                .isEqualTo(wave.questionnaireVersion());

        BarometerFixture.submitAs(camille, barometer, wave.id(), complete(before.questionnaire(), 4, "Le VPN coupe souvent."));
        assertThat(answersIn(wave)).isEqualTo(1);
        assertThat(as(camille, barometer::mine).state()).isEqualTo(MyBarometer.State.ANSWERED);
        assertThatThrownBy(() -> BarometerFixture.submitAs(camille, barometer, wave.id(), complete(before.questionnaire(), 2, null))).isInstanceOf(UserFacingException.class).hasMessage("barometer.error.already-answered");
        assertThat(answersIn(wave)).as("a second submit from another tab stores nothing").isEqualTo(1);
    }

    @Test
    void two_submits_at_the_same_instant_store_exactly_one_answer() throws Exception {
        List<Employee> people = new ArrayList<>();
        Wave wave = openWave("Juridique", 5, LocalDate.of(2026, 6, 1), people);
        Employee hugo = people.getFirst();
        Questionnaire q = questionnaires.version(wave.questionnaireVersion());
        int attempts = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(attempts);
        List<Future<Boolean>> results = new ArrayList<>();
        for (int i = 0; i < attempts; i++) {
            results.add(pool.submit(() -> {
                start.await();
                try {
                    BarometerFixture.submitAs(hugo, barometer, wave.id(), complete(q, 3, null));
                    return true;
                } catch (UserFacingException e) {
                    return false;
                }
            }));
        }
        start.countDown();
        int stored = 0;
        for (Future<Boolean> r : results) {
            stored += r.get() ? 1 : 0;
        }
        pool.shutdown();
        assertThat(stored).isEqualTo(1);
        assertThat(answersIn(wave)).isEqualTo(1);
    }

    @Test
    void a_closed_or_not_yet_open_wave_refuses_answers() {
        List<Employee> people = new ArrayList<>();
        Wave wave = openWave("Achats", 5, LocalDate.of(2026, 7, 6), people);
        Questionnaire q = questionnaires.version(wave.questionnaireVersion());
        Employee e = people.getFirst();

        clock.setDay(wave.closesOn().plusDays(1));
        assertThatThrownBy(() -> BarometerFixture.submitAs(e, barometer, wave.id(), complete(q, 4, null))).hasMessage("barometer.error.closed");

        clock.setDay(wave.opensOn().minusDays(1));
        assertThatThrownBy(() -> BarometerFixture.submitAs(e, barometer, wave.id(), complete(q, 4, null))).hasMessage("barometer.error.not-yet-open");

        clock.setDay(wave.opensOn().plusDays(2));
        as(Role.LEAD, () -> campaigns.closeNow(wave.id()));
        assertThatThrownBy(() -> BarometerFixture.submitAs(e, barometer, wave.id(), complete(q, 4, null))).hasMessage("barometer.error.closed");
        assertThat(answersIn(wave)).isZero();
    }

    @Test
    void missing_answers_are_listed_per_question_and_nothing_is_written() {
        List<Employee> people = new ArrayList<>();
        Wave wave = openWave("Services généraux", 5, LocalDate.of(2026, 8, 3), people);
        Questionnaire q = questionnaires.version(wave.questionnaireVersion());
        AnswerForm full = complete(q, 4, null);
        var scores = new HashMap<>(full.scores());
        String skipped = q.statements().get(2).code();
        scores.remove(skipped);
        var tools = new HashMap<>(full.tools());
        tools.put("crm", new AnswerForm.ToolUse(Frequency.WEEKLY, null));
        AnswerForm partial = new AnswerForm(scores, tools, full.painPoints(), null, null);

        assertThatThrownBy(() -> BarometerFixture.submitAs(people.getFirst(), barometer, wave.id(), partial)).isInstanceOfSatisfying(AnswerRejected.class, e -> assertThat(e.missing())
                .containsEntry(skipped, "barometer.error.required")
                .containsEntry("crm", "barometer.error.tool.comfort")
                .containsEntry("recommend", "barometer.error.required")
                .hasSize(3));
        assertThat(answersIn(wave)).isZero();
        assertThat(as(people.getFirst(), barometer::mine).state()).as("the person can still answer")
                .isEqualTo(MyBarometer.State.TO_ANSWER);
    }

    @Test
    void tampered_values_are_refused() {
        List<Employee> people = new ArrayList<>();
        Wave wave = openWave("Informatique", 5, LocalDate.of(2026, 9, 7), people);
        Questionnaire q = questionnaires.version(wave.questionnaireVersion());
        AnswerForm full = complete(q, 4, null);
        List<AnswerForm> tampered = new ArrayList<>();
        var scores = new HashMap<>(full.scores());
        scores.put(q.statements().getFirst().code(), 6);
        tampered.add(new AnswerForm(scores, full.tools(), full.painPoints(), 8, null));
        tampered.add(new AnswerForm(full.scores(), full.tools(), full.painPoints(), 11, null));
        var tools = new HashMap<>(full.tools());
        tools.put("fax_machine", new AnswerForm.ToolUse(Frequency.DAILY, 3));
        tampered.add(new AnswerForm(full.scores(), tools, full.painPoints(), 8, null));
        tampered.add(new AnswerForm(full.scores(), full.tools(), java.util.Set.of("unknown_pain"), 8, null));
        var zero = new HashMap<>(full.tools());
        zero.put("email", new AnswerForm.ToolUse(Frequency.DAILY, 0));
        tampered.add(new AnswerForm(full.scores(), zero, full.painPoints(), 8, null));

        for (AnswerForm form : tampered) {
            assertThatThrownBy(() -> BarometerFixture.submitAs(people.getFirst(), barometer, wave.id(), form)).hasMessage("barometer.error.tampered");
        }
        assertThat(answersIn(wave)).isZero();
    }

    @Test
    void editing_the_questionnaire_while_a_wave_is_open_leaves_the_wave_unaffected() {
        List<Employee> people = new ArrayList<>();
        Wave wave = openWave("Ressources humaines", 5, LocalDate.of(2026, 10, 5), people);
        Questionnaire before = questionnaires.version(wave.questionnaireVersion());
        Questionnaire current = questionnaires.current();
        List<Dimension> dimensions = new ArrayList<>(current.dimensions());
        Dimension first = dimensions.getFirst();
        var statements = new ArrayList<>(first.statements());
        statements.add(new Statement("equipment.new_question", new LocalizedText("Nouvelle ?", "New?")));
        dimensions.set(0, new Dimension(first.code(), first.name(), statements));
        Questionnaire edited = as(Role.LEAD, () -> questionnaires.saveNewVersion(new Questionnaire(0, dimensions,
                current.tools(), current.painPoints(), current.recommendQuestion(), current.commentPrompt()),
                current.version()));

        assertThat(edited.version()).isEqualTo(current.version() + 1);
        Wave still = campaigns.wave(wave.id()).orElseThrow();
        assertThat(still.questionnaireVersion()).isEqualTo(before.version());
        assertThat(as(people.getFirst(), barometer::mine).questionnaire()).isEqualTo(before);
        BarometerFixture.submitAs(people.getFirst(), barometer, wave.id(), complete(before, 5, null));
        assertThat(answersIn(wave)).as("the old version's answers are complete for this wave").isEqualTo(1);
        assertThatThrownBy(() -> as(Role.LEAD, () -> questionnaires.saveNewVersion(edited, current.version())))
                .hasMessage("error.questionnaire.changed-meanwhile");
    }

    @Test
    void non_respondents_are_reminded_once_on_reminder_days_and_respondents_never() {
        List<Employee> people = new ArrayList<>();
        Wave wave = openWave("Marketing", 5, LocalDate.of(2026, 11, 2), people);
        Questionnaire q = questionnaires.version(wave.questionnaireVersion());
        Employee answered = people.getFirst();
        BarometerFixture.submitAs(answered, barometer, wave.id(), complete(q, 4, null));
        invitations.send(wave.opensOn());
        long mailsBefore = as(Role.ADMIN, mail::count);

        LocalDate day2 = wave.opensOn().plusDays(2);
        clock.setDay(day2);
        assertThat(reminders.remind(day2)).as("not a reminder day").isZero();
        LocalDate day3 = wave.opensOn().plusDays(3);
        clock.setDay(day3);
        assertThat(reminders.remind(day3)).isEqualTo(4);
        assertThat(reminders.remind(day3)).as("once per reminder day").isZero();

        assertThat(as(Role.ADMIN, mail::count)).isEqualTo(mailsBefore + 4);
        // The outbox is shared with other tests, whose clocks may be later: this wave's people's reminders, by address.
        List<String> mine = people.stream().map(e -> e.email().value()).toList();
        var reminded = as(Role.ADMIN, () -> mail.latest(0, 5_000)).stream().filter(m -> mine.contains(m.to()))
                .filter(m -> m.subject().startsWith("3 minutes")).toList();
        assertThat(reminded).extracting(m -> m.to())
                .doesNotContain(answered.email().value())
                .containsExactlyInAnyOrderElementsOf(people.subList(1, 5).stream().map(e -> e.email().value()).toList());
    }

    @Test
    void participation_is_shown_per_department_only_where_it_cannot_reveal_a_small_department() {
        List<Employee> big = department(organization, "Service client", DepartmentKind.FRONT_OFFICE, 8);
        List<Employee> other = department(organization, "Logistique", DepartmentKind.FRONT_OFFICE, 6);
        List<Employee> small = department(organization, "Cellule", DepartmentKind.SUPPORT, 3);
        List<Employee> tiny = department(organization, "Accueil", DepartmentKind.SUPPORT, 2);
        LocalDate opening = LocalDate.of(2026, 12, 7);
        Campaign all = as(Role.LEAD, () -> campaigns.saveCampaign(campaign("Quatre", opening,
                List.of(big.getFirst().departmentId(), other.getFirst().departmentId(),
                        small.getFirst().departmentId(), tiny.getFirst().departmentId()))));
        Campaign two = as(Role.LEAD, () -> campaigns.saveCampaign(campaign("Deux", opening.plusDays(1),
                List.of(other.getFirst().departmentId(), small.getFirst().departmentId()))));
        clock.setDay(opening.plusDays(1));
        campaigns.advance(opening.plusDays(1));
        Wave wave = campaigns.waves(all.id()).getFirst();
        Questionnaire q = questionnaires.version(wave.questionnaireVersion());
        for (Employee e : List.of(big.get(0), big.get(1), small.get(0))) {
            BarometerFixture.submitAs(e, barometer, wave.id(), complete(q, 3, null));
        }
        List<DepartmentParticipation> rows = as(Role.LEAD, () -> campaigns.participation(wave.id()));
        assertThat(rows).hasSize(4);
        assertThat(row(rows, 8).answered()).isEqualTo(2);
        assertThat(row(rows, 6).answered()).isZero();
        assertThat(row(rows, 3).answered()).as("3 invited < k = 5: hidden").isNull();
        assertThat(row(rows, 2).answered()).as("the hidden rest is 3 + 2 = 5 people: the total tells no one's")
                .isNull();

        // Six and three invited: showing the six would give the three's count by subtraction from the total.
        Wave pair = campaigns.waves(two.id()).getFirst();
        List<DepartmentParticipation> pairRows = as(Role.LEAD, () -> campaigns.participation(pair.id()));
        assertThat(pairRows).extracting(DepartmentParticipation::answered).containsOnlyNulls();
    }

    private static DepartmentParticipation row(List<DepartmentParticipation> rows, int invited) {
        return rows.stream().filter(r -> r.invited() == invited).findFirst().orElseThrow();
    }
}
