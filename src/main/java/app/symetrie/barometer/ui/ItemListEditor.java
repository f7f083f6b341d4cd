package app.symetrie.barometer.ui;

import app.symetrie.common.LocalizedText;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Edits an ordered list of items that each have a stable code and a French and an English text: add, remove,
 * move up and down. Codes of existing items never change (results over time are keyed by them); a new item gets a
 * code made from its English text, unique in the questionnaire.
 */
final class ItemListEditor extends Div {

    /** One editable row. */
    static final class Row {
        final String code;
        String fr;
        String en;

        Row(String code, String fr, String en) {
            this.code = code;
            this.fr = fr;
            this.en = en;
        }
    }

    private final List<Row> rows = new ArrayList<>();
    private final String codePrefix;
    private final Supplier<Set<String>> takenCodes;
    private final Div list = new Div();
    private final TextField newFr = new TextField();
    private final TextField newEn = new TextField();

    ItemListEditor(List<Row> initial, String codePrefix, Supplier<Set<String>> takenCodes) {
        this.codePrefix = codePrefix;
        this.takenCodes = takenCodes;
        addClassName("item-list-editor");
        rows.addAll(initial);
        list.addClassName("item-rows");
        newFr.setPlaceholder(getTranslation("questionnaire.new.fr"));
        newFr.setAriaLabel(getTranslation("questionnaire.new.fr"));
        newFr.setMaxLength(LocalizedText.MAX_LENGTH);
        newEn.setPlaceholder(getTranslation("questionnaire.new.en"));
        newEn.setAriaLabel(getTranslation("questionnaire.new.en"));
        newEn.setMaxLength(LocalizedText.MAX_LENGTH);
        Button add = new Button(getTranslation("questionnaire.add"), VaadinIcon.PLUS.create(), e -> add());
        add.addThemeVariants(ButtonVariant.LUMO_SMALL);
        Div adder = new Div(newFr, newEn, add);
        adder.addClassName("item-adder");
        add(list, adder);
        render();
    }

    List<Row> rows() {
        return rows;
    }

    private void add() {
        if (newFr.getValue().isBlank() || newEn.getValue().isBlank()) {
            newFr.setInvalid(newFr.getValue().isBlank());
            newEn.setInvalid(newEn.getValue().isBlank());
            String message = getTranslation("error.text.both-languages");
            newFr.setErrorMessage(message);
            newEn.setErrorMessage(message);
            return;
        }
        rows.add(new Row(uniqueCode(newEn.getValue()), newFr.getValue().strip(), newEn.getValue().strip()));
        newFr.clear();
        newEn.clear();
        newFr.setInvalid(false);
        newEn.setInvalid(false);
        render();
    }

    private String uniqueCode(String english) {
        String slug = Normalizer.normalize(english, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("(^_|_$)", "");
        if (slug.isEmpty()) {
            slug = "item";
        }
        String base = (codePrefix + slug);
        base = base.substring(0, Math.min(base.length(), 34));
        Set<String> taken = new java.util.HashSet<>(takenCodes.get());
        rows.forEach(r -> taken.add(r.code));
        String code = base;
        for (int n = 2; taken.contains(code); n++) {
            code = base + "_" + n;
        }
        return code;
    }

    private void render() {
        list.removeAll();
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            int index = i;
            TextField fr = new TextField();
            fr.setValue(row.fr);
            fr.setAriaLabel(getTranslation("questionnaire.text.fr"));
            fr.setMaxLength(LocalizedText.MAX_LENGTH);
            fr.addValueChangeListener(e -> row.fr = e.getValue());
            fr.setPrefixComponent(new Span(Locale.FRENCH.getLanguage().toUpperCase(Locale.ROOT)));
            TextField en = new TextField();
            en.setValue(row.en);
            en.setAriaLabel(getTranslation("questionnaire.text.en"));
            en.setMaxLength(LocalizedText.MAX_LENGTH);
            en.addValueChangeListener(e -> row.en = e.getValue());
            en.setPrefixComponent(new Span(Locale.ENGLISH.getLanguage().toUpperCase(Locale.ROOT)));
            Button up = icon(VaadinIcon.ARROW_UP, "questionnaire.up", () -> move(index, -1));
            up.setEnabled(index > 0);
            Button down = icon(VaadinIcon.ARROW_DOWN, "questionnaire.down", () -> move(index, 1));
            down.setEnabled(index < rows.size() - 1);
            Button remove = icon(VaadinIcon.TRASH, "questionnaire.remove", () -> {
                rows.remove(index);
                render();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
            Div line = new Div(fr, en, up, down, remove);
            line.addClassName("item-row");
            list.add(line);
        }
    }

    private Button icon(VaadinIcon icon, String labelKey, Runnable action) {
        Button b = new Button(icon.create(), e -> action.run());
        b.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
        b.setAriaLabel(getTranslation(labelKey));
        b.setTooltipText(getTranslation(labelKey));
        return b;
    }

    private void move(int index, int delta) {
        Row row = rows.remove(index);
        rows.add(index + delta, row);
        render();
    }
}
