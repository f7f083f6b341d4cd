package app.symetrie.common.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * A panel a feature module adds to a page of another module without that page knowing it — where a direct reference
 * would make the two modules depend on each other in a circle, or reach into the other's views. A Spring bean;
 * {@link #create()} builds a new component for each visit, in the current UI's language, or nothing.
 */
public interface PagePanel {

    /** The pages that take panels. */
    enum Page {
        /** The home page's cards. */
        HOME,
        /** The lead's company overview, below its figures. */
        COMPANY_OVERVIEW
    }

    Page page();

    /** Where the panel goes among the page's others, lowest first. */
    default int order() {
        return 0;
    }

    Optional<Component> create();
}
