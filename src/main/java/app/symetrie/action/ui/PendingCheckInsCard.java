package app.symetrie.action.ui;

import app.symetrie.action.CheckIn;
import app.symetrie.action.CheckInService;
import app.symetrie.common.ui.PagePanel;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.Optional;

/**
 * The home page's card of the action check-ins waiting for the signed-in person: one panel per check-in, answered on
 * the spot. Added to the home page as a {@link PagePanel} (only when something is pending).
 */
class PendingCheckInsCard extends Div {

    @org.springframework.stereotype.Component
    static class Panel implements PagePanel {

        private final CheckInService service;

        Panel(CheckInService service) {
            this.service = service;
        }

        @Override
        public Page page() {
            return Page.HOME;
        }

        @Override
        public int order() {
            return 10;
        }

        @Override
        public Optional<Component> create() {
            List<CheckIn> pending = service.pending();
            return pending.isEmpty() ? Optional.empty() : Optional.of(new PendingCheckInsCard(service, pending));
        }
    }

    PendingCheckInsCard(CheckInService service, List<CheckIn> pending) {
        addClassNames("card", "home-card", "pending-checkins");
        setId("pending-checkins");
        add(new H3(getTranslation("home.checkins.title")));
        add(new Paragraph(getTranslation("home.checkins.text", pending.size())));
        pending.forEach(c -> add(new CheckInPanel(service, c, true)));
        add(new Anchor("you-said-we-did", getTranslation("home.checkins.link")));
    }
}
