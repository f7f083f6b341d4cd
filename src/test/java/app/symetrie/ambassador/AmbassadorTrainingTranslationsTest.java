package app.symetrie.ambassador;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The ambassador and training texts format as written (their enum labels are checked by {@code EnumLabelsTest}). */
class AmbassadorTrainingTranslationsTest {

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (var in = AmbassadorTrainingTranslationsTest.class.getResourceAsStream("/vaadin-i18n/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void french_texts_with_arguments_use_the_typographic_apostrophe() throws IOException {
        // MessageFormat reads ' as a quote: "l'équipe {0}" would print "léquipe {0}"
        Properties fr = load("translations_fr.properties");
        assertThat(fr.stringPropertyNames()).filteredOn(k -> k.startsWith("ambassador.") || k.startsWith("training."))
                .allSatisfy(k -> assertThat(fr.getProperty(k)).as(k).doesNotContain("'"));
    }
}
