package app.symetrie.barometer.ui;

import app.symetrie.barometer.CatalogItem;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The optional block of the survey where a person rates the moments of truth of their digital journey (arrival,
 * access rights, asking IT for help…) from 1 (very poorly handled) to 5 (very well handled). Every moment may be left
 * out — the block does not count in the survey's progress and nothing in it is required; "clear" takes back what was
 * rated. The ratings travel in the sealed ballot with the rest of the answer (docs/decisions/030-satisfaction-map.md).
 */
final class JourneyMomentsBlock extends Div {

    private final Map<String, RadioButtonGroup<Integer>> groups = new LinkedHashMap<>();
    private final Map<String, Integer> ratings = new HashMap<>();

    JourneyMomentsBlock(List<CatalogItem> moments, Runnable changed) {
        addClassNames("barometer-section", "journey-moments");
        setId("journey-moments");
        add(new H3(getTranslation("barometer.moments.title")), new Paragraph(getTranslation("barometer.moments.hint")));
        for (CatalogItem moment : moments) {
            RadioButtonGroup<Integer> group = NumberedScale.of(moment.label().in(getLocale()),
                    "barometer.moments.scale.");
            // Not "likert": the survey's statements are those (progress, keyboard checks); drawn alike by the stylesheet.
            group.addClassName("moment-scale");
            group.setId("moment-" + moment.code().replace('.', '-'));
            group.addValueChangeListener(e -> {
                if (e.getValue() == null) {
                    ratings.remove(moment.code());
                } else {
                    ratings.put(moment.code(), e.getValue());
                }
                changed.run();
            });
            groups.put(moment.code(), group);
            add(group);
        }
        Button clear = new Button(getTranslation("barometer.moments.clear"), e -> groups.values().forEach(
                RadioButtonGroup::clear));
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        clear.setId("journey-moments-clear");
        add(clear);
    }

    /** The moments rated so far, code → 1–5. */
    Map<String, Integer> ratings() {
        return Map.copyOf(ratings);
    }

    /** Puts back ratings of a draft; unknown moments and values out of 1–5 are skipped. */
    void restore(Map<String, Integer> saved) {
        saved.forEach((code, value) -> {
            if (groups.containsKey(code) && value != null && value >= 1 && value <= 5) {
                groups.get(code).setValue(value);
            }
        });
    }
}
