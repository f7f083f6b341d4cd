package app.symetrie.base.ui;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.LoggerFactory;

/**
 * A page refused to the person, whatever refused it: the not-found page within the layout — the same text as an
 * unknown address, so it does not confirm that the page exists — logged, and answered with 403.
 *
 * @param <E> the refusal this page stands for
 */
public abstract class RefusedPage<E extends Exception> extends VerticalLayout implements HasErrorParameter<E>,
        HasDynamicTitle {

    protected RefusedPage() {
        NotFoundView.fill(this);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<E> parameter) {
        LoggerFactory.getLogger(getClass()).info("Page refused to the person: {} ({})",
                event.getLocation().getPath(), parameter.getException().getMessage());
        return HttpServletResponse.SC_FORBIDDEN;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notfound.title");
    }
}
