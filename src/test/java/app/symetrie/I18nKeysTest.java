package app.symetrie;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * French and English are complete: the same keys in both, no empty text, every key the code asks for exists, and
 * views hold no hard-coded text.
 */
class I18nKeysTest {

    private static final Path SOURCES = Path.of("src/main/java/app/symetrie");
    /**
     * A literal key: getTranslation("a.b"), Notifications.error(this, "a.b"), new UserFacingException("a.b"),
     * new InvalidValueException("field", "a.b").
     */
    private static final Pattern KEY_USE = Pattern.compile(
            "(?:getTranslation\\(|Notifications\\.(?:success|error)\\(this, |UserFacingException\\(|"
                    + "IllegalArgumentException\\(|InvalidValueException\\(\"[A-Za-z]+\", |title = )"
                    + "\"([a-z][a-z0-9-]*(?:\\.[A-Za-z0-9_-]+)+)\"");
    /** Text handed straight to a component: new Button("Save"), setText("..."), setPlaceholder("..."). */
    private static final Pattern HARD_CODED = Pattern.compile(
            "(?:new (?:Button|Span|H1|H2|H3|H4|Paragraph|Anchor\\([^,]+,|TextField|Checkbox|ComboBox<[^>]*>|Notification)"
                    + "|\\.set(?:Text|Label|Placeholder|HeaderTitle|Header|ErrorMessage|HelperText)|\\.setHeader)"
                    + "\\(\"[^\"]*[A-Za-zÀ-ÿ]{2,}[^\"]*\"");

    static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = I18nKeysTest.class.getResourceAsStream("/vaadin-i18n/" + name)) {
            assertThat(in).as(name).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void french_and_english_have_the_same_keys_and_no_empty_text() throws IOException {
        Properties en = load("translations.properties");
        Properties fr = load("translations_fr.properties");
        Set<String> onlyEn = new TreeSet<>(en.stringPropertyNames());
        onlyEn.removeAll(fr.stringPropertyNames());
        Set<String> onlyFr = new TreeSet<>(fr.stringPropertyNames());
        onlyFr.removeAll(en.stringPropertyNames());
        assertThat(onlyEn).as("keys missing in French").isEmpty();
        assertThat(onlyFr).as("keys missing in English").isEmpty();
        assertThat(en.stringPropertyNames()).allSatisfy(k -> assertThat(en.getProperty(k)).as(k).isNotBlank());
        assertThat(fr.stringPropertyNames()).allSatisfy(k -> assertThat(fr.getProperty(k)).as(k).isNotBlank());
    }

    @Test
    void every_key_used_in_the_code_is_translated() throws IOException {
        Properties en = load("translations.properties");
        Set<String> missing = new TreeSet<>();
        for (Path file : javaFiles()) {
            Matcher m = KEY_USE.matcher(Files.readString(file));
            while (m.find()) {
                String key = m.group(1);
                if (!key.endsWith(".") && !en.containsKey(key)) {
                    missing.add(key + " (" + file.getFileName() + ")");
                }
            }
        }
        assertThat(missing).as("keys used in code but absent from translations").isEmpty();
    }

    @Test
    void views_have_no_hard_coded_text() throws IOException {
        List<String> offenders = javaFiles().stream().filter(f -> f.toString().contains("/ui/"))
                .flatMap(f -> {
                    try {
                        return Files.readAllLines(f).stream().filter(l -> HARD_CODED.matcher(l).find())
                                .filter(l -> !l.contains("\"Symétrie\""))
                                .map(l -> f.getFileName() + ": " + l.strip());
                    } catch (IOException e) {
                        throw new RuntimeException(e);
                    }
                }).toList();
        assertThat(offenders).isEmpty();
    }

    private static List<Path> javaFiles() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(f -> f.toString().endsWith(".java")).toList();
        }
    }
}
