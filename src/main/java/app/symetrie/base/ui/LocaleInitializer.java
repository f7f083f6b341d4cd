package app.symetrie.base.ui;

import app.symetrie.security.CurrentUser;
import app.symetrie.security.SignedInUser;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import org.springframework.stereotype.Component;

/**
 * Every new UI speaks the session's language. The first UI after sign-in switches the session to the user's
 * remembered language (set with the FR/EN switch, else the HR record's language).
 */
@Component
class LocaleInitializer implements VaadinServiceInitListener {

    static final String APPLIED_FOR = "symetrie.localeAppliedFor";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(uiEvent -> {
            VaadinSession session = uiEvent.getUI().getSession();
            CurrentUser.get().ifPresent(user -> applyOnce(session, user));
            uiEvent.getUI().setLocale(session.getLocale());
        });
    }

    private static void applyOnce(VaadinSession session, SignedInUser user) {
        if (!user.email().equals(session.getAttribute(APPLIED_FOR))) {
            session.setAttribute(APPLIED_FOR, user.email());
            session.setLocale(user.locale());
        }
    }
}
