package app.symetrie.barometer.ui;

import app.symetrie.barometer.AnonymousSurvey;
import app.symetrie.barometer.KioskCodes;
import app.symetrie.barometer.Wave;
import app.symetrie.common.UserFacingException;
import app.symetrie.common.ui.ClientAddress;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The kiosk ({@code /kiosk}, or {@code /kiosk/<code>} from a QR code): on a shared tablet or a phone, a person types
 * or scans a one-time code from the department's sheet and answers; then the page is ready for the next person. It
 * keeps no draft in the browser (the tablet is shared) and takes the code out of the address bar at once.
 */
@Route(value = "kiosk", autoLayout = false)
@AnonymousAllowed
public class KioskView extends Div implements HasUrlParameter<String>, HasDynamicTitle {

    private final KioskCodes kiosk;

    KioskView(KioskCodes kiosk) {
        this.kiosk = kiosk;
        addClassNames("barometer-view", "kiosk-view");
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter @Nullable String code) {
        if (code == null || code.isBlank()) {
            showEntry(null);
            return;
        }
        // The code leaves the address bar (and the history) before anything else: the next person sees none.
        event.getUI().getPage().getHistory().replaceState(null, "kiosk");
        open(code);
    }

    private void showEntry(@Nullable String errorKey) {
        TextField code = new TextField(getTranslation("kiosk.code"));
        code.setId("kiosk-code");
        code.setPlaceholder(getTranslation("kiosk.code.placeholder"));
        code.setHelperText(getTranslation("kiosk.code.helper"));
        code.setWidthFull();
        code.setAutofocus(true);
        if (errorKey != null) {
            code.setErrorMessage(getTranslation(errorKey));
            code.setInvalid(true);
        }
        Button start = new Button(getTranslation("kiosk.start"), e -> open(code.getValue()));
        start.setId("kiosk-start");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        start.addClickShortcut(Key.ENTER);
        Div box = new Div(new H2(getTranslation("kiosk.title")), new Paragraph(getTranslation("kiosk.text")), code,
                start);
        box.addClassName("barometer-message");
        replace(box);
    }

    private void open(String code) {
        AnonymousSurvey survey = kiosk.open(code, client());
        switch (survey.state()) {
            case TO_ANSWER -> showForm(code, survey);
            case USED -> showEntry("kiosk.error.used");
            case INVALID -> showEntry("kiosk.error.invalid");
            case THROTTLED -> showEntry("kiosk.error.throttled");
        }
    }

    private void showForm(String code, AnonymousSurvey survey) {
        Wave wave = Objects.requireNonNull(survey.wave(), "a survey to answer names its wave");
        replace(new SurveyForm(wave, Objects.requireNonNull(survey.questionnaire(), "and its questionnaire"), null,
                form -> kiosk.submit(code, client(), form),
                new SurveyForm.Outcome() {
                    @Override
                    public void sent() {
                        Div thanks = MyBarometerView.thanks(KioskView.this, getLocale(), wave);
                        Button next = new Button(getTranslation("kiosk.next"), e -> showEntry(null));
                        next.setId("kiosk-next");
                        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                        thanks.add(next);
                        replace(thanks);
                    }

                    @Override
                    public boolean refused(UserFacingException e) {
                        if (e.messageKey().startsWith("kiosk.error.") || "barometer.error.closed".equals(e.messageKey())) {
                            showEntry(e.messageKey().startsWith("kiosk.error.") ? e.messageKey()
                                    : "kiosk.error.invalid");
                            return true;
                        }
                        return false;
                    }
                }).offerSupportFunctions(survey.supportFunctions()));
    }

    private String client() {
        UI ui = UI.getCurrent(); // also before the view is attached (a code from a QR code opens during navigation)
        return ui == null ? "unknown" : ClientAddress.of(ui);
    }

    private void replace(Component content) {
        removeAll();
        Span brand = new Span("Symétrie");
        brand.addClassName("survey-link-brand");
        add(brand, content);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("kiosk.title");
    }
}
