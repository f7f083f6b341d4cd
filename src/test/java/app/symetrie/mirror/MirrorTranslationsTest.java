package app.symetrie.mirror;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The keys built at run time from the measures exist in English and in French. */
class MirrorTranslationsTest {

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MirrorTranslationsTest.class.getResourceAsStream("/vaadin-i18n/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void every_measure_is_named_explained_and_has_its_range_message_in_both_languages() throws IOException {
        for (String file : new String[] {"translations.properties", "translations_fr.properties"}) {
            Properties texts = load(file);
            for (MeasureKind kind : MeasureKind.values()) {
                for (String prefix : new String[] {"mirror.kind.", "mirror.field.value.help.",
                        "mirror.error.value.range."}) {
                    assertThat(texts.getProperty(prefix + kind.name())).as(file + " " + prefix + kind).isNotBlank();
                }
            }
        }
    }
}
