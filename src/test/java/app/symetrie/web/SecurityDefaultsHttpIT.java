package app.symetrie.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.symetrie.common.Email;
import app.symetrie.common.Role;
import app.symetrie.security.AccountService;
import app.symetrie.test.RestoresCollections;
import app.symetrie.test.RunAs;
import app.symetrie.test.WithDemoCompany;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.CookieManager;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * What an IT team checks with curl before putting Symétrie on the internet: headers, CSRF on the login form, no
 * reflected Host header, cookie-only sessions, and the password form's lock-out that tells nobody whether an account
 * exists.
 */
@WithDemoCompany
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RestoresCollections({"accounts"})
class SecurityDefaultsHttpIT {

    static final String PASSWORD = "a long password 456";

    @LocalServerPort
    int port;
    @Autowired
    AccountService accounts;
    @Autowired
    SecurityContextHolderStrategy strategy;

    HttpClient browser() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    HttpResponse<String> get(HttpClient http, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The login page's CSRF token, as vaadin-login-form reads it from the meta tags. */
    static String csrfToken(String loginPage) {
        Matcher m = Pattern.compile("<meta[^>]*name=\"_csrf\"[^>]*content=\"([^\"]+)\"").matcher(loginPage);
        assertThat(m.find()).as("the login page carries the CSRF token").isTrue();
        return m.group(1);
    }

    HttpResponse<String> postLogin(HttpClient http, String email, String password, boolean withToken)
            throws Exception {
        String token = csrfToken(get(http, "/login").body());
        String form = "username=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8)
                + (withToken ? "&_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8) : "");
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    Optional<String> location(HttpResponse<?> response) {
        return response.headers().firstValue("Location");
    }

    void givePassword(String email) {
        new RunAs(strategy).system(() -> accounts.grantAccess(new Email(email), EnumSet.of(Role.LEAD), PASSWORD));
    }

    @Test
    void pages_carry_the_security_headers_and_are_not_stored() throws Exception {
        HttpResponse<String> page = get(browser(), "/login");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                .contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'"));
        assertThat(page.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(page.headers().firstValue("Referrer-Policy")).contains("same-origin");
        assertThat(page.headers().firstValue("X-Frame-Options")).contains("DENY");
        assertThat(page.headers().firstValue("Cache-Control")).hasValueSatisfying(c -> assertThat(c).contains("no-store"));
    }

    @Test
    void static_bundles_may_be_cached() throws Exception {
        HttpClient http = browser();
        Matcher script = Pattern.compile("src=\"(?:\\./|/)?(VAADIN/build/[^\"]+\\.js)\"").matcher(get(http, "/login").body());
        assertThat(script.find()).as("the login page loads the production bundle").isTrue();
        HttpResponse<String> bundle = get(http, "/" + script.group(1));
        assertThat(bundle.statusCode()).isEqualTo(200);
        assertThat(bundle.headers().allValues("Cache-Control")).noneMatch(c -> c.contains("no-store"));
        assertThat(bundle.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    }

    @Test
    void the_login_form_refuses_a_post_without_its_csrf_token() throws Exception {
        String email = "csrf.check@partner.example";
        givePassword(email);
        HttpClient http = browser();
        HttpResponse<String> forged = postLogin(http, email, PASSWORD, false);
        assertThat(forged.statusCode()).isEqualTo(302);
        assertThat(location(forged)).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        assertThat(location(get(http, "/employees"))).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));

        HttpResponse<String> genuine = postLogin(http, email, PASSWORD, true);
        assertThat(location(genuine)).hasValueSatisfying(l -> assertThat(l).doesNotContain("login"));
    }

    @Test
    void repeated_failures_lock_the_address_out_whether_or_not_it_has_an_account() throws Exception {
        String known = "locked.out@partner.example";
        givePassword(known);
        String unknown = "nobody.here@partner.example";
        List<String> answers = new ArrayList<>();
        for (String email : List.of(known, unknown)) {
            for (int i = 0; i < 5; i++) {
                HttpResponse<String> wrong = postLogin(browser(), email, "wrong password " + i, true);
                answers.add(wrong.statusCode() + " " + location(wrong).orElse(""));
            }
        }
        HttpResponse<String> lockedKnown = postLogin(browser(), known, PASSWORD, true);
        HttpResponse<String> lockedUnknown = postLogin(browser(), unknown, PASSWORD, true);
        answers.add(lockedKnown.statusCode() + " " + location(lockedKnown).orElse(""));
        answers.add(lockedUnknown.statusCode() + " " + location(lockedUnknown).orElse(""));
        // the right password is refused too while locked, and every answer is the same wrong-credentials redirect
        assertThat(answers).hasSize(12).allSatisfy(a -> assertThat(a).isEqualTo(answers.getFirst()));
        assertThat(answers.getFirst()).startsWith("302").endsWith("/login?error");
    }

    @Test
    void a_forged_host_header_is_never_sent_back() throws Exception {
        try (Socket socket = new Socket("localhost", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET /employees HTTP/1.1\r\nHost: evil.example\r\nAccept: text/html\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String response = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8))
                    .lines().reduce("", (a, b) -> a + b + "\n");
            assertThat(response).startsWith("HTTP/1.1 302").contains("Location: /login").doesNotContain("evil.example");
        }
    }

    @Test
    void sessions_are_tracked_by_cookie_only() throws Exception {
        HttpClient http = browser();
        HttpResponse<String> login = get(http, "/login");
        assertThat(login.body()).doesNotContainIgnoringCase("jsessionid");
        HttpResponse<String> redirect = get(browser(), "/employees");
        assertThat(location(redirect)).hasValueSatisfying(l -> assertThat(l).doesNotContainIgnoringCase("jsessionid"));
        assertThat(login.headers().allValues("Set-Cookie")).allSatisfy(c -> assertThat(c).containsIgnoringCase("HttpOnly"));
    }
}
