package app.symetrie.barometer;

import static app.symetrie.barometer.BarometerFixture.as;
import static app.symetrie.barometer.BarometerFixture.campaign;
import static app.symetrie.barometer.BarometerFixture.complete;
import static app.symetrie.barometer.BarometerFixture.department;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.symetrie.barometer.internal.ParticipationDocument;
import app.symetrie.barometer.internal.Tokens;
import app.symetrie.common.Role;
import app.symetrie.common.UserFacingException;
import app.symetrie.mail.internal.OutboxDocument;
import app.symetrie.organization.DepartmentKind;
import app.symetrie.organization.Employee;
import app.symetrie.organization.OrganizationService;
import app.symetrie.test.IntegrationTest;
import app.symetrie.test.TestClock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Invitations and reminders that are really sent (once, resumed after a crash, caught up after downtime) and the
 * personal survey links they carry: one answer per link, nothing of the link near any answer (decision 013).
 */
@IntegrationTest
@Import(TestClock.Config.class)
class SurveyLinksIT {

    /** The client these tests answer from (the throttle counts refusals per client: decision 017). */
    private static final String CLIENT = "198.51.100.7";

    private static final Pattern LINK = Pattern.compile("/answer/([A-Za-z0-9_-]{43})");

    @Autowired
    CampaignService campaigns;
    @Autowired
    BarometerService barometer;
    @Autowired
    SurveyLinks links;
    @Autowired
    Invitations invitations;
    @Autowired
    ReminderService reminders;
    @Autowired
    QuestionnaireService questionnaires;
    @Autowired
    OrganizationService organization;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    TestClock clock;

    private Wave openWave(String name, int size, LocalDate opening, List<Employee> people) {
        people.addAll(department(organization, name, DepartmentKind.FRONT_OFFICE, size));
        Campaign campaign = as(Role.LEAD, () -> campaigns.saveCampaign(
                campaign("Liens " + name, opening, List.of(people.getFirst().departmentId()))));
        clock.setDay(opening);
        campaigns.advance(opening);
        return campaigns.waves(campaign.id()).getFirst();
    }

    private List<OutboxDocument> outbox(String tag) {
        return mongo.find(Query.query(Criteria.where("tag").is(tag)), OutboxDocument.class);
    }

    /** The personal link token each person received, from the e-mails themselves. */
    private Map<String, String> tokensByAddress(String tag) {
        return outbox(tag).stream().collect(Collectors.toMap(OutboxDocument::to, m -> token(m.body()), (a, b) -> a));
    }

    private static String token(String body) {
        Matcher m = LINK.matcher(body);
        assertThat(m.find()).as("the e-mail carries a personal link: " + body).isTrue();
        return m.group(1);
    }

    private long ballots(Wave wave) {
        return mongo.count(Query.query(Criteria.where("waveId").is(wave.id().value())), "ballots");
    }

    @Test
    void invitations_go_once_to_each_person_who_has_not_answered_even_when_the_scheduler_runs_twice() {
        List<Employee> people = new ArrayList<>();
        Wave wave = openWave("Boutique Nord", 6, LocalDate.of(2027, 3, 1), people);
        Questionnaire q = questionnaires.version(wave.questionnaireVersion());
        BarometerFixture.submitAs(people.getFirst(), barometer, wave.id(), complete(q, 4, null));

        invitations.send(wave.opensOn());
        invitations.send(wave.opensOn());

        List<OutboxDocument> sent = outbox(Invitations.tag(wave.id()));
        assertThat(sent).extracting(OutboxDocument::to).as("one each, and none to who already answered")
                .containsExactlyInAnyOrderElementsOf(people.subList(1, 6).stream().map(e -> e.email().value())
                        .toList());
        OutboxDocument one = sent.getFirst();
        assertThat(one.subject()).as("in the person's language (French here)").contains("baromètre");
        assertThat(one.body()).contains("http://").contains("/answer/");
        AnonymousSurvey opened = links.open(token(one.body()), CLIENT);
        assertThat(opened.state()).isEqualTo(AnonymousSurvey.State.TO_ANSWER);
        assertThat(opened.wave().id()).isEqualTo(wave.id());
        assertThat(opened.locale()).isEqualTo(Locale.FRENCH);
    }

