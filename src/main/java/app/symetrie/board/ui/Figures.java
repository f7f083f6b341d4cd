package app.symetrie.board.ui;

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

    String percent(@Nullable Double share) {
        if (share == null || share.isNaN()) {
            return source.getTranslation("board.hidden");
        }
        NumberFormat f = NumberFormat.getPercentInstance(locale);
        f.setMaximumFractionDigits(0);
        return f.format(share);
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
