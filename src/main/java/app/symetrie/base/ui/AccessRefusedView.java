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
 * A service refused the person while a page was being built (a board of another department in the address, a right
 * withdrawn meanwhile): the not-found page, within the layout, rather than Vaadin's "Could not navigate…" with the
 * exception. Refusals after the page is shown (a click) stay notifications ({@link UiErrorHandler}).
 */
@AnonymousAllowed
@ParentLayout(MainLayout.class)
public class AccessRefusedView extends VerticalLayout implements HasErrorParameter<org.springframework.security.access.AccessDeniedException>,
        HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(AccessRefusedView.class);

    public AccessRefusedView() {
        NotFoundView.fill(this);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<org.springframework.security.access.AccessDeniedException> parameter) {
        log.info("Page refused to the person: {} ({})", event.getLocation().getPath(),
                parameter.getException().getMessage());
        return HttpServletResponse.SC_FORBIDDEN;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notfound.title");
    }
}
