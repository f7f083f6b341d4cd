package app.symetrie.barometer;

import static app.symetrie.barometer.BarometerFixture.as;
import static app.symetrie.barometer.BarometerFixture.campaign;
import static app.symetrie.barometer.BarometerFixture.complete;
import static app.symetrie.barometer.BarometerFixture.department;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.symetrie.barometer.internal.KioskCodeDocument;
import app.symetrie.barometer.internal.Tokens;
import app.symetrie.common.Role;
import app.symetrie.mail.internal.OutboxDocument;
import app.symetrie.organization.DepartmentKind;
import app.symetrie.organization.Employee;
import app.symetrie.organization.OrganizationService;
import app.symetrie.test.IntegrationTest;
import app.symetrie.test.TestClock;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.access.AccessDeniedException;

/** Kiosk codes: one answer per code for its department, participation exact, codes stored hashed (decision 013). */
@IntegrationTest
@Import(TestClock.Config.class)
class KioskCodesIT {

    /** The client these tests answer from (the throttle counts refusals per client: decision 017). */
    private static final String CLIENT = "198.51.100.8";

    @Autowired
    CampaignService campaigns;
    @Autowired
    BarometerService barometer;
    @Autowired
    KioskCodes kiosk;
    @Autowired
    SurveyLinks links;
    @Autowired
    Invitations invitations;
    @Autowired
    QuestionnaireService questionnaires;
    @Autowired
    OrganizationService organization;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    TestClock clock;

    private Wave openWave(List<Employee> people, LocalDate opening) {
        Campaign c = as(Role.LEAD, () -> campaigns.saveCampaign(campaign("Borne " + opening, opening,
                List.of(people.getFirst().departmentId()))));
        clock.setDay(opening);
        campaigns.advance(opening);
        return campaigns.waves(c.id()).getFirst();
    }

    @Test
    void a_kiosk_code_answers_once_for_its_department_and_counts_one_participation() {
        List<Employee> people = department(organization, "Quai Alpha", DepartmentKind.FRONT_OFFICE, 6);
        Wave wave = openWave(people, LocalDate.of(2027, 5, 3));
        Questionnaire q = questionnaires.version(wave.questionnaireVersion());

        KioskSheet sheet = as(Role.LEAD, () -> kiosk.generate(wave.id(), people.getFirst().departmentId()));
        assertThat(sheet.codes()).hasSize(6).doesNotHaveDuplicates();
        assertThat(sheet.codeUrls().getFirst()).endsWith("/kiosk/" + sheet.codes().getFirst());
        String code = sheet.codes().getFirst();
        assertThat(kiosk.open(code.toLowerCase().replace("-", " "), CLIENT).state())
                .as("typed loosely").isEqualTo(AnonymousSurvey.State.TO_ANSWER);

        kiosk.submit(code, CLIENT, complete(q, 2, null));
        assertThat(as(Role.LEAD, () -> campaigns.answeredCount(wave.id()))).isEqualTo(1);
        assertThat(kiosk.open(code, CLIENT).state()).isEqualTo(AnonymousSurvey.State.USED);
        assertThatThrownBy(() -> kiosk.submit(code, CLIENT, complete(q, 2, null))).hasMessage("kiosk.error.used");
        assertThat(mongo.count(Query.query(Criteria.where("waveId").is(wave.id().value())), "ballots")).isEqualTo(1);
        assertThat(kiosk.open("AAAA-BBBB-CCCC-DDDD", CLIENT)).isEqualTo(AnonymousSurvey.invalid());
        assertThatThrownBy(() -> kiosk.submit("nonsense", CLIENT, complete(q, 2, null)))
                .hasMessage("kiosk.error.invalid");
    }

