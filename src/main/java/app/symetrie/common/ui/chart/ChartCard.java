package app.symetrie.common.ui.chart;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import org.jspecify.annotations.Nullable;

/**
 * A chart with its table alternative: below the chart, a collapsed "Show as table" ({@link Details}) holds a real
 * HTML table with the same figures, for screen readers, keyboard users and anyone who wants the numbers. This is how
 * features put a chart on a page.
 */
public class ChartCard extends Composite<Div> implements HasSize, HasStyle, LocaleChangeObserver {

    private final Chart chart;
    private final Details details = new Details();
    private final Div tableHolder = new Div();
    private @Nullable String summary;
    private boolean rebuildScheduled;

    public ChartCard(Chart chart) {
        this.chart = chart;
        tableHolder.addClassName("chart-table-scroll");
        details.add(tableHolder);
        details.addClassName("chart-table-toggle");
        getContent().addClassName("chart-card");
        getContent().add(chart, details);
        setWidthFull();
        chart.addChangeListener(this::scheduleRebuild);
    }

    public Chart chart() {
        return chart;
    }

    /** Replaces the toggle's caption (default: translated "chart.table.show"). */
    public ChartCard tableSummary(String text) {
        this.summary = text;
        return scheduleRebuild();
    }

    /** Opens or closes the table alternative (closed by default). */
    public ChartCard tableOpened(boolean opened) {
        details.setOpened(opened);
        return this;
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        rebuildScheduled = false;
        scheduleRebuild();
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        scheduleRebuild();
    }

    /** Rebuilds the table once per round trip, in the UI's language, however many times the chart changed. */
    private ChartCard scheduleRebuild() {
        getUI().ifPresent(ui -> {
            if (!rebuildScheduled) {
                rebuildScheduled = true;
                ui.beforeClientResponse(this, context -> {
                    rebuildScheduled = false;
                    rebuild();
                });
            }
        });
        return this;
    }

    private void rebuild() {
        details.setSummaryText(summary != null ? summary : getTranslation("chart.table.show"));
        details.setVisible(!chart.isEmpty());
        tableHolder.getElement().removeAllChildren();
        if (!chart.isEmpty()) {
            tableHolder.getElement().appendChild(ChartTable.of(chart, getLocale(), getTranslation("chart.table.no-value")));
        }
    }
}
