package app.symetrie.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * Keys the map and the survey's moments block build at run time from a number ("map.scale." + value…) exist in both
 * languages; the verdicts' labels are found and checked by {@code EnumLabelsTest}.
 */
class MapTranslationsTest {

    @Test
    void every_scale_value_shown_has_a_label_in_french_and_english() throws IOException {
        List<String> keys = new ArrayList<>();
        for (int value = 1; value <= 5; value++) {
            keys.add("map.scale." + value);
            keys.add("barometer.moments.scale." + value);
        }
        Properties en = load("translations.properties");
        Properties fr = load("translations_fr.properties");
        assertThat(keys).allSatisfy(k -> {
            assertThat(en.getProperty(k)).as("English " + k).isNotBlank();
            assertThat(fr.getProperty(k)).as("French " + k).isNotBlank();
        });
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (var in = MapTranslationsTest.class.getResourceAsStream("/vaadin-i18n/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
