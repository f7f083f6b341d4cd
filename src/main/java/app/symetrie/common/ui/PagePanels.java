package app.symetrie.common.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.di.Instantiator;
import java.util.Comparator;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;

/** Every {@link PagePanel} of the application, for a page to add its panels in one line. */
@org.springframework.stereotype.Component
public class PagePanels {

    private final ObjectProvider<PagePanel> panels;

    PagePanels(ObjectProvider<PagePanel> panels) {
        this.panels = panels;
    }

    /** New components of every panel of this page, in their order. */
    public Component[] create(PagePanel.Page page) {
        return panels.orderedStream().filter(p -> p.page() == page)
                .sorted(Comparator.comparingInt(PagePanel::order)).map(PagePanel::create).flatMap(Optional::stream)
                .toArray(Component[]::new);
    }

    /** The panels of this page, from the current UI's application: the page's one-line hook. */
    public static Component[] of(PagePanel.Page page) {
        return Instantiator.get(UI.getCurrent()).getOrCreate(PagePanels.class).create(page);
    }
}
