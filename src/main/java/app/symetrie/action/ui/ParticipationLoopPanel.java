package app.symetrie.action.ui;

import app.symetrie.action.ParticipationLoop;
import app.symetrie.action.YouSaidWeDidService;
import app.symetrie.common.ui.Formats;
import app.symetrie.common.ui.PagePanel;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * On the company overview: participation wave after wave, beside the actions started between waves — and, where both
 * groups are large enough, the change in the departments that acted against the others. Results shared and acted on
 * should raise the next wave's participation; the panel shows whether they did, worded as an association.
 */
class ParticipationLoopPanel extends Div {

    @org.springframework.stereotype.Component
    static class Panel implements PagePanel {

        private final YouSaidWeDidService service;

        Panel(YouSaidWeDidService service) {
            this.service = service;
        }

        @Override
        public Page page() {
            return Page.COMPANY_OVERVIEW;
        }

        @Override
        public Optional<Component> create() {
            ParticipationLoop loop = service.participation();
            return loop.waves().isEmpty() ? Optional.empty() : Optional.of(new ParticipationLoopPanel(loop));
        }
    }

    ParticipationLoopPanel(ParticipationLoop loop) {
        addClassNames("card", "participation-loop");
        setId("participation-loop");
        setWidthFull();
        add(new H2(getTranslation("action.loop.title")));
        add(new Paragraph(getTranslation("action.loop.intro")));
        Locale locale = getLocale();
        Grid<ParticipationLoop.WaveRow> grid = new Grid<>();
        grid.addColumn(r -> Formats.date(locale, r.opensOn())).setHeader(getTranslation("action.loop.wave"))
                .setAutoWidth(true);
        grid.addColumn(r -> r.participation() == null ? "—" : Formats.percent(locale, r.participation()))
                .setHeader(getTranslation("action.loop.participation")).setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        grid.addColumn(r -> points(locale, r.change())).setHeader(getTranslation("action.loop.change"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(ParticipationLoop.WaveRow::actionsStarted).setHeader(getTranslation("action.loop.started"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(ParticipationLoop.WaveRow::departmentsActed).setHeader(getTranslation("action.loop.acted"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(r -> points(locale, r.actedChange())).setHeader(getTranslation("action.loop.acted-change"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(r -> points(locale, r.otherChange())).setHeader(getTranslation("action.loop.other-change"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.setItems(loop.waves());
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.setId("participation-loop-grid");
        add(grid);
        Paragraph caveat = new Paragraph(getTranslation("action.loop.caveat"));
        caveat.addClassName("hint");
        add(caveat);
    }

    private String points(Locale locale, @Nullable Double value) {
        if (value == null) {
            return "—";
        }
        String number = Formats.decimal(locale, Math.abs(value), 1);
        return getTranslation("action.loop.points", (value >= 0 ? "+" : "−") + number);
    }
}
