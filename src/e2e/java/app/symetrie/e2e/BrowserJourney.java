package app.symetrie.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base of the browser journeys: the whole app on a random port, driven by Playwright in the machine's headless
 * Chromium ({@code CHROMIUM} or {@code /usr/bin/chromium}; Playwright never downloads a browser here).
 * Screenshots of each journey land in {@code target/e2e-screenshots/}.
 *
 * <p>Every page a journey takes a screenshot of is also checked with axe-core (a copy in {@code src/e2e/resources/axe},
 * loaded into every page before the app): a serious or critical WCAG 2.1 A/AA violation fails the journey; lesser
 * findings are written to {@code target/e2e-accessibility.txt}. See docs/ACCESSIBILITY.md.
 */
abstract class BrowserJourney {

    static final Path SCREENSHOTS = Path.of("target", "e2e-screenshots");
    static final String DEMO_PASSWORD = "demo";
    static final Path ACCESSIBILITY_REPORT = Path.of("target", "e2e-accessibility.txt");
    private static final String AXE = readAxe();
    /** Runs axe on the whole document (it walks open shadow roots, so Vaadin's components are checked inside). */
    private static final String RUN_AXE = """
            async () => {
              const result = await axe.run(document, {
                runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
                resultTypes: ['violations'] });
              return result.violations.map(v => ({
                impact: v.impact || 'minor', id: v.id, help: v.help,
                nodes: v.nodes.slice(0, 6).map(n => n.target.map(t => Array.isArray(t) ? t.join(' >>> ') : t)
                    .join(' ') + (n.failureSummary ? ' [' + n.failureSummary.replace(/\\s+/g, ' ') + ']' : ''))
              }));
            }""";
    /**
     * Serious findings known and not yet fixed, as "path prefix rule": reported, not failing. Each one is listed under
     * "Known gaps" in docs/ACCESSIBILITY.md; remove its line here when it is fixed.
     */
    private static final List<String> KNOWN_GAPS = List.of();
    /**
     * Gaps inside Vaadin's own components, by rule and the element they are on: a combo box's list, while its
     * overlay opens or closes, is a listbox with no name of its own (docs/ACCESSIBILITY.md, known gaps).
     */
    private static final Map<String, String> COMPONENT_GAPS = Map.of(
            "aria-input-field-name", "vaadin-combo-box-scroller-");
    /** True when Vaadin has no round trip under way (the page shows what the server last said) and nothing moves. */
    private static final String VAADIN_IDLE = """
            () => { const c = window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients;
                    const idle = !c || Object.values(c).every(x => !x.isActive || !x.isActive());
                    // and no finite animation running (a dialog fading in would be measured half transparent)
                    return idle && document.getAnimations().every(a => a.playState !== 'running'
                        || !a.effect || a.effect.getTiming().iterations === Infinity); }""";

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    int port;

    BrowserContext context;
    Page page;

    @BeforeAll
    static void launch() throws Exception {
        Files.createDirectories(SCREENSHOTS);
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        String chromium = System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium");
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Path.of(chromium)).setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage")));
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void openContext() {
        open(1280, 800, "fr-FR");
    }

    @AfterEach
    void closeContext() {
        context.close();
    }

    /** Closes the current browser session and opens a fresh one (another person, another screen size). */
    void newSession(int width, int height) {
        newSession(width, height, "fr-FR");
    }

    /** The same, with the browser asking for another language ("en-GB"…). */
    void newSession(int width, int height, String browserLocale) {
        context.close();
        open(width, height, browserLocale);
    }

