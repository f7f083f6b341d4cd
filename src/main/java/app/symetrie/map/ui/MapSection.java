package app.symetrie.map.ui;

import app.symetrie.action.YouSaidWeDidSection;
import app.symetrie.map.MapService;
import app.symetrie.map.SatisfactionMap;
import app.symetrie.organization.DepartmentId;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * The Satisfaction Map's place on the "You said, we did" page: for the department's latest closed wave, what
 * management expected beside what the employees said — its blind spots first — and a link to the whole map. Shown to
 * whoever may read the map (its people once the campaign publishes it); nothing when the map is hidden or nobody
 * predicted.
 */
@org.springframework.stereotype.Component
class MapSection implements YouSaidWeDidSection {

    static final int SHOWN = 3;

    private final MapService maps;

    MapSection(MapService maps) {
        this.maps = maps;
    }

    @Override
    public Optional<com.vaadin.flow.component.Component> section(DepartmentId department) {
        Locale locale = UI.getCurrent() != null ? UI.getCurrent().getLocale() : Locale.FRENCH;
        List<MapService.WaveChoice> waves = maps.waves(department);
        if (waves.isEmpty()) {
            return Optional.empty();
        }
        Optional<SatisfactionMap> found;
        try {
            found = maps.map(waves.getFirst().id(), department, locale);
        } catch (AccessDeniedException notTheirs) {
            return Optional.empty();
        }
        if (found.isEmpty() || found.get().predictors().isEmpty()) {
            return Optional.empty();
        }
        SatisfactionMap map = found.get();
        Div box = new Div();
        box.setId("ysd-map-section");
        box.addClassName("ysd-map-section");
        box.add(new H3(box.getTranslation("ysd.map.title", map.campaignName())));
        if (!map.visible()) {
            box.add(new Paragraph(box.getTranslation("map.hidden", map.k())));
            return Optional.of(box);
        }
        List<String> blind = new ArrayList<>();
        List<SatisfactionMap.Row> rows = new ArrayList<>(map.dimensions());
        rows.addAll(map.moments());
        rows.stream().filter(r -> r.verdict() == SatisfactionMap.Verdict.BLIND_SPOT && r.gap() != null)
                .sorted(Comparator.comparingDouble((SatisfactionMap.Row r) -> r.gap() == null ? 0 : r.gap())
                        .reversed())
                .forEach(r -> blind.add(box.getTranslation("ysd.map.gap", r.label(), format(r.predicted(), locale),
                        format(r.employees(), locale))));
        map.pains().stream().filter(p -> p.verdict() == SatisfactionMap.Verdict.BLIND_SPOT)
                .forEach(p -> blind.add(box.getTranslation("ysd.map.pain", p.label())));
        long strengths = rows.stream().filter(r -> r.verdict() == SatisfactionMap.Verdict.HIDDEN_STRENGTH).count();
        if (blind.isEmpty()) {
            box.add(new Paragraph(box.getTranslation("ysd.map.no-blind-spot")));
        } else {
            box.add(new Paragraph(box.getTranslation("ysd.map.blind-spots", blind.size())));
            UnorderedList list = new UnorderedList();
            blind.stream().limit(SHOWN).forEach(text -> list.add(new ListItem(text)));
            box.add(list);
        }
        if (strengths > 0) {
            box.add(new Paragraph(box.getTranslation("ysd.map.strengths", strengths)));
        }
        box.add(new Anchor("map?department=" + department.value(), box.getTranslation("ysd.map.link")));
        return Optional.of(box);
    }

    private static String format(@Nullable Double value, Locale locale) {
        return value == null ? "–" : String.format(locale, "%.1f", value);
    }
}
