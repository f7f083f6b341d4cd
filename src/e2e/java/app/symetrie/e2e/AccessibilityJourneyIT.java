package app.symetrie.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.symetrie.test.WithDemoCompany;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * axe-core on every page of the app, in French and in English: the sign-in page, the not-found page and, for each
 * demo role, every entry of its navigation. A serious or critical WCAG 2.1 A/AA violation fails (see
 * {@link BrowserJourney#checkAccessibility}); docs/ACCESSIBILITY.md says what this covers and what it does not.
 * Nothing is sent or saved, except the language each person chooses, which is set back to French at the end.
 */
@WithDemoCompany
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AccessibilityJourneyIT extends BrowserJourney {

    private static final List<String> PEOPLE = List.of("employe@demo.symetrie.fr", "ambassadeur@demo.symetrie.fr",
            "manager@demo.symetrie.fr", "lead@demo.symetrie.fr", "admin@demo.symetrie.fr");

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"fr", "en"})
    void every_page_of_every_role_passes_axe_and_says_its_language(String language) {
        newSession(1280, 800, language.equals("fr") ? "fr-FR" : "en-GB");
        page.navigate(url("/login"));
        assertThat(page.locator("html")).hasAttribute("lang", language);
        List<String> violations = new ArrayList<>(accessibilityViolations("login " + language));

        Set<String> checked = new LinkedHashSet<>();
        for (String person : PEOPLE) {
            signIn(person);
            assertThat(page.locator("#home-hello")).isVisible();
            try {
                page.locator("#lang-" + language).click();
                assertThat(page.locator("#lang-" + language)).hasAttribute("aria-pressed", "true");
                assertThat(page.locator("html")).hasAttribute("lang", language);
                for (String path : menuPaths()) {
                    if (checked.add(person.substring(0, person.indexOf('@')) + "/" + path)) {
                        page.navigate(url("/" + path));
                        page.locator("main, [role='main'], vaadin-app-layout").first().waitFor();
                        assertThat(page.locator("html")).hasAttribute("lang", language);
                        violations.addAll(accessibilityViolations(person + " /" + path + " " + language));
                    }
                }
            } finally {
                page.locator("#lang-fr").click();
                assertThat(page.locator("#lang-fr")).hasAttribute("aria-pressed", "true");
            }
            signOut();
        }
        org.assertj.core.api.Assertions.assertThat(checked).as("pages checked").hasSizeGreaterThan(15);
        org.assertj.core.api.Assertions.assertThat(violations).as("serious or critical accessibility violations")
                .isEmpty();
    }

    @Test
    void an_unknown_address_lands_on_an_accessible_page() {
        signIn("employe@demo.symetrie.fr");
        page.navigate(url("/no-such-page"));
        checkAccessibility("not found");
        page.navigate(url("/audit"));
        checkAccessibility("forbidden");
    }

    /** What has the keyboard focus: "likert:q-…", "frequency:…", "comfort:…", "chip:…", "nps", "comment", "submit"… */
    private static final String FOCUSED = """
            () => { const a = document.activeElement;
              if (!a || a === document.body) { return 'body'; }
              if (a.closest('#barometer-submit')) { return 'submit'; }
              if (a.closest('#skip-link')) { return 'skip-link'; }
              const g = a.closest('vaadin-radio-group');
              if (g) {
                if (g.id === 'barometer-recommend') { return 'nps'; }
                const kind = g.classList.contains('likert') ? 'likert' : g.id.endsWith('-comfort') ? 'comfort'
                    : g.id.endsWith('-frequency') ? 'frequency' : 'group';
                return kind + ':' + g.id;
              }
              if (a.closest('.chip')) { return 'chip:' + a.closest('.chip').id; }
              if (a.closest('#barometer-comment')) { return 'comment'; }
              return a.tagName.toLowerCase() + (a.id ? '#' + a.id : ''); }""";

    /**
     * The survey with the keyboard only: the skip link comes first and lands on the content; each question is one tab
     * stop (arrows choose inside it); a greyed tool scale is no stop; the 0–10 question is one stop; space answers;
     * the send button is reached. Nothing is sent. The path is written to the accessibility report.
     */
    @Test
    void the_survey_can_be_answered_with_the_keyboard_alone() {
        signIn("lead@demo.symetrie.fr");
        page.navigate(url("/barometer"));
        assertThat(page.locator("#barometer-submit")).isVisible();
        page.locator("body").focus();

        page.keyboard().press("Tab");
        org.assertj.core.api.Assertions.assertThat(page.evaluate(FOCUSED)).isEqualTo("skip-link");
        assertThat(page.locator("#skip-link")).isInViewport();
        screenshot("keyboard-skip-link");
        page.keyboard().press("Enter");
        page.waitForFunction("() => document.activeElement && document.activeElement.getAttribute('role') === 'main'");

        List<String> path = new ArrayList<>();
        String focused = "";
        for (int i = 0; i < 300 && !focused.equals("submit"); i++) {
            page.keyboard().press("Tab");
            focused = String.valueOf(page.evaluate(FOCUSED));
            path.add(focused);
            if (path.stream().filter(p -> p.startsWith("likert:")).count() == 1 && focused.startsWith("likert:")) {
                page.keyboard().press("Space");
                assertThat(page.locator("#barometer-progress-text")).containsText("1 sur");
            }
        }
        report("keyboard path through the survey (" + path.size() + " tab stops): " + String.join(", ", path));
        int statements = page.locator("vaadin-radio-group.likert").count();
        int tools = page.locator(".tool-row").count();
        int chips = page.locator(".chip").count();
        org.assertj.core.api.Assertions.assertThat(path).last().isEqualTo("submit");
        org.assertj.core.api.Assertions.assertThat(path.stream().filter(p -> p.startsWith("likert:")).distinct())
                .as("each statement, once").hasSize(statements);
        org.assertj.core.api.Assertions.assertThat(path.stream().filter(p -> p.startsWith("likert:")))
                .as("one stop per statement").hasSize(statements);
        org.assertj.core.api.Assertions.assertThat(path.stream().filter(p -> p.startsWith("frequency:")))
                .hasSize(tools);
        org.assertj.core.api.Assertions.assertThat(path).as("greyed scales are skipped")
                .noneMatch(p -> p.startsWith("comfort:"));
        org.assertj.core.api.Assertions.assertThat(path.stream().filter(p -> p.startsWith("chip:"))).hasSize(chips);
        org.assertj.core.api.Assertions.assertThat(path.stream().filter("nps"::equals)).hasSize(1);
        org.assertj.core.api.Assertions.assertThat(path).contains("comment");

        // Inside the 0–10 question the arrows choose, then Tab leaves it.
        page.locator("#nps-0 input").focus();
        page.keyboard().press("Space");
        page.keyboard().press("ArrowRight");
        page.keyboard().press("ArrowRight");
        assertThat(page.locator("#nps-2")).hasAttribute("checked", "");
        checkAccessibility("survey with answers given by keyboard");
    }

    private static void report(String line) {
        try {
            java.nio.file.Files.writeString(ACCESSIBILITY_REPORT, line + System.lineSeparator(),
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private List<String> menuPaths() {
        page.locator("vaadin-side-nav-item[path]").first().waitFor();
        List<String> paths = new ArrayList<>();
        for (var item : page.locator("vaadin-side-nav-item[path]").all()) {
            String path = item.getAttribute("path");
            if (path != null) {
                paths.add(path.replaceFirst("^/", ""));
            }
        }
        return paths;
    }
}
