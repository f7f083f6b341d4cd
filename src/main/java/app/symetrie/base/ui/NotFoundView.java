package app.symetrie.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * What an unknown address, or a page outside the person's role (or one they no longer have access to), shows: a
 * page in their language, within the app's layout (navigation, header), with a way home — never Vaadin's "Could not
 * navigate…" nor a browser error. It does not say whether the page exists, so it tells nothing of what another role
 * could open. The other ways to the same page: {@link RouteRefusedView} (a route outside the person's role),
 * {@link AccessRefusedView} (a service refused while the page was built), {@link NotFoundRoute} (the server's
 * redirect).
 */
@AnonymousAllowed
@ParentLayout(MainLayout.class)
public class NotFoundView extends VerticalLayout implements HasErrorParameter<NotFoundException>, HasDynamicTitle {

    public NotFoundView() {
        fill(this);
    }

    /** The page's content: shared with {@link NotFoundRoute}, where addresses the server refused are sent. */
    static void fill(VerticalLayout page) {
        page.setId("page-not-found");
        page.addClassName("not-found-view");
        page.add(new H2(page.getTranslation("notfound.title")), new Paragraph(page.getTranslation("notfound.text")),
                new Anchor("", page.getTranslation("notfound.home")));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        return HttpServletResponse.SC_NOT_FOUND;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notfound.title");
    }
}
