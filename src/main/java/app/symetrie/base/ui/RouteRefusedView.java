package app.symetrie.base.ui;

import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * A route outside the signed-in person's role (Vaadin's navigation access control refuses it): the refused page
 * rather than Vaadin's bare "access denied".
 */
@AnonymousAllowed
@ParentLayout(MainLayout.class)
public class RouteRefusedView extends RefusedPage<AccessDeniedException> {
}
