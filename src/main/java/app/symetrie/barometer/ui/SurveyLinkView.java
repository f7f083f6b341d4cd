package app.symetrie.barometer.ui;

import app.symetrie.barometer.AnonymousSurvey;
import app.symetrie.barometer.SurveyLinks;
import app.symetrie.barometer.Wave;
import app.symetrie.common.UserFacingException;
import app.symetrie.common.ui.ClientAddress;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Objects;

/**
 * A personal survey link ({@code /answer/<token>}): opens its person's survey directly, without signing in, in their
 * language, and nothing else — no menu, no session with their roles, no name on the page. A spent link says only that
 * it was used; an unknown or expired one says the same thing whatever the reason (docs/decisions/013); a client that
 * had too many links refused lately is asked to wait (docs/decisions/017).
 */
@Route(value = "answer", autoLayout = false)
@AnonymousAllowed
public class SurveyLinkView extends Div implements HasUrlParameter<String>, HasDynamicTitle {

    private final SurveyLinks links;
    private String token = "";
    private String client = "unknown";

    SurveyLinkView(SurveyLinks links) {
        this.links = links;
        addClassNames("barometer-view", "survey-link-view");
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        this.token = parameter;
        this.client = ClientAddress.of(event.getUI());
        AnonymousSurvey survey = links.open(token, client);
        if (survey.locale() != null) {
            event.getUI().setLocale(survey.locale());
        }
        switch (survey.state()) {
            case TO_ANSWER -> showForm(survey);
            case USED -> showUsed();
            case INVALID -> showInvalid();
            case THROTTLED -> showThrottled();
        }
    }

    private void showForm(AnonymousSurvey survey) {
        Wave wave = Objects.requireNonNull(survey.wave(), "a survey to answer names its wave");
        replace(new SurveyForm(wave, Objects.requireNonNull(survey.questionnaire(), "and its questionnaire"), null,
                form -> links.submit(token, client, form),
                new SurveyForm.Outcome() {
                    @Override
                    public void sent() {
                        replace(MyBarometerView.thanks(SurveyLinkView.this, getLocale(), wave));
                    }

                    @Override
                    public boolean refused(UserFacingException e) {
                        if ("survey-link.error.used".equals(e.messageKey())) {
                            showUsed();
                            return true;
                        }
                        if ("survey-link.error.throttled".equals(e.messageKey())) {
                            showThrottled();
                            return true;
                        }
                        if ("survey-link.error.invalid".equals(e.messageKey())
                                || "barometer.error.closed".equals(e.messageKey())) {
                            showInvalid();
                            return true;
                        }
                        return false;
                    }
                }).offerSupportFunctions(survey.supportFunctions()));
    }

    private void showUsed() {
        Div box = message("survey-link.used.title", "survey-link.used.text");
        box.setId("survey-link-used");
        replace(box);
    }

    private void showInvalid() {
        Div box = message("survey-link.invalid.title", "survey-link.invalid.text");
        box.setId("survey-link-invalid");
        replace(box);
    }

    private void showThrottled() {
        Div box = message("survey-link.throttled.title", "survey-link.throttled.text");
        box.setId("survey-link-throttled");
        replace(box);
    }

    private Div message(String title, String text) {
        Div box = new Div(new H2(getTranslation(title)), new Paragraph(getTranslation(text)));
        box.addClassName("barometer-message");
        return box;
    }

    private void replace(com.vaadin.flow.component.Component content) {
        removeAll();
        Span brand = new Span("Symétrie");
        brand.addClassName("survey-link-brand");
        add(brand, content);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.barometer");
    }
}
