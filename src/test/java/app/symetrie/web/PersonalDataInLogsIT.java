package app.symetrie.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.symetrie.common.Email;
import app.symetrie.common.Role;
import app.symetrie.organization.Employee;
import app.symetrie.organization.EmployeeFilter;
import app.symetrie.organization.OrganizationService;
import app.symetrie.security.AccountService;
import app.symetrie.security.SignInLinks;
import app.symetrie.test.RunAs;
import app.symetrie.test.WithDemoCompany;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestPropertySource;

/**
 * A guard on the log: an application started on the demo company (its own context, so the start-up and the seed are
 * in the captured output), signing people in and out, locking an address out, changing and blocking access, sending
 * sign-in links — and not one e-mail address of the company in what it printed.
 */
@ExtendWith(OutputCaptureExtension.class)
@WithDemoCompany
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = "symetrie.test.context=log-guard")
class PersonalDataInLogsIT {

    static final String PASSWORD = "a long password 789";

    @LocalServerPort
    int port;
    @Autowired
    AccountService accounts;
    @Autowired
    OrganizationService organization;
    @Autowired
    SignInLinks links;
    @Autowired
    SecurityContextHolderStrategy strategy;

    HttpResponse<String> signIn(HttpClient http, String email, String password) throws Exception {
        String page = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        String form = "username=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf="
                + URLEncoder.encode(SecurityDefaultsHttpIT.csrfToken(page), StandardCharsets.UTF_8);
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(HttpClient http, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void no_e_mail_address_of_the_company_reaches_the_log(CapturedOutput output) throws Exception {
        RunAs runAs = new RunAs(strategy);
        Employee lead = runAs.system(() -> organization.findEmployees(EmployeeFilter.ALL, 0, 50).stream()
                .filter(e -> e.email().value().endsWith("@demo.symetrie.fr")).skip(3).findFirst().orElseThrow());
        Employee blocked = runAs.system(() -> organization.findEmployees(EmployeeFilter.ALL, 0, 50).stream()
                .filter(e -> e.email().value().endsWith("@demo.symetrie.fr")).skip(4).findFirst().orElseThrow());
        runAs.system(() -> accounts.grantAccess(lead.email(), EnumSet.of(Role.LEAD), PASSWORD));
        runAs.system(() -> accounts.grantAccess(blocked.email(), EnumSet.noneOf(Role.class), PASSWORD));

        HttpClient leadBrowser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        HttpClient blockedBrowser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        signIn(leadBrowser, lead.email().value(), PASSWORD);
        signIn(blockedBrowser, blocked.email().value(), PASSWORD);
        runAs.system(() -> accounts.grantAccess(lead.email(), EnumSet.noneOf(Role.class), ""));
        runAs.system(() -> accounts.setEnabled(blocked.email(), false));
        get(leadBrowser, "/");
        get(blockedBrowser, "/");
        for (int i = 0; i < 6; i++) {
            signIn(HttpClient.newBuilder().cookieHandler(new CookieManager()).build(), "employe@demo.symetrie.fr",
                    "wrong " + i);
        }
        links.request("employe@demo.symetrie.fr", "203.0.113.9");
        links.request(lead.email().value(), "203.0.113.9");

        assertThat(output.getAll()).as("the start-up was captured").contains("Demo company seeded");
        assertThat(output.getAll()).as("the lock-out was logged").contains("Password sign-in locked");
        assertThat(output.getAll()).doesNotContain("@demo.symetrie.fr");
    }
}
