package app.symetrie.base.ui;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * Where the server sends a browser that asked for an address it does not serve (the security layer refuses paths
 * that are no route before the UI could say "not found"): the same page as {@link NotFoundView}.
 */
@Route(NotFoundRoute.PATH)
@AnonymousAllowed
public class NotFoundRoute extends VerticalLayout implements HasDynamicTitle {

    public static final String PATH = "not-found";

    public NotFoundRoute() {
        NotFoundView.fill(this);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notfound.title");
    }
}
