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
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.management.ObjectName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Prints the heap each signed-in session retains on the survey page and on a department board: many browserless
 * sessions, each signing in through the login form and opening its page as the Vaadin client does (the page, then
 * the UI's bootstrap request, the router's navigation, then the client's next message), heap measured after full
 * collections; also a short page of the same layout, for the floor. Figures, not assertions on memory: see
 * docs/PERFORMANCE.md for the command.
 */
@Tag("benchmark")
@WithDemoCompany
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SessionMemoryBenchmarkIT {

    private static final int SESSIONS = 40;
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    /**
     * Whether each session also sends the message a browser sends right after the page (default); with
     * {@code -Dbench.first-script=false}, what a session keeps if its browser never answers.
     */
    private static final boolean FIRST_SCRIPT_ANSWERED = Boolean.parseBoolean(
            System.getProperty("bench.first-script", "true"));

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
            open("employe@demo.symetrie.fr", "notifications", "notification-list");
        }
        long base = heapAfterGc();
        Map<String, long[]> before = histogram();
        for (int i = 0; i < SESSIONS; i++) {
            open("employe@demo.symetrie.fr", "barometer", "survey-form");
        }
        long afterSurvey = heapAfterGc();
        Map<String, long[]> survey = histogram();
        printGrowth("survey", before, survey);
        for (int i = 0; i < SESSIONS; i++) {
            open("manager@demo.symetrie.fr", "board", "board-view");
        }
        long afterBoard = heapAfterGc();
        Map<String, long[]> board = histogram();
        printGrowth("board", survey, board);
        // the floor: a signed-in session on the shortest page of the same layout (menu, banner, a short list)
        for (int i = 0; i < SESSIONS; i++) {
            open("employe@demo.symetrie.fr", "notifications", "notification-list");
        }
        long afterShort = heapAfterGc();
        printGrowth("short page", board, histogram());
        System.out.printf("BENCH retained heap per survey session (employe@, barometer page)   %,8d bytes  (%d sessions)%n",
                (afterSurvey - base) / SESSIONS, SESSIONS);
        System.out.printf("BENCH retained heap per board session (manager@, department board)   %,8d bytes  (%d sessions)%n",
                (afterBoard - afterSurvey) / SESSIONS, SESSIONS);
        System.out.printf("BENCH retained heap per short-page session (employe@, notifications)  %,8d bytes  (%d sessions)%n",
                (afterShort - afterBoard) / SESSIONS, SESSIONS);
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
        if (FIRST_SCRIPT_ANSWERED) {
            // The server keeps its last answer to each page, to send again should the browser not get it: the
            // whole page, at first. A browser's next message replaces it, and it comes at once — the page's first
            // script (the survey reads its draft from the browser) answers back. This is that next message.
            String next = "{\"csrfToken\":\"" + securityKey + "\",\"rpc\":[],\"syncId\":"
                    + find(page.body(), "\"syncId\":(\\d+)") + ",\"clientId\":1}";
            HttpResponse<String> answered = http.send(HttpRequest.newBuilder(uri("/?v-r=uidl&v-uiId=" + uiId))
                    .timeout(TIMEOUT).header("Content-Type", "application/json; charset=UTF-8")
                    .POST(HttpRequest.BodyPublishers.ofString(next)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(answered.statusCode()).isEqualTo(200);
            assertThat(answered.body()).as("the next message is taken in turn").doesNotContain("\"resynchronize\"");
        }
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

    /**
     * With {@code -Dbench.histogram=N}, prints the N classes whose instances grew most per session between two class
     * histograms (what a session keeps, by class); without it, nothing.
     */
    private static void printGrowth(String page, Map<String, long[]> before, Map<String, long[]> after) {
        int top = Integer.getInteger("bench.histogram", 0);
        after.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), new long[] {
                        e.getValue()[0] - before.getOrDefault(e.getKey(), new long[2])[0],
                        e.getValue()[1] - before.getOrDefault(e.getKey(), new long[2])[1]}))
                .sorted(Comparator.comparingLong((Map.Entry<String, long[]> e) -> e.getValue()[1]).reversed())
                .limit(top)
                .forEach(e -> System.out.printf("BENCH %s session grew by %,8d bytes in %,6d instances of %s%n", page,
                        e.getValue()[1] / SESSIONS, e.getValue()[0] / SESSIONS, e.getKey()));
    }

    /** Live instances and bytes per class, after a full collection (the JVM's own class histogram). */
    private static Map<String, long[]> histogram() throws Exception {
        if (Integer.getInteger("bench.histogram", 0) == 0) {
            return Map.of();
        }
        String text = (String) ManagementFactory.getPlatformMBeanServer().invoke(
                new ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                new Object[] {null}, new String[] {String[].class.getName()});
        Map<String, long[]> classes = new HashMap<>();
        Matcher line = Pattern.compile("(?m)^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+)").matcher(text);
        while (line.find()) {
            classes.merge(line.group(3), new long[] {Long.parseLong(line.group(1)), Long.parseLong(line.group(2))},
                    (a, b) -> new long[] {a[0] + b[0], a[1] + b[1]});
        }
        return classes;
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
