package app.symetrie.organization.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import app.symetrie.organization.internal.hris.HrisColumn;
import app.symetrie.organization.internal.hris.ImportReasons;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every text of the HRIS import exists in English and in French, and formats. */
class ImportTranslationsTest {

    private static final Pattern KEY_IN_SOURCE = Pattern.compile("\"((?:import|nav)\\.[a-z0-9_.-]*[a-z0-9_-])\"");

    private final Properties english = load("/vaadin-i18n/translations.properties");
    private final Properties french = load("/vaadin-i18n/translations_fr.properties");

    @Test
    void english_and_french_have_the_same_import_keys() {
        assertThat(importKeys(french)).isEqualTo(importKeys(english)).contains("nav.import");
    }

    @Test
    void every_reason_and_column_has_a_text() throws IllegalAccessException {
        Set<String> needed = new TreeSet<>();
        for (Field field : ImportReasons.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers())) {
                needed.add((String) field.get(null));
            }
        }
        Arrays.stream(HrisColumn.values()).forEach(c -> needed.add("import.column." + c.canonicalName()));

        assertThat(english.stringPropertyNames()).containsAll(needed);
        assertThat(french.stringPropertyNames()).containsAll(needed);
    }

    @Test
    void every_key_the_import_code_names_has_a_text() throws IOException {
        Set<String> named = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java/app/symetrie/organization"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher matcher = KEY_IN_SOURCE.matcher(Files.readString(source));
                while (matcher.find()) {
                    named.add(matcher.group(1));
                }
            }
        }

        assertThat(named).contains("import.error.rolled-back", "import.commit");
        assertThat(english.stringPropertyNames()).containsAll(named);
        assertThat(french.stringPropertyNames()).containsAll(named);
    }

    @Test
    void every_text_formats_with_arguments() {
        Object[] arguments = {1_000, 2, 3, 4, 5};
        for (String key : importKeys(english)) {
            assertThatCode(() -> new MessageFormat(english.getProperty(key), Locale.ENGLISH).format(arguments))
                    .as(key).doesNotThrowAnyException();
            assertThatCode(() -> new MessageFormat(french.getProperty(key), Locale.FRENCH).format(arguments))
                    .as(key).doesNotThrowAnyException();
        }
        assertThat(new MessageFormat(english.getProperty("import.commit"), Locale.ENGLISH).format(new Object[] {1}))
                .isEqualTo("Import one person");
        assertThat(new MessageFormat(english.getProperty("import.commit"), Locale.ENGLISH)
                .format(new Object[] {50_000L})).isEqualTo("Import 50,000 people");
        assertThat(new MessageFormat(french.getProperty("import.commit"), Locale.FRENCH).format(new Object[] {2}))
                .isEqualTo("Importer 2 personnes");
    }

    @Test
    void no_plain_apostrophe_that_message_format_would_swallow() {
        for (String key : importKeys(english)) {
            assertThat(english.getProperty(key)).as(key).doesNotContain("'");
            assertThat(french.getProperty(key)).as(key).doesNotContain("'");
        }
    }

    private static Set<String> importKeys(Properties texts) {
        Set<String> keys = new TreeSet<>();
        texts.stringPropertyNames().stream().filter(k -> k.startsWith("import.") || k.equals("nav.import"))
                .forEach(keys::add);
        return keys;
    }

    private static Properties load(String resource) {
        Properties properties = new Properties();
        try (InputStream in = ImportTranslationsTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return properties;
    }
}
