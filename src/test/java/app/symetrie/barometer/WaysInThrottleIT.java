package app.symetrie.barometer;

import static app.symetrie.barometer.BarometerFixture.as;
import static app.symetrie.barometer.BarometerFixture.campaign;
import static app.symetrie.barometer.BarometerFixture.complete;
import static app.symetrie.barometer.BarometerFixture.department;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.symetrie.audit.AuditEntry;
import app.symetrie.audit.AuditLog;
import app.symetrie.barometer.internal.Tokens;
import app.symetrie.common.AppMessages;
import app.symetrie.common.Hashes;
import app.symetrie.common.Role;
import app.symetrie.mail.internal.OutboxDocument;
import app.symetrie.organization.DepartmentKind;
import app.symetrie.organization.Employee;
import app.symetrie.organization.OrganizationService;
import app.symetrie.security.RefusalThrottle;
import app.symetrie.test.IntegrationTest;
import app.symetrie.test.TestClock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Personal survey links and kiosk codes are throttled per client on their refusals, and audited on their refusals
 * only: an answer that goes through leaves no entry anywhere that could tie a link, a code or a person to the moment
 * of a ballot (decision 017).
 */
@IntegrationTest
@Import(TestClock.Config.class)
class WaysInThrottleIT {

    /** The default allowance of refusals per client and window ({@code symetrie.ways-in.refusals-per-client}). */
    private static final int LIMIT = 20;
    private static final Pattern LINK = Pattern.compile("/answer/([A-Za-z0-9_-]{43})");

    @Autowired
    CampaignService campaigns;
    @Autowired
    SurveyLinks links;
    @Autowired
    KioskCodes kiosk;
    @Autowired
    Invitations invitations;
    @Autowired
    QuestionnaireService questionnaires;
    @Autowired
    OrganizationService organization;
    @Autowired
    AuditLog audit;
    @Autowired
    RefusalThrottle throttle;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    TestClock clock;

    private Wave openWave(List<Employee> people, LocalDate opening) {
        Campaign c = as(Role.LEAD, () -> campaigns.saveCampaign(campaign("Garde " + opening, opening,
                List.of(people.getFirst().departmentId()))));
        clock.setDay(opening);
        campaigns.advance(opening);
        return campaigns.waves(c.id()).getFirst();
    }

    private List<String> personalTokens(Wave wave) {
        invitations.send(wave.opensOn());
        List<String> tokens = new ArrayList<>();
        for (OutboxDocument mail : mongo.find(Query.query(Criteria.where("tag").is(Invitations.tag(wave.id()))),
                OutboxDocument.class)) {
            Matcher m = LINK.matcher(mail.body());
            assertThat(m.find()).isTrue();
            tokens.add(m.group(1));
        }
        return tokens;
    }

    private List<AuditEntry> audit(String action) {
        return as(Role.ADMIN, () -> audit.latest(10_000)).stream().filter(e -> e.action().equals(action)).toList();
    }

    /** The entries of {@code action} about {@code client}, told by its tag. */
    private List<AuditEntry> audit(String action, String client) {
        String tag = "client " + throttle.clientTag(client);
        return audit(action).stream().filter(e -> e.detail().contains(tag)).toList();
    }

    private List<AuditEntry> allAudit() {
        return as(Role.ADMIN, () -> audit.latest(10_000));
    }

