package app.symetrie.base.ui;

import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.security.access.AccessDeniedException;

/**
 * A service refused the person while a page was being built (a board of another department in the address, a right
 * withdrawn meanwhile): the refused page rather than Vaadin's "Could not navigate…" with the exception. Refusals
 * after the page is shown (a click) stay notifications ({@link UiErrorHandler}).
 */
@AnonymousAllowed
@ParentLayout(MainLayout.class)
public class AccessRefusedView extends RefusedPage<AccessDeniedException> {
}
