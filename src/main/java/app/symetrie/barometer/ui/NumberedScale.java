package app.symetrie.barometer.ui;

import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;

/**
 * A 1–5 scale whose options show their number over their anchor ("4" over "plutôt d'accord"): seen on a phone
 * without a legend scrolled away, and read as the option's name by a screen reader. The anchor is the option's label
 * and the stylesheet draws the number before it (class {@code numbered-scale}), so an option is three elements kept for
 * the session on the server, where rendering it as components took six — a survey holds more than a hundred of them
 * (docs/PERFORMANCE.md, memory per survey session).
 */
final class NumberedScale {

    private NumberedScale() {
    }

    /**
     * @param label        the question
     * @param anchorPrefix the translation key of each option's anchor, before its value (1–5)
     */
    static RadioButtonGroup<Integer> of(String label, String anchorPrefix) {
        RadioButtonGroup<Integer> group = new RadioButtonGroup<>(label);
        group.setItemLabelGenerator(value -> group.getTranslation(anchorPrefix + value));
        group.setItems(1, 2, 3, 4, 5);
        group.addThemeVariants(RadioGroupVariant.LUMO_HELPER_ABOVE_FIELD);
        group.addClassName("numbered-scale");
        return group;
    }
}
