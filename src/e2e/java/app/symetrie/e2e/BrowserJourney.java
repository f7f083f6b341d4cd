package app.symetrie.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base of the browser journeys: the whole app on a random port, driven by Playwright in the machine's headless
 * Chromium ({@code CHROMIUM} or {@code /usr/bin/chromium}; Playwright never downloads a browser here).
 * Screenshots of each journey land in {@code target/e2e-screenshots/}.
 */
abstract class BrowserJourney {

    static final Path SCREENSHOTS = Path.of("target", "e2e-screenshots");
    static final String DEMO_PASSWORD = "demo";

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
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 800).setLocale("fr-FR"));
        context.setDefaultTimeout(30_000);
        page = context.newPage();
    }

    @AfterEach
    void closeContext() {
        context.close();
    }

    /** Closes the current browser session and opens a fresh one (another person, another screen size). */
    void newSession(int width, int height) {
        context.close();
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(width, height)
                .setLocale("fr-FR"));
        context.setDefaultTimeout(30_000);
        page = context.newPage();
    }

    /** Whether the page is wider than the screen (it should never be, phone included). */
    boolean overflowsHorizontally() {
        return Boolean.TRUE.equals(page.evaluate("() => document.documentElement.scrollWidth > window.innerWidth"));
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    void signIn(String email) {
        page.navigate(url("/login"));
        page.locator("input[name='username']").fill(email);
        page.locator("input[name='password']").fill(DEMO_PASSWORD);
        page.locator("input[name='password']").press("Enter");
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

    void screenshot(String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    }
}
