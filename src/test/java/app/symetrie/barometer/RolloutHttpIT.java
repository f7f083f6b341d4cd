package app.symetrie.barometer;

import static app.symetrie.barometer.BarometerFixture.campaign;
import static app.symetrie.barometer.BarometerFixture.complete;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.symetrie.audit.AuditEntry;
import app.symetrie.audit.AuditLog;
import app.symetrie.barometer.internal.Tokens;
import app.symetrie.common.Email;
import app.symetrie.common.Role;
import app.symetrie.mail.MailService;
import app.symetrie.mail.OutboxMessage;
import app.symetrie.organization.Department;
import app.symetrie.organization.DepartmentId;
import app.symetrie.organization.DepartmentKind;
import app.symetrie.organization.Employee;
import app.symetrie.organization.FrenchHrisExport;
import app.symetrie.organization.HrisImportService;
import app.symetrie.organization.ImportEncoding;
import app.symetrie.organization.ImportOptions;
import app.symetrie.organization.ImportPreview;
import app.symetrie.organization.OrganizationService;
import app.symetrie.organization.ProgressListener;
import app.symetrie.security.AccountService;
import app.symetrie.security.SignInLinks;
import app.symetrie.security.SignedInUser;
import app.symetrie.security.internal.AccountUserDetailsService;
import app.symetrie.test.IntegrationTest;
import app.symetrie.test.RunAs;
import app.symetrie.test.TestClock;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import oidc.TestOidcProvider;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * What "done" means for the roll-out (issue 9), on a fresh store of its own (no demo company): an administrator
 * imports the 600 people of a French HRIS export (Windows-1252, {@code ;}, French headers, mapped once), a wave opens
 * and its invitations go to the outbox, and four people answer, one by each way in — single sign-on against a real
 * OpenID Connect provider, a sign-in link, their personal survey link, a kiosk code — without anyone typing a
 * password for them. Participation is then exactly four, nothing stored ties any of them to an answer, and a person
 * a later full import deactivates can get in by none of the ways, nor answer with their link. Over real HTTP where a
 * browser would be: the provider's login form, the sign-in link's form; the forms of the survey itself are the browser
 * journeys' job ({@code SsoJourneyIT}, {@code SignInLinkJourneyIT}, {@code SurveyLinkJourneyIT}).
 */
@IntegrationTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestClock.Config.class)
class RolloutHttpIT {

    static final int PEOPLE = 600;
    /** Who answers by which way in, and who leaves: people of the export, by their rank in it. */
    static final int BY_SSO = 123;
    static final int BY_SIGN_IN_LINK = 234;
    static final int BY_SURVEY_LINK = 345;
    static final int LEAVER = 456;
    static final String PASSWORD = "a long break-glass password 42";

