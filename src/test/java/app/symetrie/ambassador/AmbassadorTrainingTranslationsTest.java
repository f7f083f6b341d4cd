package app.symetrie.ambassador;

import static org.assertj.core.api.Assertions.assertThat;

import app.symetrie.training.CourseFormat;
import app.symetrie.training.CourseLevel;
import app.symetrie.training.EnrolmentStatus;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Keys the views build from enum values ("ambassador.status." + status…) exist in both languages. */
class AmbassadorTrainingTranslationsTest {

    @Test
    void every_enum_value_shown_in_the_ui_has_a_label_in_french_and_english() throws IOException {
        List<String> keys = new ArrayList<>();
        for (AmbassadorStatus s : AmbassadorStatus.values()) {
            keys.add("ambassador.status." + s);
            keys.add("ambassador.manage.to." + s);
        }
        for (CoachingFormat f : CoachingFormat.values()) {
            keys.add("ambassador.format." + f);
        }
        for (HelpRequestStatus s : HelpRequestStatus.values()) {
            keys.add("ambassador.request.status." + s);
        }
        for (Badge b : Badge.values()) {
            keys.add("ambassador.badge." + b);
            keys.add("ambassador.badge." + b + ".how");
        }
        for (CourseFormat f : CourseFormat.values()) {
            keys.add("training.format." + f);
        }
        for (CourseLevel l : CourseLevel.values()) {
            keys.add("training.level." + l);
        }
        for (EnrolmentStatus s : EnrolmentStatus.values()) {
            keys.add("training.status." + s);
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
