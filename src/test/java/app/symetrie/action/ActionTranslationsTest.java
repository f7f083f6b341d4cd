package app.symetrie.action;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * Keys the action views build at run time from other than an enum ("action.checkin.score." + score) exist in both
 * languages; the labels of the action enums are found and checked by {@code EnumLabelsTest}.
 */
class ActionTranslationsTest {

    @Test
    void the_no_target_label_and_every_check_in_score_have_a_text_in_french_and_english() throws IOException {
        List<String> keys = new ArrayList<>();
        keys.add("action.target.NONE");
        for (int score = 1; score <= 5; score++) {
            keys.add("action.checkin.score." + score);
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
        try (var in = ActionTranslationsTest.class.getResourceAsStream("/vaadin-i18n/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
