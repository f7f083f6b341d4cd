package app.symetrie.store.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;

/**
 * What people see when a page cannot be shown because the store does not answer: a short maintenance page in their
 * language (HTTP 503), never the driver's message with the database's host and port (docs/decisions/019-faults.md).
 * The cause goes to the log, once per page, without a stack trace.
 */
@AnonymousAllowed
public class StoreUnavailableView extends VerticalLayout
        implements HasErrorParameter<DataAccessResourceFailureException> {

    private static final Logger log = LoggerFactory.getLogger(StoreUnavailableView.class);

    public StoreUnavailableView() {
        setId("store-unavailable");
        setAlignItems(Alignment.CENTER);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<DataAccessResourceFailureException> error) {
        log.warn("Store unavailable while showing /{}: {}", event.getLocation().getPath(),
                error.getCaughtException().getClass().getSimpleName());
        removeAll();
        add(new H1(getTranslation("store.unavailable.title")), new Paragraph(getTranslation("store.unavailable.text")));
        getUI().ifPresent(ui -> ui.getPage().setTitle(getTranslation("store.unavailable.title")));
        return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
    }
}
