package app.symetrie.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.symetrie.ambassador.Ambassador;
import app.symetrie.ambassador.AmbassadorProfile;
import app.symetrie.ambassador.AmbassadorService;
import app.symetrie.ambassador.AmbassadorStatus;
import app.symetrie.common.Email;
import app.symetrie.common.Role;
import app.symetrie.organization.Department;
import app.symetrie.organization.Employee;
import app.symetrie.organization.EmployeeFilter;
import app.symetrie.organization.OrganizationService;
import app.symetrie.security.AccountService;
import app.symetrie.security.SignedInUser;
import app.symetrie.test.RestoresCollections;
import app.symetrie.test.RunAs;
import app.symetrie.test.WithDemoCompany;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Over real HTTP, with the session cookie a browser would keep: a person signs in through the login form, opens a
 * page, their right is withdrawn, and the very next request of the same session is refused — Vaadin's navigation
 * (its {@code @RolesAllowed} check) in the page already open, a new page, or the whole session when the account is
 * disabled. Navigation is driven the way the browser's Vaadin client does it: the UI's bootstrap request, then a
 * {@code ui-navigate} event in a UIDL request.
 */
@WithDemoCompany
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RestoresCollections({"accounts", "ambassadors"})
class AccessRevocationHttpIT {

    static final String PASSWORD = "a long password 123";

    @LocalServerPort
    int port;
    @Autowired
    AccountService accounts;
    @Autowired
    AmbassadorService ambassadors;
    @Autowired
    OrganizationService organization;
    @Autowired
    SecurityContextHolderStrategy strategy;

    RunAs runAs;
    static int taken;

    @BeforeEach
    void runAs() {
        runAs = new RunAs(strategy);
    }

    // ----- a browser, as far as the server can tell

    /** One browser: a cookie jar (the session cookie) and the Vaadin UI it has open. */
    final class Browser {
        final CookieManager cookies = new CookieManager();
        final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String securityKey;
        String uiId;
        int clientId;
        int syncId;

        URI uri(String path) {
            return URI.create("http://localhost:" + port + path);
        }

        HttpResponse<String> get(String path) throws Exception {
            return http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
        }

