package app.symetrie.base.ui;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A route outside the signed-in person's role (Vaadin's navigation access control refuses it): the not-found page,
 * within the layout, rather than Vaadin's bare "access denied". Same text as an unknown address: it does not confirm
 * that the page exists.
 */
@AnonymousAllowed
@ParentLayout(MainLayout.class)
public class RouteRefusedView extends VerticalLayout implements HasErrorParameter<com.vaadin.flow.router.AccessDeniedException>,
        HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(RouteRefusedView.class);

    public RouteRefusedView() {
        NotFoundView.fill(this);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<com.vaadin.flow.router.AccessDeniedException> parameter) {
        log.info("Page refused to the person: {} ({})", event.getLocation().getPath(),
                parameter.getException().getMessage());
        return HttpServletResponse.SC_FORBIDDEN;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notfound.title");
    }
}
