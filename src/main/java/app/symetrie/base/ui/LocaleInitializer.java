package app.symetrie.base.ui;

import app.symetrie.common.AppLocales;
import app.symetrie.security.CurrentUser;
import app.symetrie.security.SignedInUser;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Every new UI speaks the session's language. The first UI after sign-in switches the session to the user's
 * remembered language (set with the FR/EN switch, else the HR record's language). The page's {@code <html lang>}
 * says that language, from the first byte of the page and again once the UI has chosen it, so that screen readers
 * pronounce it right (WCAG 3.1.1); the language switch reloads the page, which sets it anew.
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
            uiEvent.getUI().getPage().executeJs("document.documentElement.lang = $0",
                    language(uiEvent.getUI().getLocale()));
        });
        event.addIndexHtmlRequestListener(response -> {
            VaadinSession session = VaadinSession.getCurrent();
            Locale locale = session != null && session.getLocale() != null ? session.getLocale()
                    : response.getVaadinRequest().getLocale();
            response.getDocument().child(0).attr("lang", language(locale));
        });
    }

    /** "fr" or "en": the supported language closest to the locale, French when none is. */
    static String language(@org.jspecify.annotations.Nullable Locale locale) {
        Locale supported = locale == null ? AppLocales.FRENCH : AppLocales.orDefault(locale.toLanguageTag());
        return supported.getLanguage();
    }

    private static void applyOnce(VaadinSession session, SignedInUser user) {
        if (!user.email().equals(session.getAttribute(APPLIED_FOR))) {
            session.setAttribute(APPLIED_FOR, user.email());
            session.setLocale(user.locale());
        }
    }
}