        /** The login form's POST; the server answers with a redirect and a new session cookie. */
        void signIn(Email email) throws Exception {
            String token = SecurityDefaultsHttpIT.csrfToken(get("/login").body());
            String form = "username=" + URLEncoder.encode(email.value(), StandardCharsets.UTF_8) + "&password="
                    + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8)
                    + "&_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(302);
            assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l ->
                    assertThat(l).doesNotContain("error"));
        }

        String sessionCookie() {
            return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                    .map(HttpCookie::getValue).findFirst().orElseThrow();
        }

        /** Opens a page: the HTML, then the UI's bootstrap (what the Vaadin client fetches first). */
        void open(String route) throws Exception {
            assertThat(get("/" + route).statusCode()).isEqualTo(200);
            HttpResponse<String> init = get("/?v-r=init&location=" + URLEncoder.encode(route, StandardCharsets.UTF_8)
                    + "&query=");
            assertThat(init.statusCode()).isEqualTo(200);
            securityKey = find(init.body(), "\"Vaadin-Security-Key\":\"([^\"]+)\"");
            uiId = find(init.body(), "\"v-uiId\":(\\d+)");
            clientId = 0;
            syncId = 0;
        }

        /** A click on a link of the open page: the client asks the server to navigate; returns what it sent back. */
        String navigate(String route) throws Exception {
            String message = "{\"csrfToken\":\"" + securityKey + "\",\"rpc\":[{\"type\":\"event\",\"node\":1,"
                    + "\"event\":\"ui-navigate\",\"data\":{\"route\":\"" + route + "\",\"query\":\"\","
                    + "\"appShellTitle\":\"\",\"historyState\":{\"idx\":" + clientId + "},\"trigger\":\"\"}}],"
                    + "\"syncId\":" + syncId + ",\"clientId\":" + clientId + "}";
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/?v-r=uidl&v-uiId=" + uiId))
                    .header("Content-Type", "application/json; charset=UTF-8")
                    .POST(HttpRequest.BodyPublishers.ofString(message)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
            String body = response.body();
            clientId = Integer.parseInt(find(body, "\"clientId\":(\\d+)"));
            syncId = Integer.parseInt(find(body, "\"syncId\":(\\d+)"));
            return body;
        }
    }

    static String find(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertThat(m.find()).as("%s in %s", regex, text.substring(0, Math.min(600, text.length()))).isTrue();
        return m.group(1);
    }

    /** Refused: the not-found page answers instead of the view (it does not say whether the page exists). */
    static boolean refused(String uidl, String route) {
        return uidl.contains("page-not-found") || uidl.contains("Could not navigate to '" + route + "'");
    }

    // ----- people

    SignedInUser lead() {
        return RunAs.user(organization.employeeByEmail(new Email("lead@demo.symetrie.fr")).orElseThrow(), Role.LEAD);
    }

    /** Someone with no account, no role and no ambassador record yet, given an account with these roles. */
    Employee withAccount(Role... granted) {
        Set<?> already = Set.copyOf(runAs.call(lead(), ambassadors::all).stream().map(Ambassador::employeeId)
                .toList());
        Department marketing = organization.departments().stream().filter(d -> d.name().equals("Marketing"))
                .findFirst().orElseThrow();
        Employee person = runAs.system(() -> organization.findEmployees(new EmployeeFilter(null, marketing.id()),
                        0, 300)).stream()
                .filter(e -> !e.manager() && !already.contains(e.id()))
                .filter(e -> !e.email().value().matches("(employe|manager|lead|admin|ambassadeur)@.*"))
                .toList().get(taken++);
        runAs.system(() -> accounts.grantAccess(person.email(), Set.of(granted), PASSWORD));
        return person;
    }

    // ----- tests

    @Test
    void an_address_that_is_no_route_lands_on_the_not_found_page_not_on_a_bare_403() throws Exception {
        Employee person = withAccount(Role.LEAD);
        Browser browser = new Browser();
        browser.signIn(person.email());
        HttpResponse<String> unknown = browser.http.send(HttpRequest.newBuilder(browser.uri("/no-such-page"))
                .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(unknown.statusCode()).isEqualTo(302);
        assertThat(unknown.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l)
                .endsWith("/not-found"));
        assertThat(browser.get("/not-found").statusCode()).isEqualTo(200);
        browser.open("not-found");
    }

    @Test
    void a_lead_demoted_while_signed_in_is_refused_the_lead_views_at_the_next_request_of_the_same_session()
            throws Exception {
        Employee person = withAccount(Role.LEAD);
        Browser browser = new Browser();
        browser.signIn(person.email());
        String cookie = browser.sessionCookie();
        browser.open("");
        String overview = browser.navigate("overview");
        assertThat(refused(overview, "overview")).isFalse();
        assertThat(overview).contains("overview-dci");

        runAs.system(() -> accounts.grantAccess(person.email(), EnumSet.noneOf(Role.class), ""));

        // the page already open: its next navigation is refused by Vaadin's access control
        assertThat(refused(browser.navigate("ambassadors/manage"), "ambassadors/manage")).isTrue();
        // a new page of the same session too
        browser.open("");
        String again = browser.navigate("overview");
        assertThat(refused(again, "overview")).isTrue();
        assertThat(again).doesNotContain("overview-dci");
        assertThat(browser.sessionCookie()).as("same session, still signed in").isEqualTo(cookie);
        assertThat(browser.get("/").statusCode()).isEqualTo(200);
    }

    @Test
    void an_ambassador_ended_while_signed_in_is_refused_their_space_at_the_next_request_of_the_same_session()
            throws Exception {
        Employee person = withAccount();
        Ambassador a = runAs.call(lead(), () -> ambassadors.nominate(person.id(), new AmbassadorProfile(
                List.of(person.departmentId()), List.of("crm"), List.of(), 4)));
        Browser browser = new Browser();
        browser.signIn(person.email());
        browser.open("");
        assertThat(refused(browser.navigate("ambassador"), "ambassador")).isFalse();

        runAs.call(lead(), () -> ambassadors.changeStatus(a.id(), AmbassadorStatus.ENDED));

        assertThat(refused(browser.navigate("ambassador/log"), "ambassador/log")).isTrue();
        browser.open("");
        assertThat(refused(browser.navigate("ambassador"), "ambassador")).isTrue();
    }

    @Test
    void a_disabled_account_is_signed_out_at_its_next_request() throws Exception {
        Employee person = withAccount();
        Browser browser = new Browser();
        browser.signIn(person.email());
        String cookie = browser.sessionCookie();
        assertThat(browser.get("/").statusCode()).isEqualTo(200);

        runAs.system(() -> accounts.setEnabled(person.email(), false));

        HttpResponse<String> next = browser.get("/");
        assertThat(next.statusCode()).isEqualTo(302);
        assertThat(next.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        // the old session is gone: sending its cookie again does not bring it back
        HttpClient bare = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> withOldCookie = bare.send(HttpRequest.newBuilder(browser.uri("/"))
                .header("Cookie", "JSESSIONID=" + cookie).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(withOldCookie.statusCode()).isEqualTo(302);
    }
}
