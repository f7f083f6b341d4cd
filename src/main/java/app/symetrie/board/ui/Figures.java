package app.symetrie.board.ui;

import app.symetrie.board.BoardRecords.Change;
import app.symetrie.board.BoardRecords.Enps;
import app.symetrie.board.BoardRecords.Score;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Formatting of board figures, and the small "key figure" tiles. A null figure reads as hidden. */
final class Figures {

    private final Component source;
    private final Locale locale;

    Figures(Component source) {
        this.source = source;
        this.locale = com.vaadin.flow.component.UI.getCurrent() == null ? Locale.FRENCH
                : com.vaadin.flow.component.UI.getCurrent().getLocale();
    }

    String score(@Nullable Double value) {
        if (value == null || value.isNaN()) {
            return source.getTranslation("board.hidden");
        }
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMaximumFractionDigits(0);
        return f.format(value);
    }

    String signed(double value) {
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMaximumFractionDigits(1);
        f.setMinimumFractionDigits(1);
        return (value > 0 ? "+" : "") + f.format(value);
    }

    String decimal(double value) {
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMaximumFractionDigits(1);
        f.setMinimumFractionDigits(1);
        return f.format(value);
    }

    /** Hours per employee, with two decimals: 0.11 and 0.17 must not both print as 0.1. */
    String hours(double value) {
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMaximumFractionDigits(2);
        f.setMinimumFractionDigits(2);
        return f.format(value);
    }

    /** "Q3 2026" / "T3 2026". */
    String quarter(app.symetrie.ambassador.Quarter quarter) {
        return source.getTranslation("board.help.quarter", String.valueOf(quarter.number()),
                String.valueOf(quarter.year()));
    }

    String day(java.time.LocalDate day) {
        return day.format(java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.MEDIUM)
                .withLocale(locale));
    }

    String percent(@Nullable Double share) {
        if (share == null || share.isNaN()) {
            return source.getTranslation("board.hidden");
        }
        NumberFormat f = NumberFormat.getPercentInstance(locale);
        f.setMaximumFractionDigits(0);
        return f.format(share);
    }

    /** "± 5 (95 %) · n = 27", with "indicative" under 10 answers; no margin under 2 answers. */
    String margin(Score score) {
        String text = (Double.isNaN(score.margin()) ? "" : source.getTranslation("board.margin",
                score(score.margin())) + " · ") + source.getTranslation("board.n", score.n());
        return score.indicative() ? text + " · " + source.getTranslation("board.indicative") : text;
    }

    /** "−6.3, down", "+1.2, no clear change": the sign carries the direction, the word says whether it is called. */
    String change(Change change) {
        String key = change.direction() > 0 ? "board.change.up" : change.direction() < 0 ? "board.change.down"
                : "board.change.stable";
        return source.getTranslation(key, signed(change.delta()));
    }

    String changeInterval(Change change) {
        return source.getTranslation("board.change.interval", signed(change.low()), signed(change.high()));
    }

    /** The eNPS as a signed integer with its margin, or "hidden". */
    String enps(@Nullable Enps enps) {
        if (enps == null) {
            return source.getTranslation("board.hidden");
        }
        String value = (enps.value() > 0 ? "+" : "") + NumberFormat.getIntegerInstance(locale).format(enps.value());
        return Double.isNaN(enps.margin()) ? value : source.getTranslation("board.enps.value", value,
                score(enps.margin()));
    }

    /** The promoter / passive / detractor split behind the eNPS, always shown (it is what a small group reads). */
    @Nullable String enpsDetail(@Nullable Enps enps) {
        if (enps == null) {
            return null;
        }
        String split = source.getTranslation("board.enps.detail", enps.promoters(), enps.passives(),
                enps.detractors());
        return split + " · " + source.getTranslation("board.n", enps.n())
                + (enps.indicative() ? " · " + source.getTranslation("board.indicative") : "");
    }

    /** A p-value as a reader expects it: 3 significant digits, "< 0.001" below. */
    String pValue(@Nullable Double p) {
        if (p == null) {
            return "—";
        }
        if (p < 0.001) {
            return "< " + decimal3(0.001);
        }
        return decimal3(p);
    }

    private String decimal3(double value) {
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMaximumFractionDigits(3);
        f.setMinimumFractionDigits(3);
        return f.format(value);
    }

    String month(java.time.LocalDate day) {
        return day.format(DateTimeFormatter.ofPattern("MMM yyyy", locale));
    }

    static Div tile(String label, String value, @Nullable String detail, String id) {
        Div tile = new Div();
        tile.addClassName("tile");
        tile.setId(id);
        Span l = new Span(label);
        l.addClassName("tile-label");
        Span v = new Span(value);
        v.addClassName("tile-value");
        tile.add(l, v);
        if (detail != null) {
            Span d = new Span(detail);
            d.addClassName("tile-detail");
            tile.add(d);
        }
        return tile;
    }
}