    @Test
    void a_client_guessing_links_is_refused_after_its_allowance_even_with_a_real_link_and_only_refusals_are_audited() {
        List<Employee> people = department(organization, "Agence Garde", DepartmentKind.FRONT_OFFICE, 4);
        Wave wave = openWave(people, LocalDate.of(2027, 9, 6));
        Questionnaire q = questionnaires.version(wave.questionnaireVersion());
        List<String> tokens = personalTokens(wave);
        String guesser = "203.0.113.66";
        for (int i = 0; i < LIMIT; i++) {
            String guess = Tokens.hash("guess " + i).substring(0, 43).replace('f', '_');
            assertThat(links.open(guess, guesser)).as("guess " + i).isEqualTo(AnonymousSurvey.invalid());
        }
        assertThat(links.open(tokens.getFirst(), guesser)).as("over the allowance, nothing is looked up")
                .isEqualTo(AnonymousSurvey.throttled());
        assertThatThrownBy(() -> links.submit(tokens.getFirst(), guesser, complete(q, 3, null)))
                .hasMessage("survey-link.error.throttled");
        assertThat(mongo.count(Query.query(Criteria.where("waveId").is(wave.id().value())), "ballots")).isZero();

        List<AuditEntry> refused = audit("survey-link.refused", guesser);
        assertThat(refused).hasSize(LIMIT);
        assertThat(refused).extracting(AuditEntry::actor).as("no one named, even if someone is signed in there")
                .containsOnly(AuditLog.ANONYMOUS);
        assertThat(refused).extracting(AuditEntry::detail).allMatch(d -> d.startsWith("invalid, client "))
                .anyMatch(d -> d.contains("refusal " + LIMIT + " of " + LIMIT)).noneMatch(d -> d.contains(guesser));
        assertThat(audit("survey-link.throttled", guesser))
                .as("one entry when the client goes over, not one per blocked attempt").hasSize(1);
        for (org.bson.Document counter : mongo.getCollection("sign_in_throttle").find()) {
            assertThat(counter.toJson()).as("no address, nor a plain hash of it that trying every IPv4 address undoes")
                    .doesNotContain(guesser).doesNotContain(Hashes.sha256Hex(guesser))
                    .doesNotContain(Hashes.sha256Hex(throttle.clientTag(guesser)));
        }

        // Another client (the person, from their own device) is not affected; answering leaves nothing in the audit
        int entriesBefore = allAudit().size();
        String colleague = "192.0.2.10";
        assertThat(links.open(tokens.getFirst(), colleague).state()).isEqualTo(AnonymousSurvey.State.TO_ANSWER);
        links.submit(tokens.getFirst(), colleague, complete(q, 4, "par le lien"));
        List<AuditEntry> after = allAudit();
        assertThat(after).as("an answer that goes through is not recorded").hasSize(entriesBefore);
        // The spent link is a refusal like any other: recorded without anything of whose it was
        assertThat(links.open(tokens.getFirst(), colleague).state()).isEqualTo(AnonymousSurvey.State.USED);
        assertThat(audit("survey-link.refused", colleague)).singleElement().extracting(AuditEntry::detail)
                .asString().startsWith("used, client ").contains("refusal 1 of " + LIMIT);
        List<String> secrets = new ArrayList<>(List.of(tokens.getFirst(), Tokens.hash(tokens.getFirst()), colleague));
        people.forEach(p -> {
            secrets.add(p.email().value());
            secrets.add(p.id().value());
            secrets.add(p.lastName());
        });
        for (AuditEntry e : allAudit()) {
            secrets.forEach(s -> assertThat(e.detail()).as(e.action()).doesNotContain(s));
        }

        // The next window, the guesser's address may try again (a shared address is not shut out for long)
        clock.setDay(wave.opensOn().plusDays(1));
        assertThat(links.open(tokens.get(1), guesser).state()).isEqualTo(AnonymousSurvey.State.TO_ANSWER);
    }

    @Test
    void a_shared_tablet_answering_with_good_codes_is_never_throttled_but_one_typing_bad_codes_is() {
        List<Employee> people = department(organization, "Entrepot Garde", DepartmentKind.FRONT_OFFICE, 25);
        Wave wave = openWave(people, LocalDate.of(2027, 9, 13));
        Questionnaire q = questionnaires.version(wave.questionnaireVersion());
        KioskSheet sheet = as(Role.LEAD, () -> kiosk.generate(wave.id(), people.getFirst().departmentId()));
        int entriesBefore = allAudit().size();

        String tablet = "10.1.2.3";
        for (int i = 0; i < LIMIT + 2; i++) {
            String code = sheet.codes().get(i);
            assertThat(kiosk.open(code, tablet).state()).as("code " + i).isEqualTo(AnonymousSurvey.State.TO_ANSWER);
            kiosk.submit(code, tablet, complete(q, 3, null));
        }
        assertThat(allAudit()).as("answers that go through are not recorded").hasSize(entriesBefore);

        String prankster = "10.9.9.9";
        for (int i = 0; i < LIMIT; i++) {
            assertThat(kiosk.open("ZZZZ-ZZZZ-ZZZZ-" + String.format("%04d", i), prankster))
                    .isEqualTo(AnonymousSurvey.invalid());
        }
        String good = sheet.codes().get(LIMIT + 2);
        assertThat(kiosk.open(good, prankster)).isEqualTo(AnonymousSurvey.throttled());
        assertThatThrownBy(() -> kiosk.submit(good, prankster, complete(q, 3, null)))
                .hasMessage("kiosk.error.throttled");
        assertThat(kiosk.open(good, tablet).state()).as("the code still works from elsewhere")
                .isEqualTo(AnonymousSurvey.State.TO_ANSWER);

        List<AuditEntry> refused = audit("kiosk.refused", prankster);
        assertThat(refused).hasSize(LIMIT).extracting(AuditEntry::detail)
                .allMatch(d -> d.startsWith("invalid, client ")).noneMatch(d -> d.contains(prankster));
        assertThat(audit("kiosk.throttled", prankster)).hasSize(1);
        assertThat(audit("kiosk.refused", tablet)).as("the tablet's good codes counted nothing").isEmpty();
        for (AuditEntry e : allAudit()) {
            sheet.codes().forEach(c -> assertThat(e.detail()).doesNotContain(c).doesNotContain(Tokens.hash(c)));
        }
    }

    @Test
    void the_throttled_messages_exist_in_french_and_english() {
        for (String key : List.of("kiosk.error.throttled", "survey-link.error.throttled",
                "survey-link.throttled.title", "survey-link.throttled.text")) {
            String en = AppMessages.get(Locale.ENGLISH, key);
            String fr = AppMessages.get(Locale.FRENCH, key);
            assertThat(en).as(key).isNotBlank().isNotEqualTo(key);
            assertThat(fr).as(key).isNotBlank().isNotEqualTo(en);
        }
    }
}
