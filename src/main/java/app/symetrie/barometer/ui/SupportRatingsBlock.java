package app.symetrie.barometer.ui;

import app.symetrie.barometer.ServiceStatements;
import app.symetrie.barometer.ServiceStatements.RatedFunction;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The survey's optional block where a person rates the support functions that serve them: they tick the ones they
 * deal with (at most {@link ServiceStatements#MAX_FUNCTIONS}; their own department is never offered), then answer
 * each service statement 1–5, or leave it. Hidden when there is nothing to offer.
 */
class SupportRatingsBlock extends Div {

    private final CheckboxGroup<RatedFunction> chosen = new CheckboxGroup<>();
    private final Div cards = new Div();
    /** function id → statement code → 1–5, only for the functions ticked. */
    private final Map<String, Map<String, Integer>> ratings = new LinkedHashMap<>();
    private final Map<String, Div> cardOf = new HashMap<>();

    SupportRatingsBlock() {
        addClassName("barometer-section");
        addClassName("support-ratings");
        setId("support-ratings");
        setVisible(false);
        chosen.setLabel(getTranslation("barometer.services.choose", ServiceStatements.MAX_FUNCTIONS));
        chosen.setItemLabelGenerator(RatedFunction::name);
        chosen.setId("support-functions");
        chosen.addClassName("support-functions");
        chosen.addValueChangeListener(e -> choose(e.getValue()));
        cards.addClassName("support-cards");
        add(new H3(getTranslation("barometer.services.title")), new Paragraph(getTranslation("barometer.services.hint")),
                chosen, cards);
    }

    /** Offers these functions (the person's own already left out by the service). */
    void offer(List<RatedFunction> functions) {
        chosen.setItems(functions);
        setVisible(!functions.isEmpty());
    }

    /** What the person rated: only functions ticked with at least one statement answered. */
    Map<String, Map<String, Integer>> ratings() {
        Map<String, Map<String, Integer>> answered = new HashMap<>();
        ratings.forEach((function, values) -> {
            if (!values.isEmpty()) {
                answered.put(function, Map.copyOf(values));
            }
        });
        return answered;
    }

    private void choose(Set<RatedFunction> selected) {
        Set<String> ids = new java.util.HashSet<>();
        selected.forEach(f -> ids.add(f.departmentId()));
        ratings.keySet().removeIf(id -> !ids.contains(id));
        cardOf.entrySet().removeIf(entry -> {
            if (!ids.contains(entry.getKey())) {
                cards.remove(entry.getValue());
                return true;
            }
            return false;
        });
        // The offer's order, so that cards do not jump around as boxes are ticked.
        chosen.getListDataView().getItems().filter(selected::contains)
                .filter(f -> !cardOf.containsKey(f.departmentId())).forEach(f -> {
                    ratings.put(f.departmentId(), new HashMap<>());
                    Div card = card(f);
                    cardOf.put(f.departmentId(), card);
                    cards.add(card);
                });
        boolean full = selected.size() >= ServiceStatements.MAX_FUNCTIONS;
        chosen.setItemEnabledProvider(f -> !full || selected.contains(f));
        chosen.setHelperText(full ? getTranslation("barometer.services.full", ServiceStatements.MAX_FUNCTIONS) : null);
    }

    private Div card(RatedFunction function) {
        Div card = new Div(new H4(function.name()));
        card.addClassName("support-card");
        for (String code : ServiceStatements.CODES) {
            RadioButtonGroup<Integer> group = NumberedScale.of(
                    getTranslation("barometer.services.statement." + code, function.name()), "barometer.scale.");
            group.addClassName("likert");
            group.setId("service-" + function.departmentId() + "-" + code);
            group.addValueChangeListener(e -> {
                Map<String, Integer> values = ratings.get(function.departmentId());
                if (values != null && e.getValue() != null) {
                    values.put(code, e.getValue());
                }
            });
            card.add(group);
        }
        return card;
    }
}