    static final TestOidcProvider PROVIDER = TestOidcProvider.start(List.of(
            new TestOidcProvider.Person("sso-person", FrenchHrisExport.email(BY_SSO).toUpperCase(), List.of()),
            new TestOidcProvider.Person("leaver", FrenchHrisExport.email(LEAVER), List.of())));

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry registry) {
        PROVIDER.clientProperties().forEach((key, value) -> registry.add(key, () -> value));
    }

    @AfterAll
    static void stopProvider() {
        PROVIDER.close();
    }

    @LocalServerPort
    int port;
    @Autowired
    HrisImportService imports;
    @Autowired
    OrganizationService organization;
    @Autowired
    CampaignService campaigns;
    @Autowired
    Invitations invitations;
    @Autowired
    BarometerService barometer;
    @Autowired
    QuestionnaireService questionnaires;
    @Autowired
    SurveyLinks surveyLinks;
    @Autowired
    KioskCodes kiosk;
    @Autowired
    SignInLinks signInLinks;
    @Autowired
    AccountService accounts;
    @Autowired
    AccountUserDetailsService identities;
    @Autowired
    MailService mail;
    @Autowired
    AuditLog audit;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    TestClock clock;
    @Autowired
    SecurityContextHolderStrategy strategy;

    @TempDir
    Path dir;

    @Test
    void six_hundred_people_imported_from_a_french_hris_can_each_answer_by_every_way_in_and_a_leaver_by_none()
            throws Exception {
        RunAs runAs = new RunAs(strategy);
        assertThat(organization.employeeCount()).as("a fresh store: no demo company").isZero();

        // 1. The administrator says once whether each direction is support or front office (the export cannot:
        // it is our notion), then imports the HRIS export, confirming its columns once; services take their
        // direction's type
        runAs.system(() -> List.of("Direction financière", "Direction commerciale", "Direction des opérations")
                .forEach(name -> organization.saveDepartment(new Department(DepartmentId.random(), name,
                        name.endsWith("financière") ? DepartmentKind.SUPPORT : DepartmentKind.FRONT_OFFICE, null))));
        List<String> lines = FrenchHrisExport.plainLines(PEOPLE);
        assertThat(lines.getFirst()).isEqualTo("Matricule;Nom;Prénom;E-mail;Direction;Service;Responsable");
        assertThat(String.join("\n", lines)).contains("Comptabilité").contains("Hélène");
        Path export = FrenchHrisExport.write(dir.resolve("export-rh.csv"), lines);
        ImportPreview preview = runAs.system(() -> imports.preview(export,
                ImportOptions.DEFAULT.withMapping(FrenchHrisExport.plainMapping()), ProgressListener.NONE));
        assertThat(preview.encoding()).isEqualTo(ImportEncoding.WINDOWS_1252);
        assertThat(preview.separator()).isEqualTo(';');
        assertThat(preview.errors()).isEmpty();
        assertThat(preview.newEmployees()).isEqualTo(PEOPLE);
        runAs.system(() -> {
            imports.rememberMapping(preview.mapping());
            imports.commit(preview, ProgressListener.NONE);
        });
        assertThat(organization.employeeCount()).isEqualTo(PEOPLE);
        Employee helene = employee(10);
        assertThat(helene.firstName()).as("read as Windows-1252, not garbled").isEqualTo("Hélène");
        assertThat(organization.department(helene.departmentId()).orElseThrow().name()).isEqualTo("Qualité");
        assertThat(organization.departments()).hasSize(12).filteredOn(d -> d.name().equals("Comptabilité"))
                .singleElement().extracting(Department::kind).isEqualTo(DepartmentKind.SUPPORT);

        // 2. A lead opens a company-wide wave; the scheduler sends the invitations to the outbox
        List<Department> directions = organization.departments().stream().filter(d -> d.parentId() == null)
                .toList();
        assertThat(directions).hasSize(3);
        Wave wave = runAs.call(lead(), () -> {
            Campaign c = campaigns.saveCampaign(campaign("Baromètre 2026", clock.today(),
                    directions.stream().map(Department::id).toList()));
            return campaigns.openNow(c.id());
        });
        assertThat(wave.invitedTotal()).isEqualTo(PEOPLE);
        invitations.send(clock.today()); // what the scheduler does every minute
        assertThat(runAs.system(() -> mail.latest(0, 2 * PEOPLE)).stream().filter(m -> m.body().contains("/answer/")))
                .as("one invitation each, with a personal link").hasSize(PEOPLE);
        Questionnaire q = questionnaires.version(wave.questionnaireVersion());

        // 3a. Single sign-on, through the provider's own login form
        Browser ssoBrowser = new Browser();
        assertThat(ssoBrowser.signInWithSso("sso-person")).as("lands on the home page").endsWith("/");
        assertThat(ssoBrowser.get("/").statusCode()).as("signed in").isEqualTo(200);
        assertThat(audited("signin.sso")).contains(FrenchHrisExport.email(BY_SSO));
        answerAsSignedIn(runAs, employee(BY_SSO), wave, q);

        // 3b. A sign-in link, taken from the outbox and followed through its page's form
        Employee linkPerson = employee(BY_SIGN_IN_LINK);
        signInLinks.request(linkPerson.email().value(), "192.0.2.1");
        Browser linkBrowser = new Browser();
        assertThat(linkBrowser.signInWithLink(signInLink(runAs, linkPerson))).endsWith("/");
        assertThat(linkBrowser.get("/").statusCode()).isEqualTo(200);
        assertThat(audited("signin.link.used")).contains(linkPerson.email().value());
        answerAsSignedIn(runAs, linkPerson, wave, q);

        // 3c. The personal survey link of the invitation e-mail, without signing in
        String surveyToken = surveyLink(runAs, employee(BY_SURVEY_LINK));
        assertThat(new Browser().get("/answer/" + surveyToken).statusCode()).isEqualTo(200);
        assertThat(surveyLinks.open(surveyToken, "192.0.2.2").state()).isEqualTo(AnonymousSurvey.State.TO_ANSWER);
        surveyLinks.submit(surveyToken, "192.0.2.2", complete(q, 3, "Par mon lien personnel"));

        // 3d. A kiosk code from a sheet a lead printed for Comptabilité
        Department accounting = organization.departments().stream().filter(d -> d.name().equals("Comptabilité"))
                .findFirst().orElseThrow();
        KioskSheet sheet = runAs.call(lead(), () -> kiosk.generate(wave.id(), accounting.id()));
        String code = sheet.codes().getFirst();
        assertThat(kiosk.open(code, "10.20.30.40").state()).isEqualTo(AnonymousSurvey.State.TO_ANSWER);
        kiosk.submit(code, "10.20.30.40", complete(q, 2, "Sur la tablette de l’atelier"));

        // 4. Exactly four answers, and nothing stored ties any of the four to one
        assertThat(runAs.call(lead(), () -> campaigns.answeredCount(wave.id()))).isEqualTo(4);
        assertThat(mongo.count(new Query(), "ballots")).isEqualTo(4);
        List<String> secrets = new ArrayList<>(List.of(surveyToken, Tokens.hash(surveyToken), code,
                Tokens.hash(code)));
        for (int i : List.of(BY_SSO, BY_SIGN_IN_LINK, BY_SURVEY_LINK)) {
            Employee e = employee(i);
            secrets.addAll(List.of(e.id().value(), e.email().value()));
        }
        assertNoAnswerHolds(secrets, "ballots");

        // 5. A later full import without one person: they get in by no way, and their link answers nothing
        Employee leaver = employee(LEAVER);
        runAs.system(() -> accounts.grantAccess(leaver.email(), Set.of(Role.ADMIN), PASSWORD));
        assertThat(new Browser().signInWithPassword(leaver.email(), PASSWORD)).as("before leaving").endsWith("/");
        signInLinks.request(leaver.email().value(), "192.0.2.3");
        String unusedLink = signInLink(runAs, leaver);
        String leaverSurvey = surveyLink(runAs, leaver);
        assertThat(surveyLinks.open(leaverSurvey, "192.0.2.3").state()).isEqualTo(AnonymousSurvey.State.TO_ANSWER);
        Browser leaverBrowser = new Browser();
        assertThat(leaverBrowser.signInWithSso("leaver")).as("before leaving").endsWith("/");

        List<String> withoutLeaver = new ArrayList<>(lines);
        withoutLeaver.removeIf(line -> line.contains(";" + leaver.email().value() + ";"));
        Path next = FrenchHrisExport.write(dir.resolve("export-rh-2.csv"), withoutLeaver);
        ImportPreview full = runAs.system(() -> imports.preview(next, ImportOptions.DEFAULT.withFullImport(true),
                ProgressListener.NONE));
        assertThat(full.mappingRemembered()).as("the columns are mapped once").isTrue();
        assertThat(full.deactivated()).isEqualTo(1);
        runAs.system(() -> imports.commit(full, ProgressListener.NONE));

        assertThat(leaverBrowser.get("/").headers().firstValue("Location")).as("their open session ends")
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        assertThat(new Browser().signInWithPassword(leaver.email(), PASSWORD)).contains("error");
        assertThat(new Browser().signInWithLink(unusedLink)).as("a link asked for before leaving")
                .endsWith("/login/link?invalid");
        int linksBefore = signInLinksTo(runAs, leaver).size();
        signInLinks.request(leaver.email().value(), "192.0.2.4");
        assertThat(signInLinksTo(runAs, leaver)).as("no new link is sent").hasSize(linksBefore);
        assertThat(new Browser().signInWithSso("leaver")).endsWith("/login/refused");
        assertThat(surveyLinks.open(leaverSurvey, "192.0.2.3")).isEqualTo(AnonymousSurvey.invalid());
        assertThatThrownBy(() -> surveyLinks.submit(leaverSurvey, "192.0.2.3", complete(q, 4, null)))
                .hasMessage("survey-link.error.invalid");
        assertThat(runAs.call(lead(), () -> campaigns.answeredCount(wave.id()))).isEqualTo(4);

        // 6. At the close: the answers are released, and still nothing ties any of the four to one
        runAs.call(lead(), () -> campaigns.closeNow(wave.id()));
        assertThat(mongo.count(new Query(), "answers")).isEqualTo(4);
        assertNoAnswerHolds(secrets, "answers", "comments", "ballots", "participations", "kiosk_codes");
    }

    // ----- the organization and the outbox

    private Employee employee(int rank) {
        return organization.employeeByEmail(new Email(FrenchHrisExport.email(rank))).orElseThrow();
    }

    /** The lead: an employee of the import granted LEAD by the administrator (nobody types a password for them). */
    private SignedInUser lead() {
        Email email = new Email(FrenchHrisExport.email(1));
        if (!identities.identity(email).orElseThrow().roles().contains(Role.LEAD)) {
            new RunAs(strategy).system(() -> accounts.grantRole(email, Role.LEAD));
        }
        return identities.identity(email).orElseThrow();
    }

    private List<String> audited(String action) {
        return new RunAs(strategy).system(() -> audit.latest(200)).stream().filter(e -> e.action().equals(action))
                .map(AuditEntry::detail).toList();
    }

    private List<OutboxMessage> mailsTo(RunAs runAs, Employee person, String linkPath) {
        return runAs.system(() -> mail.latest(0, 2 * PEOPLE)).stream()
                .filter(m -> m.to().equals(person.email().value())).filter(m -> m.body().contains(linkPath))
                .toList();
    }

    private List<OutboxMessage> signInLinksTo(RunAs runAs, Employee person) {
        return mailsTo(runAs, person, "/" + SignInLinks.LINK_PATH + "?token=");
    }

    private String signInLink(RunAs runAs, Employee person) {
        return find(signInLinksTo(runAs, person).getFirst().body(), "(/login/link\\?token=[A-Za-z0-9_%-]+)");
    }

    private String surveyLink(RunAs runAs, Employee person) {
        List<OutboxMessage> invitation = mailsTo(runAs, person, "/answer/");
        assertThat(invitation).as("one invitation each").hasSize(1);
        return find(invitation.getFirst().body(), "/answer/([A-Za-z0-9_-]{43})");
    }

    /** Answers as the session a way in left behind holds them: the identity built from the organization. */
    private void answerAsSignedIn(RunAs runAs, Employee person, Wave wave, Questionnaire q) {
        SignedInUser user = identities.identity(person.email()).orElseThrow();
        assertThat(user.roles()).contains(Role.EMPLOYEE);
        runAs.run(user, () -> barometer.submit(wave.id(), complete(q, 4, null)));
    }

    /** No document of these collections holds any of the secrets: ids, addresses, tokens, codes, hashes. */
    private void assertNoAnswerHolds(List<String> secrets, String... collections) {
        for (String collection : collections) {
            for (Document doc : mongo.getCollection(collection).find()) {
                String json = doc.toJson();
                secrets.forEach(s -> assertThat(json).as(collection).doesNotContain(s));
            }
        }
    }

    private static String find(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertThat(m.find()).as("%s in %s", regex, text).isTrue();
        return m.group(1);
    }

    // ----- a browser, as far as the server and the provider can tell

    /**
     * A cookie jar and an HTTP client that follows no redirect by itself. The application is browsed at 127.0.0.1
     * (the provider accepts a loopback redirect on any port), the provider at localhost: two cookie jars in one.
     */
    final class Browser {
        final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();

        URI app(String path) {
            return URI.create("http://127.0.0.1:" + port + path);
        }

        HttpResponse<String> get(String path) throws Exception {
            return get(app(path));
        }

        HttpResponse<String> get(URI uri) throws Exception {
            return http.send(HttpRequest.newBuilder(uri).header("Accept", "text/html").build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> post(URI uri, String form) throws Exception {
            return http.send(HttpRequest.newBuilder(uri).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        }

        /** Follows redirects from {@code response} to the first address that is not one; returns where it ended. */
        URI follow(URI from, HttpResponse<String> response) throws Exception {
            URI at = from;
            while (response.statusCode() / 100 == 3) {
                at = at.resolve(response.headers().firstValue("Location").orElseThrow());
                if (at.getPath().equals("/login") && at.getPort() == PROVIDER.port()) {
                    return at; // the provider's login form: a person types there
                }
                response = get(at);
            }
            return at;
        }

        /** "Sign in with Test IdP", the provider's login form, and back: where the application sends the browser. */
        String signInWithSso(String login) throws Exception {
            URI start = app("/oauth2/authorization/test");
            URI form = follow(start, get(start));
            assertThat(form.getPort()).as("at the provider's login form").isEqualTo(PROVIDER.port());
            String csrf = find(get(form).body(), "name=\"_csrf\" type=\"hidden\" value=\"([^\"]+)\"");
            HttpResponse<String> signedIn = post(form, "username=" + login + "&password="
                    + URLEncoder.encode(TestOidcProvider.PASSWORD, StandardCharsets.UTF_8) + "&_csrf=" + csrf);
            return landing(follow(form, signedIn), signedIn);
        }

        /** Opens a sign-in link's page and presses its button (a POST of the token with the page's CSRF token). */
        String signInWithLink(String link) throws Exception {
            String page = get(link).body();
            String parameter = find(page, "<meta name=\"_csrf_parameter\" content=\"([^\"]+)\"");
            String csrf = find(page, "<meta name=\"_csrf\" content=\"([^\"]+)\"");
            String token = find(link, "token=([^&]+)");
            HttpResponse<String> response = post(app("/login/ott"), "token=" + token + "&" + parameter + "=" + csrf);
            return response.headers().firstValue("Location").orElseThrow();
        }

        /** The password form (break-glass administrators only, once single sign-on is on). */
        String signInWithPassword(Email email, String password) throws Exception {
            HttpResponse<String> response = post(app("/login"), "username="
                    + URLEncoder.encode(email.value(), StandardCharsets.UTF_8) + "&password="
                    + URLEncoder.encode(password, StandardCharsets.UTF_8));
            return response.headers().firstValue("Location").orElseThrow();
        }

        private String landing(URI at, HttpResponse<String> last) {
            return at.getPort() == port ? at.getPath() + (at.getQuery() == null ? "" : "?" + at.getQuery())
                    : at.toString() + " (" + last.statusCode() + ")";
        }
    }
}