    private void open(int width, int height, String browserLocale) {
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(width, height)
                .setLocale(browserLocale));
        context.setDefaultTimeout(30_000);
        context.addInitScript(AXE);
        page = context.newPage();
    }

    private static String readAxe() {
        try {
            return Files.readString(Path.of("src", "e2e", "resources", "axe", "axe.min.js"));
        } catch (IOException e) {
            throw new UncheckedIOException("axe-core is missing from src/e2e/resources/axe", e);
        }
    }

    /**
     * Runs axe-core on the page as it is now and fails on any serious or critical violation of WCAG 2.1 A/AA (and
     * axe's best practices); the lesser ones are written to the report. {@code where} names the page in messages.
     */
    void checkAccessibility(String where) {
        Assertions.assertThat(accessibilityViolations(where))
                .as("serious or critical accessibility violations on " + where).isEmpty();
    }

    /** Whether every node a violation names is the given component (the nodes as axe lists them, by selector). */
    private static boolean onlyOn(String nodes, @org.jspecify.annotations.Nullable String component) {
        if (component == null) {
            return false;
        }
        java.util.regex.Matcher selector = java.util.regex.Pattern.compile("#[\\w-]+").matcher(nodes);
        boolean any = false;
        while (selector.find()) {
            if (!selector.group().startsWith("#" + component)) {
                return false;
            }
            any = true;
        }
        return any;
    }

    /** The serious and critical violations axe finds on the page as it is now (all findings go to the report). */
    @SuppressWarnings("unchecked")
    List<String> accessibilityViolations(String where) {
        page.waitForLoadState();
        page.waitForFunction(VAADIN_IDLE);
        List<Map<String, Object>> violations = (List<Map<String, Object>>) page.evaluate(RUN_AXE);
        StringBuilder report = new StringBuilder();
        List<String> blocking = new java.util.ArrayList<>();
        for (Map<String, Object> v : violations) {
            String path = page.url().replaceFirst("^https?://[^/]+", "");
            boolean known = KNOWN_GAPS.stream().anyMatch(gap -> path.startsWith(gap.substring(0, gap.indexOf(' ')))
                    && gap.substring(gap.indexOf(' ') + 1).equals(v.get("id")))
                    || onlyOn(String.valueOf(v.get("nodes")), COMPONENT_GAPS.get(String.valueOf(v.get("id"))));
            String line = where + " (" + path + ") " + v.get("impact") + (known ? " known-gap " : " ") + v.get("id")
                    + ": " + v.get("help") + " — " + v.get("nodes");
            report.append(line).append('\n');
            if (!known && ("serious".equals(v.get("impact")) || "critical".equals(v.get("impact")))) {
                blocking.add(line);
            }
        }
        try {
            Files.writeString(ACCESSIBILITY_REPORT, report.toString(), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return blocking;
    }

    /** Whether the page is wider than the screen (it should never be, phone included). */
    boolean overflowsHorizontally() {
        return Boolean.TRUE.equals(page.evaluate("() => document.documentElement.scrollWidth > window.innerWidth"));
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    void signIn(String email) {
        for (int attempt = 0; ; attempt++) {
            page.navigate(url("/login"));
            page.locator("input[name='username']").fill(email);
            page.locator("input[name='password']").fill(DEMO_PASSWORD);
            page.waitForNavigation(() -> page.locator("input[name='password']").press("Enter"));
            // Back on a bare /login: the form's CSRF token was not the session's (a request of the page signed out
            // just before replaced the session meanwhile) and the app sent a fresh login page, as it should. Once.
            if (attempt > 0 || !page.url().replaceAll("[?#].*", "").endsWith("/login")
                    || page.url().contains("?")) {
                return;
            }
        }
    }

    /** Signs out through the user menu and waits for the login page. */
    void signOut() {
        page.locator("vaadin-menu-bar.user-menu vaadin-menu-bar-button").first().click();
        page.locator("vaadin-menu-bar-item#logout, #logout").first().click();
        page.waitForURL(java.util.regex.Pattern.compile(".*/login.*"));
    }

    /** The names of the entries the app keeps in this browser's local storage (all of them start "symetrie."). */
    @SuppressWarnings("unchecked")
    List<String> appStorage() {
        return (List<String>) page.evaluate(
                "() => Object.keys(localStorage).filter(name => name.startsWith('symetrie.')).sort()");
    }

    /** Checks the page with axe-core (see {@link #checkAccessibility}), then saves a screenshot of it. */
    void screenshot(String name) {
        checkAccessibility(name);
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    }
}
