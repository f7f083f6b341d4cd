package app.symetrie.common.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/** Small building blocks of boards and lists: a key figure, a badge, an empty state. Texts come translated. */
public final class Blocks {

    private Blocks() {
    }

    /** A key figure: a big value over its label. */
    public static Div figure(String label, String value) {
        Span v = new Span(value);
        v.addClassName("figure-value");
        Span l = new Span(label);
        l.addClassName("figure-label");
        Div figure = new Div(v, l);
        figure.addClassName("figure");
        return figure;
    }

    /** A rounded label; themes colour it (success, contrast, error, support, front). */
    public static Span badge(String text, String... themes) {
        Span badge = new Span(text);
        badge.addClassName("badge");
        for (String theme : themes) {
            badge.getElement().getThemeList().add(theme);
        }
        return badge;
    }

    /** What a list shows when it has nothing to show: says why, and what to do. */
    public static Paragraph emptyState(String text) {
        Paragraph p = new Paragraph(text);
        p.addClassName("empty-state");
        return p;
    }
}
