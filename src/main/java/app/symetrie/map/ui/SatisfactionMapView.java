package app.symetrie.map.ui;

import app.symetrie.common.Role;
import app.symetrie.common.ui.Blocks;
import app.symetrie.common.ui.Formats;
import app.symetrie.map.MapService;
import app.symetrie.map.MapService.WaveChoice;
import app.symetrie.map.SatisfactionMap;
import app.symetrie.map.SatisfactionMap.PainRow;
import app.symetrie.map.SatisfactionMap.Row;
import app.symetrie.map.SatisfactionMap.Verdict;
import app.symetrie.organization.Department;
import app.symetrie.organization.DepartmentId;
import app.symetrie.security.CurrentUser;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The Satisfaction Map of a closed wave: management's prediction beside the employees' answers, per dimension,
 * journey moment and pain point, sorted by gap, each gap judged against the employees' 95 % interval — blind spots
 * (management thinks fine, employees do not) and hidden strengths. A lead picks any department or the company; a
 * manager sees their department; the department's people see it too once the wave closes, unless the campaign keeps
 * maps to management.
 */
@Route("map")
@PermitAll
@Menu(order = 33, icon = "vaadin:scale-unbalance", title = "nav.map")
public class SatisfactionMapView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String COMPANY = "company";

    private final MapService maps;
    private final List<Department> departments;
    private final boolean lead;
    private final Select<String> unit = new Select<>();
    private final Select<WaveChoice> wave = new Select<>();
    private final Div content = new Div();
    private boolean updating;

    SatisfactionMapView(MapService maps) {
        this.maps = maps;
        this.lead = CurrentUser.require().has(Role.LEAD);
        this.departments = maps.departments();
        addClassName("map-view");
        add(new H2(getTranslation("map.title")), new Paragraph(getTranslation("map.intro")));
        List<String> units = new ArrayList<>();
        if (lead) {
            units.add(COMPANY);
        }
        departments.forEach(d -> units.add(d.id().value()));
        unit.setItems(units);
        unit.setItemLabelGenerator(this::unitLabel);
        unit.setLabel(getTranslation("map.unit"));
        unit.setId("map-unit");
        unit.addValueChangeListener(e -> {
            if (!updating) {
                loadWaves();
            }
        });
        wave.setLabel(getTranslation("map.wave"));
        wave.setItemLabelGenerator(WaveChoice::label);
        wave.setId("map-wave");
        wave.setWidth("24rem");
        wave.setMaxWidth("100%");
        wave.addValueChangeListener(e -> {
            if (!updating) {
                refresh();
            }
        });
        HorizontalLayout pickers = new HorizontalLayout(unit, wave);
        pickers.setWrap(true);
        pickers.setWidthFull(); // so that the wave picker's max width is the page's, on a phone too
        pickers.setAlignItems(FlexComponent.Alignment.BASELINE);
        content.setWidthFull();
        content.setId("map-content");
        add(pickers, content);
    }

    private String unitLabel(String value) {
        if (COMPANY.equals(value)) {
            return getTranslation("map.company");
        }
        return departments.stream().filter(d -> d.id().value().equals(value)).map(Department::name).findFirst()
                .orElse(value);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var user = CurrentUser.require();
        String home = user.departmentId() != null && departments.stream().anyMatch(d -> d.id()
                .equals(user.departmentId())) ? user.departmentId().value() : lead ? COMPANY : null;
        String asked = event.getLocation().getQueryParameters().getSingleParameter("department").orElse(home);
        String wanted = asked != null && (COMPANY.equals(asked) && lead
                || departments.stream().anyMatch(d -> d.id().value().equals(asked))) ? asked : home;
        updating = true;
        unit.setValue(wanted);
        updating = false;
        loadWaves();
    }

    private @Nullable DepartmentId selected() {
        String value = unit.getValue();
        return value == null || COMPANY.equals(value) ? null : new DepartmentId(value);
    }

    private void loadWaves() {
        if (unit.getValue() == null) {
            content.removeAll();
            content.add(Blocks.emptyState(getTranslation("map.no-department")));
            return;
        }
        List<WaveChoice> waves = maps.waves(selected());
        updating = true;
        wave.setItems(waves);
        wave.setValue(waves.isEmpty() ? null : waves.getFirst());
        updating = false;
        refresh();
    }

    void refresh() {
        content.removeAll();
        WaveChoice chosen = wave.getValue();
        if (chosen == null) {
            content.add(Blocks.emptyState(getTranslation("map.no-wave")));
            return;
        }
        if (lead) {
            Checkbox share = new Checkbox(getTranslation("map.share"), maps.publishedToEmployees(chosen.campaignId()));
            share.setId("map-share");
            share.setHelperText(getTranslation("map.share.helper"));
            share.addValueChangeListener(e -> maps.setPublishedToEmployees(chosen.campaignId(), e.getValue()));
            content.add(share);
        }
        Optional<SatisfactionMap> found = maps.map(chosen.id(), selected(), getLocale());
        if (found.isEmpty()) {
            content.add(Blocks.emptyState(getTranslation("map.not-shared")));
            return;
        }
        SatisfactionMap map = found.get();
        if (!map.visible()) {
            content.add(Blocks.emptyState(getTranslation("map.hidden", map.k())));
            return;
        }
        Locale locale = getLocale();
        Div figures = new Div(Blocks.figure(getTranslation("map.answers"), String.valueOf(map.n())));
        figures.addClassName("figures");
        Paragraph predictors = new Paragraph(getTranslation("map.predictors", map.predictors().isEmpty()
                ? getTranslation("map.predictors.none") : String.join(", ", map.predictors())));
        predictors.setId("map-predictors");
        content.add(figures, predictors);
        if (!map.missing().isEmpty()) {
            Paragraph missing = new Paragraph(getTranslation("map.missing", String.join(", ", map.missing())));
            missing.setId("map-missing");
            content.add(missing);
        }
        long blind = count(map, Verdict.BLIND_SPOT);
        long hidden = count(map, Verdict.HIDDEN_STRENGTH);
        Paragraph summary = new Paragraph(getTranslation("map.summary", blind, hidden));
        summary.setId("map-summary");
        content.add(summary, new Paragraph(getTranslation("map.legend")));
        boolean mayAct = mayAct();
        content.add(new H3(getTranslation("map.dimensions")), rows(map.dimensions(), "map-dimensions", locale,
                mayAct ? "DIMENSION" : null));
        if (!map.moments().isEmpty()) {
            content.add(new H3(getTranslation("map.moments")), rows(map.moments(), "map-moments", locale,
                    mayAct ? "JOURNEY_MOMENT" : null));
        }
        content.add(new H3(getTranslation("map.pains")), new Paragraph(getTranslation("map.pains.legend")),
                pains(map.pains(), locale, mayAct));
    }

    private static long count(SatisfactionMap map, Verdict verdict) {
        return map.dimensions().stream().filter(r -> r.verdict() == verdict).count()
                + map.moments().stream().filter(r -> r.verdict() == verdict).count()
                + map.pains().stream().filter(r -> r.verdict() == verdict).count();
    }

    /** Whether the reader plans actions for the unit shown: a lead, or the manager of that department. */
    private boolean mayAct() {
        var user = CurrentUser.require();
        String shown = unit.getValue();
        return user.has(Role.LEAD) || shown != null && !COMPANY.equals(shown) && user.has(Role.MANAGER)
                && user.departmentId() != null && user.departmentId().value().equals(shown);
    }

    /** A blind spot's verdict, with "act on this" (the action form, pre-filled) for whoever plans the unit's actions. */
    private Component verdictCell(Verdict verdict, @Nullable String kind, String code) {
        Span badge = verdict(verdict);
        if (kind == null || verdict != Verdict.BLIND_SPOT) {
            return badge;
        }
        Map<String, String> query = new java.util.HashMap<>(Map.of("kind", kind, "code", code));
        String shown = unit.getValue();
        if (shown != null && !COMPANY.equals(shown)) {
            query.put("department", shown);
        }
        Anchor act = new Anchor("actions/edit?" + QueryParameters.simple(query).getQueryString(),
                getTranslation("board.act"));
        act.addClassName("act-on-this");
        return new Div(badge, new Span(" "), act);
    }

    private Grid<Row> rows(List<Row> rows, String id, Locale locale, @Nullable String actKind) {
        Grid<Row> grid = new Grid<>();
        grid.setId(id);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(Row::label).setHeader(getTranslation("map.column.item")).setFlexGrow(3);
        grid.addColumn(r -> r.predicted() == null ? "—" : Formats.decimal(locale, r.predicted(), 1))
                .setHeader(getTranslation("map.column.management"));
        grid.addColumn(r -> r.employees() == null ? getTranslation("map.too-few")
                        : getTranslation("map.interval", Formats.decimal(locale, r.employees(), 2),
                        Formats.decimal(locale, r.low(), 2), Formats.decimal(locale, r.high(), 2)))
                .setHeader(getTranslation("map.column.employees")).setFlexGrow(2);
        grid.addColumn(r -> r.gap() == null ? "—" : signed(locale, r.gap()))
                .setHeader(getTranslation("map.column.gap"));
        grid.addColumn(new ComponentRenderer<>(r -> verdictCell(r.verdict(), actKind, r.code())))
                .setHeader(getTranslation("map.column.verdict")).setFlexGrow(2);
        grid.setItems(rows);
        return grid;
    }

    private Grid<PainRow> pains(List<PainRow> rows, Locale locale, boolean mayAct) {
        Grid<PainRow> grid = new Grid<>();
        grid.setId("map-pains");
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(PainRow::label).setHeader(getTranslation("map.column.item")).setFlexGrow(3);
        grid.addColumn(r -> r.predictedBy() == 0 ? getTranslation("map.pain.not-predicted")
                : getTranslation("map.pain.predicted", r.predictedBy()))
                .setHeader(getTranslation("map.column.management")).setFlexGrow(2);
        grid.addColumn(r -> getTranslation("map.pain.share", Formats.percent(locale, r.prevalence()),
                        Formats.percent(locale, r.low()), Formats.percent(locale, r.high()), r.rank()))
                .setHeader(getTranslation("map.column.employees")).setFlexGrow(2);
        grid.addColumn(new ComponentRenderer<>(r -> verdictCell(r.verdict(), mayAct ? "PAIN_POINT" : null,
                        r.code())))
                .setHeader(getTranslation("map.column.verdict")).setFlexGrow(2);
        grid.setItems(rows);
        return grid;
    }

    private static String signed(Locale locale, double value) {
        return (value > 0 ? "+" : value < 0 ? "−" : "") + Formats.decimal(locale, Math.abs(value), 2);
    }

    private Span verdict(Verdict verdict) {
        return switch (verdict) {
            case BLIND_SPOT -> Blocks.badge(getTranslation("map.verdict.BLIND_SPOT"), "error");
            case HIDDEN_STRENGTH -> Blocks.badge(getTranslation("map.verdict.HIDDEN_STRENGTH"), "success");
            case IN_LINE -> Blocks.badge(getTranslation("map.verdict.IN_LINE"), "contrast");
            case NO_PREDICTION -> Blocks.badge(getTranslation("map.verdict.NO_PREDICTION"));
            case NOT_ENOUGH_ANSWERS -> Blocks.badge(getTranslation("map.verdict.NOT_ENOUGH_ANSWERS"));
        };
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.map");
    }
}