    @Test
    void codes_are_stored_hashed_and_a_new_sheet_invalidates_the_previous_one_and_its_pdf() {
        List<Employee> people = department(organization, "Quai Beta", DepartmentKind.FRONT_OFFICE, 5);
        Wave wave = openWave(people, LocalDate.of(2027, 5, 10));
        KioskSheet first = as(Role.LEAD, () -> kiosk.generate(wave.id(), people.getFirst().departmentId()));
        for (Document stored : mongo.getCollection("kiosk_codes").find()) {
            first.codes().forEach(c -> assertThat(stored.toJson()).doesNotContain(c));
        }
        assertThat(mongo.exists(Query.query(Criteria.where("codeHash").is(Tokens.hash(first.codes().getFirst()))),
                KioskCodeDocument.class)).isTrue();

        assertThat(as(Role.LEAD, () -> kiosk.current(first))).isTrue();

        KioskSheet second = as(Role.LEAD, () -> kiosk.generate(wave.id(), people.getFirst().departmentId()));
        assertThat(as(Role.LEAD, () -> kiosk.current(first))).as("its PDF is no longer made").isFalse();
        assertThat(as(Role.LEAD, () -> kiosk.current(second))).isTrue();
        first.codes().forEach(c -> assertThat(kiosk.open(c, CLIENT)).isEqualTo(AnonymousSurvey.invalid()));
        assertThat(kiosk.open(second.codes().getFirst(), CLIENT).state()).isEqualTo(AnonymousSurvey.State.TO_ANSWER);
        assertThatThrownBy(() -> as(people.getFirst(), () -> kiosk.generate(wave.id(),
                people.getFirst().departmentId()))).as("leads only").isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_colleague_whose_record_a_code_took_still_answers_and_a_code_beyond_the_invited_is_refused() {
        List<Employee> people = department(organization, "Quai Gamma", DepartmentKind.FRONT_OFFICE, 5);
        Wave wave = openWave(people, LocalDate.of(2027, 5, 17));
        invitations.send(wave.opensOn());
        Questionnaire q = questionnaires.version(wave.questionnaireVersion());
        KioskSheet sheet = as(Role.LEAD, () -> kiosk.generate(wave.id(), people.getFirst().departmentId()));

        for (int i = 0; i < 4; i++) {
            kiosk.submit(sheet.codes().get(i), CLIENT, complete(q, 3, null));
        }
        // Four records are marked done for the kiosk; everyone still finds their own survey open, and answers
        for (Employee e : people.subList(0, 4)) {
            MyBarometer mine = as(e, barometer::mine);
            if (mine.state() == MyBarometer.State.TO_ANSWER) {
                BarometerFixture.submitAs(e, barometer, wave.id(), complete(q, 4, null));
                break;
            }
        }
        assertThat(as(Role.LEAD, () -> campaigns.answeredCount(wave.id()))).isEqualTo(5);
        assertThatThrownBy(() -> kiosk.submit(sheet.codes().get(4), CLIENT, complete(q, 3, null)))
                .as("five invited, five answers").hasMessage("kiosk.error.department-complete");
        assertThat(kiosk.open(sheet.codes().get(4), CLIENT).state()).as("the code was given back")
                .isEqualTo(AnonymousSurvey.State.TO_ANSWER);
        assertThat(mongo.count(Query.query(Criteria.where("waveId").is(wave.id().value())), "ballots")).isEqualTo(5);

        as(Role.LEAD, () -> campaigns.closeNow(wave.id()));
        assertThat(mongo.count(Query.query(Criteria.where("waveId").is(wave.id().value())), KioskCodeDocument.class))
                .as("codes go with the participations").isZero();
        assertThat(kiosk.open(sheet.codes().get(4), CLIENT)).isEqualTo(AnonymousSurvey.invalid());
        assertThat(mongo.count(Query.query(Criteria.where("waveId").is(wave.id().value())), "answers")).isEqualTo(5);
    }

    @Test
    void a_personal_link_still_answers_after_a_kiosk_code_took_its_record() {
        List<Employee> people = department(organization, "Quai Delta", DepartmentKind.FRONT_OFFICE, 3);
        Wave wave = openWave(people, LocalDate.of(2027, 5, 24));
        invitations.send(wave.opensOn());
        Questionnaire q = questionnaires.version(wave.questionnaireVersion());
        KioskSheet sheet = as(Role.LEAD, () -> kiosk.generate(wave.id(), people.getFirst().departmentId()));
        kiosk.submit(sheet.codes().getFirst(), CLIENT, complete(q, 3, null));
        kiosk.submit(sheet.codes().get(1), CLIENT, complete(q, 3, null));

        Pattern link = Pattern.compile("/answer/([A-Za-z0-9_-]{43})");
        for (OutboxDocument mail : mongo.find(Query.query(Criteria.where("tag").is(Invitations.tag(wave.id()))),
                OutboxDocument.class)) {
            Matcher m = link.matcher(mail.body());
            assertThat(m.find()).isTrue();
            assertThat(links.open(m.group(1), CLIENT).state()).isEqualTo(AnonymousSurvey.State.TO_ANSWER);
            links.submit(m.group(1), CLIENT, complete(q, 4, null));
            if (as(Role.LEAD, () -> campaigns.answeredCount(wave.id())) == 3) {
                break;
            }
        }
        assertThat(mongo.count(Query.query(Criteria.where("waveId").is(wave.id().value())), "ballots")).isEqualTo(3);
    }
}
