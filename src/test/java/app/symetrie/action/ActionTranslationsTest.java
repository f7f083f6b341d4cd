package app.symetrie.action;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Keys the action views build from enum values ("action.status." + status…) exist in both languages. */
class ActionTranslationsTest {

    @Test
    void every_action_enum_value_shown_in_the_ui_has_a_label_in_french_and_english() throws IOException {
        List<String> keys = new ArrayList<>();
        for (ActionStatus s : ActionStatus.values()) {
            keys.add("action.status." + s);
        }
        for (TargetKind k : TargetKind.values()) {
            keys.add("action.target." + k);
        }
        keys.add("action.target.NONE");
        for (Visibility v : Visibility.values()) {
            keys.add("action.visibility." + v);
        }
        for (ActionEffect.State s : ActionEffect.State.values()) {
            keys.add("action.effect.state." + s);
        }
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
