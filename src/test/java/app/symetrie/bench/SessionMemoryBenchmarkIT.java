package app.symetrie.bench;

import static org.assertj.core.api.Assertions.assertThat;

import app.symetrie.test.WithDemoCompany;
import java.lang.management.ManagementFactory;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Prints the heap each signed-in session retains on the survey page and on a department board: many browserless
 * sessions, each signing in through the login form and opening its page as the Vaadin client does (the page, then
 * the UI's bootstrap request, then the router's navigation), heap measured after full collections. Figures, not assertions on memory: see docs/PERFORMANCE.md for the command.
 */
@Tag("benchmark")
@WithDemoCompany
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SessionMemoryBenchmarkIT {

    private static final int SESSIONS = 40;
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    @LocalServerPort
    int port;

    /** Every browser stays referenced until the end, though the server keeps its session anyway. */
    private final List<HttpClient> browsers = new ArrayList<>();

    @Test
    void retained_heap_per_survey_and_board_session() throws Exception {
        // warm-up: classes loaded, caches of the services filled, before the baseline
        for (int i = 0; i < 3; i++) {
            open("employe@demo.symetrie.fr", "barometer", "survey-form");
            open("manager@demo.symetrie.fr", "board", "board-view");
        }
        long base = heapAfterGc();
        for (int i = 0; i < SESSIONS; i++) {
            open("employe@demo.symetrie.fr", "barometer", "survey-form");
        }
        long afterSurvey = heapAfterGc();
        for (int i = 0; i < SESSIONS; i++) {
            open("manager@demo.symetrie.fr", "board", "board-view");
        }
        long afterBoard = heapAfterGc();
        System.out.printf("BENCH retained heap per survey session (employe@, barometer page)   %,8d bytes  (%d sessions)%n",
                (afterSurvey - base) / SESSIONS, SESSIONS);
        System.out.printf("BENCH retained heap per board session (manager@, department board)   %,8d bytes  (%d sessions)%n",
                (afterBoard - afterSurvey) / SESSIONS, SESSIONS);
    }

    /** A new browser signs in and opens {@code route}; checks the page came (its UIDL names {@code expected}). */
    private void open(String email, String route, String expected) throws Exception {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        browsers.add(http);
        String login = get(http, "/login").body();
        Matcher token = Pattern.compile("<meta[^>]*name=\"_csrf\"[^>]*content=\"([^\"]+)\"").matcher(login);
        assertThat(token.find()).isTrue();
        String form = "username=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password=demo&_csrf="
                + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(uri("/login")).timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l)
                .doesNotContain("error").doesNotEndWith("/login"));
        assertThat(get(http, "/" + route).statusCode()).isEqualTo(200);
        HttpResponse<String> init = get(http, "/?v-r=init&location=" + route + "&query=");
        assertThat(init.statusCode()).isEqualTo(200);
        String securityKey = find(init.body(), "\"Vaadin-Security-Key\":\"([^\"]+)\"");
        String uiId = find(init.body(), "\"v-uiId\":(\\d+)");
        // the client router then asks the server for the route, as a browser does after the bootstrap
        String message = "{\"csrfToken\":\"" + securityKey + "\",\"rpc\":[{\"type\":\"event\",\"node\":1,"
                + "\"event\":\"ui-navigate\",\"data\":{\"route\":\"" + route + "\",\"query\":\"\","
                + "\"appShellTitle\":\"\",\"historyState\":{\"idx\":0},\"trigger\":\"\"}}],"
                + "\"syncId\":0,\"clientId\":0}";
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(uri("/?v-r=uidl&v-uiId=" + uiId)).timeout(TIMEOUT)
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(message)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).as("the %s page", route).contains(expected);
    }

    private static String find(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertThat(m.find()).as(regex).isTrue();
        return m.group(1);
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private HttpResponse<String> get(HttpClient http, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static long heapAfterGc() throws InterruptedException {
        long least = Long.MAX_VALUE;
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(200);
            least = Math.min(least, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
        return least;
    }
}
