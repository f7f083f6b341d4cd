package app.symetrie.barometer.ui;

import app.symetrie.barometer.BarometerService;
import app.symetrie.barometer.MyBarometer;
import app.symetrie.barometer.SupportFunctionOffer;
import app.symetrie.barometer.Wave;
import app.symetrie.common.UserFacingException;
import app.symetrie.security.CurrentUser;
import app.symetrie.security.SignedInUser;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import jakarta.annotation.security.PermitAll;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Objects;

/**
 * "My barometer": the open wave's questions ({@link SurveyForm}) for the signed-in person, or that they answered, or
 * when the next wave opens. The answer in progress is kept in the browser (local storage), so a reload or a lost
 * connection loses nothing and the server never stores a draft linked to the person; it is kept sealed with keys of
 * this person's session only ({@link DraftSeal}), so whoever uses the browser next cannot read it, and it goes at
 * submit and at sign-out (docs/decisions/009-survey-drafts.md).
 */
@Route("barometer")
@PermitAll
@Menu(order = 10, icon = "vaadin:clipboard-check", title = "nav.barometer")
public class MyBarometerView extends Div implements HasDynamicTitle {

    private final BarometerService barometer;
    private final SupportFunctionOffer offer;

    MyBarometerView(BarometerService barometer, SupportFunctionOffer offer) {
        this.barometer = barometer;
        this.offer = offer;
        addClassName("barometer-view");
        render(barometer.mine());
    }

    private void render(MyBarometer mine) {
        removeAll();
        switch (mine.state()) {
            // A lead closed it by hand: it refuses answers while the close can still be undone (decision 022).
            case TO_ANSWER -> {
                Wave wave = Objects.requireNonNull(mine.wave(), "an awaited answer names its wave");
                if (wave.closeScheduled()) {
                    Div closing = message("barometer.closing.title", "barometer.closing.text");
                    closing.setId("barometer-closing");
                    add(closing);
                } else {
                    renderForm(wave, Objects.requireNonNull(mine.questionnaire(), "an open wave has a questionnaire"));
                }
            }
            case ANSWERED -> add(thanks(Objects.requireNonNull(mine.wave(), "an answer names its wave")));
            case NOT_INVITED -> add(message("barometer.not-invited.title", "barometer.not-invited.text"));
            case NO_OPEN_WAVE -> add(message("barometer.none.title", mine.nextOpening() == null
                    ? "barometer.none.text" : "barometer.none.next", mine.nextOpening() == null ? "" : date(
                    mine.nextOpening())));
        }
    }

    private void renderForm(Wave open, app.symetrie.barometer.Questionnaire q) {
        DraftSeal seal = CurrentUser.get().map(SignedInUser::email)
                .map(owner -> DraftSeal.ofSession(VaadinSession.getCurrent(), owner)).orElse(null);
        add(new SurveyForm(open, q, seal, form -> barometer.submit(open.id(), form), new SurveyForm.Outcome() {
            @Override
            public void sent() {
                render(barometer.mine());
            }

            @Override
            public boolean refused(UserFacingException e) {
                if ("barometer.error.already-answered".equals(e.messageKey())) {
                    render(barometer.mine());
                    return true;
                }
                return false;
            }
        }).offerSupportFunctions(offer.forMe()));
    }

    private Div message(String titleKey, String textKey, Object... args) {
        Div box = new Div(new H2(getTranslation(titleKey)), new Paragraph(getTranslation(textKey, args)));
        box.addClassName("barometer-message");
        return box;
    }

    private String date(java.time.LocalDate day) {
        return day.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale()));
    }

    /** The thanks shown once a wave is answered, whichever way. */
    static Div thanks(Div host, java.util.Locale locale, Wave answered) {
        String closes = answered.closesOn().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(locale));
        Div box = new Div(new H2(host.getTranslation("barometer.thanks.title")),
                new Paragraph(host.getTranslation("barometer.thanks.text", closes, answered.thresholds().k())));
        box.addClassName("barometer-message");
        box.setId("barometer-thanks");
        box.addClassName("barometer-thanks");
        return box;
    }

    private Div thanks(Wave answered) {
        return thanks(this, getLocale(), answered);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.barometer");
    }
}
