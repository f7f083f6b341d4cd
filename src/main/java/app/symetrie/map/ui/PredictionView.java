package app.symetrie.map.ui;

import app.symetrie.barometer.CatalogItem;
import app.symetrie.barometer.Dimension;
import app.symetrie.barometer.Questionnaire;
import app.symetrie.common.InvalidValueException;
import app.symetrie.common.Role;
import app.symetrie.common.UserFacingException;
import app.symetrie.common.ui.Blocks;
import app.symetrie.common.ui.Formats;
import app.symetrie.common.ui.Notifications;
import app.symetrie.map.Prediction;
import app.symetrie.map.PredictionService;
import app.symetrie.map.PredictionService.Target;
import app.symetrie.security.CurrentUser;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A manager's prediction for their department (a lead's for the company) while a wave is open: how they think their
 * team will answer each dimension and each journey moment (1–5), and the pain points they expect first. It can be
 * changed until the wave stops taking answers; then it is locked and compared with the answers on the map.
 */
@Route("map/predict")
@RolesAllowed(Role.MANAGER_ROLE)
@Menu(order = 32, icon = "vaadin:crosshairs", title = "nav.map.predict")
public class PredictionView extends VerticalLayout implements HasDynamicTitle {

    private final PredictionService predictions;

    PredictionView(PredictionService predictions) {
        this.predictions = predictions;
        addClassName("prediction-view");
        load();
    }

    private void load() {
        removeAll();
        add(new H2(getTranslation("map.predict.title")), new Paragraph(getTranslation("map.predict.intro")));
        List<Target> targets = predictions.targets();
        if (targets.isEmpty()) {
            add(Blocks.emptyState(getTranslation("map.predict.none")));
        }
        for (Target target : targets) {
            add(new TargetForm(target));
        }
        if (CurrentUser.require().has(Role.LEAD)) {
            targets.stream().map(Target::waveId).distinct().forEach(wave -> {
                Map<String, List<String>> missing = predictions.missingInOpenWave(wave);
                Div block = new Div(new H3(getTranslation("map.predict.missing.title")));
                block.addClassName("prediction-missing");
                if (missing.isEmpty()) {
                    block.add(new Paragraph(getTranslation("map.predict.missing.none")));
                } else {
                    UnorderedList list = new UnorderedList();
                    missing.forEach((department, names) -> list.add(new ListItem(
                            getTranslation("map.predict.missing.row", department, String.join(", ", names)))));
                    block.add(list);
                }
                add(block);
            });
        }
    }

    /** The form of one prediction. */
    private final class TargetForm extends Div {

        private final Target target;
        private final Map<String, RadioButtonGroup<Integer>> dimensions = new LinkedHashMap<>();
        private final Map<String, RadioButtonGroup<Integer>> moments = new LinkedHashMap<>();
        private final CheckboxGroup<CatalogItem> pains = new CheckboxGroup<>();

        TargetForm(Target target) {
            this.target = target;
            addClassName("prediction-form");
            Questionnaire q = target.questionnaire();
            String unit = target.department() == null ? getTranslation("map.company") : target.unitName();
            String id = target.department() == null ? "company" : "department";
            setId("prediction-" + id);
            add(new H3(getTranslation("map.predict.for", unit, target.campaignName())));
            add(new Paragraph(getTranslation(target.current() == null ? "map.predict.todo" : "map.predict.saved",
                    Formats.date(getLocale(), target.closesOn()))));

            Div dims = section("map.predict.dimensions", "map.predict.dimensions.hint");
            for (Dimension d : q.dimensions()) {
                RadioButtonGroup<Integer> group = scale(d.name().in(getLocale()), "predict-" + id + "-dim-" + d.code());
                dimensions.put(d.code(), group);
                dims.add(group);
            }
            add(dims);

            Div painSection = section("map.predict.pains", "map.predict.pains.hint");
            pains.setLabel(getTranslation("map.predict.pains.label", Prediction.PAINS_MAX));
            pains.setItems(q.painPoints());
            pains.setItemLabelGenerator(p -> p.label().in(getLocale()));
            pains.setId("predict-" + id + "-pains");
            pains.addValueChangeListener(e -> {
                boolean tooMany = e.getValue().size() > Prediction.PAINS_MAX;
                pains.setErrorMessage(tooMany ? getTranslation("map.error.pains", Prediction.PAINS_MAX) : null);
                pains.setInvalid(tooMany);
            });
            painSection.add(pains);
            add(painSection);

            if (!q.moments().isEmpty()) {
                Div momentSection = section("map.predict.moments", "map.predict.moments.hint");
                for (CatalogItem m : q.moments()) {
                    RadioButtonGroup<Integer> group = scale(m.label().in(getLocale()),
                            "predict-" + id + "-moment-" + m.code().replace('.', '-'));
                    moments.put(m.code(), group);
                    momentSection.add(group);
                }
                add(momentSection);
            }

            Prediction current = target.current();
            if (current != null) {
                current.dimensions().forEach((code, v) -> {
                    if (dimensions.containsKey(code)) {
                        dimensions.get(code).setValue(v);
                    }
                });
                current.moments().forEach((code, v) -> {
                    if (moments.containsKey(code)) {
                        moments.get(code).setValue(v);
                    }
                });
                pains.setValue(Set.copyOf(q.painPoints().stream()
                        .filter(p -> current.painPoints().contains(p.code())).toList()));
            }

            Button save = new Button(getTranslation("map.predict.save"), e -> save());
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            save.setId("predict-" + id + "-save");
            add(save);
        }

        private Div section(String titleKey, String hintKey) {
            Div section = new Div(new H3(getTranslation(titleKey)), new Paragraph(getTranslation(hintKey)));
            section.addClassName("barometer-section");
            return section;
        }

        private RadioButtonGroup<Integer> scale(String label, String id) {
            RadioButtonGroup<Integer> group = new RadioButtonGroup<>(label);
            group.setItems(1, 2, 3, 4, 5);
            group.setItemLabelGenerator(v -> v + " " + getTranslation("map.scale." + v));
            group.setId(id);
            group.addValueChangeListener(e -> group.setInvalid(false));
            return group;
        }

        private void save() {
            boolean complete = true;
            for (RadioButtonGroup<Integer> group : concat()) {
                if (group.getValue() == null) {
                    group.setErrorMessage(getTranslation("map.error.required"));
                    group.setInvalid(true);
                    complete = false;
                }
            }
            int picked = pains.getValue().size();
            if (picked == 0 || picked > Prediction.PAINS_MAX) {
                pains.setErrorMessage(getTranslation("map.error.pains", Prediction.PAINS_MAX));
                pains.setInvalid(true);
                complete = false;
            }
            if (!complete) {
                Notifications.error(this, "map.error.incomplete");
                return;
            }
            Map<String, Integer> dims = new HashMap<>();
            dimensions.forEach((code, g) -> dims.put(code, g.getValue()));
            Map<String, Integer> rated = new HashMap<>();
            moments.forEach((code, g) -> rated.put(code, g.getValue()));
            try {
                Set<String> painCodes = Set.copyOf(pains.getValue().stream().map(CatalogItem::code).toList());
                predictions.save(target.waveId(), target.department(), new Prediction(dims, painCodes, rated));
                Notifications.success(this, "map.predict.done");
                load();
            } catch (InvalidValueException e) {
                Notifications.error(this, e);
            } catch (UserFacingException e) {
                Notifications.error(this, e);
                load();
            }
        }

        private List<RadioButtonGroup<Integer>> concat() {
            return java.util.stream.Stream.concat(dimensions.values().stream(), moments.values().stream()).toList();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.map.predict");
    }
}