    @Test
    void a_run_cut_short_is_finished_by_the_next_and_two_runs_at_once_send_each_invitation_once() throws Exception {
        List<Employee> people = new ArrayList<>();
        Wave wave = openWave("Entrepot Sud", 30, LocalDate.of(2027, 3, 8), people);

        assertThat(invitations.send(wave, wave.opensOn(), 7)).as("a run stopped after 7 (a crash)").isEqualTo(7);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            Callable<Integer> run = () -> {
                start.await();
                return invitations.send(wave.opensOn());
            };
            Future<Integer> a = pool.submit(run);
            Future<Integer> b = pool.submit(run);
            start.countDown();
            a.get();
            b.get();
        } finally {
            pool.shutdownNow();
        }
        Map<String, Long> perPerson = outbox(Invitations.tag(wave.id())).stream()
                .collect(Collectors.groupingBy(OutboxDocument::to, Collectors.counting()));
        assertThat(perPerson).hasSize(30);
        assertThat(perPerson.values()).as("never twice").containsOnly(1L);
    }

    @Test
    void two_submits_with_one_link_store_one_answer_and_the_spent_link_says_only_already_used() throws Exception {
        List<Employee> people = new ArrayList<>();
        Wave wave = openWave("Agence Est", 5, LocalDate.of(2027, 3, 15), people);
        invitations.send(wave.opensOn());
        Questionnaire q = questionnaires.version(wave.questionnaireVersion());
        Employee holder = people.get(2);
        String token = tokensByAddress(Invitations.tag(wave.id())).get(holder.email().value());

        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Boolean>> submits = new ArrayList<>();
        try {
            CountDownLatch start = new CountDownLatch(1);
            for (int i = 0; i < 2; i++) {
                submits.add(pool.submit(() -> {
                    start.await();
                    try {
                        links.submit(token, CLIENT, complete(q, 2, "par le lien"));
                        return true;
                    } catch (UserFacingException refused) {
                        assertThat(refused.messageKey()).isEqualTo("survey-link.error.used");
                        return false;
                    }
                }));
            }
            start.countDown();
            int accepted = 0;
            for (Future<Boolean> submit : submits) {
                accepted += submit.get() ? 1 : 0;
            }
            assertThat(accepted).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(ballots(wave)).isEqualTo(1);
        assertThat(as(Role.LEAD, () -> campaigns.answeredCount(wave.id()))).isEqualTo(1);

        // Forwarded after use: it says it was used, and shows nothing else
        AnonymousSurvey again = links.open(token, CLIENT);
        assertThat(again.state()).isEqualTo(AnonymousSurvey.State.USED);
        assertThat(again.wave()).isNull();
        assertThat(again.questionnaire()).isNull();
        assertThat(again.locale()).as("not even the language of whose link it was").isNull();
        assertThatThrownBy(() -> links.submit(token, CLIENT, complete(q, 5, null)))
                .isInstanceOf(UserFacingException.class).hasMessage("survey-link.error.used");
        // The same participation, whichever way in: signed in, the holder has answered
        assertThatThrownBy(() -> BarometerFixture.submitAs(holder, barometer, wave.id(), complete(q, 5, null)))
                .hasMessage("barometer.error.already-answered");
        assertThat(ballots(wave)).isEqualTo(1);
    }

    @Test
    void a_person_who_left_is_neither_invited_nor_reminded_and_their_link_no_longer_opens() {
        List<Employee> people = new ArrayList<>();
        Wave wave = openWave("Boutique Est", 6, LocalDate.of(2027, 5, 3), people);
        invitations.send(wave.opensOn());
        Map<String, String> tokens = tokensByAddress(Invitations.tag(wave.id()));
        Employee leaver = people.getLast();
        as(Role.ADMIN, () -> organization.saveEmployee(new Employee(leaver.id(), leaver.firstName(),
                leaver.lastName(), leaver.email(), leaver.departmentId(), leaver.teamId(), leaver.manager(),
                leaver.locale(), leaver.employeeNumber(), false)));

        assertThat(links.open(tokens.get(leaver.email().value()), CLIENT)).as("the link of a person who left")
                .isEqualTo(AnonymousSurvey.invalid());
        assertThat(links.open(tokens.get(people.getFirst().email().value()), CLIENT).state())
                .isEqualTo(AnonymousSurvey.State.TO_ANSWER);
        LocalDate reminderDay = wave.opensOn().plusDays(3);
        clock.setDay(reminderDay);
        reminders.remind(reminderDay);
        assertThat(outbox(ReminderService.tag(wave.id()))).extracting(OutboxDocument::to)
                .hasSize(5).doesNotContain(leaver.email().value());
    }

    @Test
    void a_guessed_malformed_or_incomplete_link_opens_nothing_and_all_say_the_same() {
        List<Employee> people = new ArrayList<>();
        Wave wave = openWave("Atelier Ouest", 5, LocalDate.of(2027, 3, 22), people);
        invitations.send(wave.opensOn());
        String real = tokensByAddress(Invitations.tag(wave.id())).values().iterator().next();
        for (String guess : List.of("A".repeat(43), real.substring(0, 42), real + "x", "", "../../admin",
                "' || 1==1 //", Tokens.hash(real))) {
            assertThat(links.open(guess, CLIENT)).as(guess).isEqualTo(AnonymousSurvey.invalid());
            assertThatThrownBy(() -> links.submit(guess, CLIENT,
                    complete(questionnaires.version(wave.questionnaireVersion()), 3, null)))
                    .hasMessage("survey-link.error.invalid");
        }
    }

    @Test
    void the_store_holds_nothing_of_a_link_near_any_answer_and_nothing_at_all_once_the_wave_closed() {
        List<Employee> people = new ArrayList<>();
        Wave wave = openWave("Magasin Centre", 6, LocalDate.of(2027, 3, 29), people);
        invitations.send(wave.opensOn());
        Questionnaire q = questionnaires.version(wave.questionnaireVersion());
        Map<String, String> tokens = tokensByAddress(Invitations.tag(wave.id()));
        for (Employee e : people) {
            links.submit(tokens.get(e.email().value()), CLIENT, complete(q, 3, "commentaire " + e.firstName()));
        }
        List<String> secrets = new ArrayList<>();
        tokens.values().forEach(t -> {
            secrets.add(t);
            secrets.add(Tokens.hash(t));
        });

        // While open: the ballots carry no token nor hash (the hash lives on the participation only)
        for (Document ballot : mongo.getCollection("ballots").find(new Document("waveId", wave.id().value()))) {
            String json = ballot.toJson();
            secrets.forEach(s -> assertThat(json).doesNotContain(s));
        }
        for (ParticipationDocument p : mongo.find(Query.query(Criteria.where("waveId").is(wave.id().value())),
                ParticipationDocument.class)) {
            assertThat(tokens.values()).as("the store keeps hashes, never a token").doesNotContain(p.linkHash());
        }

        as(Role.LEAD, () -> campaigns.closeNow(wave.id()));
        assertThat(links.open(tokens.values().iterator().next(), CLIENT))
                .as("a link of a closed wave opens nothing").isEqualTo(AnonymousSurvey.invalid());
        // After the close: no collection holds any token or hash (participations, invitations and ballots gone)
        for (String collection : mongo.getCollectionNames()) {
            for (Document doc : mongo.getCollection(collection).find()) {
                String json = doc.toJson();
                for (String s : secrets) {
                    assertThat(json).as(collection).doesNotContain(s);
                }
            }
        }
        assertThat(mongo.count(Query.query(Criteria.where("waveId").is(wave.id().value())), "answers"))
                .isEqualTo(6);
        assertThat(outbox(Invitations.tag(wave.id()))).as("invitations forgotten at the close").isEmpty();
    }

    @Test
    void a_reminder_missed_while_the_application_was_down_is_sent_once_at_the_next_run_with_the_same_link() {
        List<Employee> people = new ArrayList<>();
        Wave wave = openWave("Depot Rive", 5, LocalDate.of(2027, 4, 5), people);
        invitations.send(wave.opensOn());
        Questionnaire q = questionnaires.version(wave.questionnaireVersion());
        BarometerFixture.submitAs(people.getFirst(), barometer, wave.id(), complete(q, 4, null));

        // Down from day 1 to day 11: reminder days 3 and 10 passed unseen
        LocalDate back = wave.opensOn().plusDays(11);
        clock.setDay(back);
        reminders.remind(back);
        reminders.remind(back);
        List<OutboxDocument> sent = outbox(ReminderService.tag(wave.id()));
        assertThat(sent).extracting(OutboxDocument::to).as("one catch-up reminder each, not one per missed day")
                .containsExactlyInAnyOrderElementsOf(people.subList(1, 5).stream().map(e -> e.email().value())
                        .toList());
        Map<String, String> invited = tokensByAddress(Invitations.tag(wave.id()));
        Map<String, OutboxDocument> byAddress = sent.stream()
                .collect(Collectors.toMap(OutboxDocument::to, Function.identity()));
        byAddress.forEach((to, mail) -> assertThat(token(mail.body())).isEqualTo(invited.get(to)));
        assertThat(reminders.remind(back.plusDays(1))).as("nothing more is due").isZero();
    }

    @Test
    void no_reminder_is_sent_on_top_of_an_invitation_that_goes_out_after_reminder_days() {
        List<Employee> people = new ArrayList<>();
        LocalDate opening = LocalDate.of(2027, 4, 12);
        Wave wave = openWave("Comptoir Port", 5, opening, people);
        LocalDate late = opening.plusDays(4); // the application was down from the opening to day 4
        clock.setDay(late);
        invitations.send(late);
        assertThat(reminders.remind(late)).as("day 3 passed before anyone was invited").isZero();
        assertThat(outbox(Invitations.tag(wave.id()))).hasSize(5);
    }
}
