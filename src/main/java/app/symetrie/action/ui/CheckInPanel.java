package app.symetrie.action.ui;

import app.symetrie.action.CheckIn;
import app.symetrie.action.CheckInResult;
import app.symetrie.action.CheckInService;
import app.symetrie.common.UserFacingException;
import app.symetrie.common.ui.Formats;
import app.symetrie.common.ui.Notifications;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An action's check-in where it is shown (its card in the plan, the home page, "You said, we did"): the question while
 * it is open to the person, what happens next otherwise, and once closed the mean with its interval or "too few
 * answers". Answering replaces the question by a thank-you; nothing on screen says what the person answered.
 */
public class CheckInPanel extends Div {

    private final CheckInService service;
    private CheckIn checkIn;
    private final boolean showTitle;

    public CheckInPanel(CheckInService service, CheckIn checkIn, boolean showTitle) {
        this.service = service;
        this.checkIn = checkIn;
        this.showTitle = showTitle;
        addClassName("action-checkin");
        setId("checkin-" + checkIn.actionId().value());
        render();
    }

    private void render() {
        removeAll();
        setVisible(checkIn.state() != CheckIn.State.NONE);
        if (showTitle) {
            Span title = new Span(checkIn.department().isEmpty() ? checkIn.title()
                    : getTranslation("action.checkin.of", checkIn.title(), checkIn.department()));
            title.addClassName("action-checkin-title");
            add(title);
        }
        switch (checkIn.state()) {
            case NONE -> {
            }
            case NOT_YET -> add(new Paragraph(getTranslation("action.checkin.not-yet", date(checkIn.opensOn()))));
            case OPEN -> open();
            case CLOSING -> add(new Paragraph(getTranslation("action.checkin.closing")));
            case NOT_READABLE -> add(new Paragraph(getTranslation("action.checkin.not-readable")));
            case CLOSED -> closed(checkIn.result());
        }
    }

    private void open() {
        if (checkIn.answeredByMe()) {
            add(new Paragraph(getTranslation("action.checkin.answered", date(checkIn.closesOn()))));
            return;
        }
        if (!checkIn.mayAnswer()) {
            add(new Paragraph(getTranslation("action.checkin.open-to-team", date(checkIn.closesOn()))));
            return;
        }
        RadioButtonGroup<Integer> score = new RadioButtonGroup<>(getTranslation("action.checkin.question"));
        score.setItems(List.of(1, 2, 3, 4, 5));
        score.setItemLabelGenerator(v -> getTranslation("action.checkin.score." + v));
        score.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        score.addClassName("action-checkin-score");
        Button send = new Button(getTranslation("action.checkin.send"));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClassName("action-checkin-send");
        send.addClickListener(e -> {
            if (score.getValue() == null) {
                score.setInvalid(true);
                score.setErrorMessage(getTranslation("action.checkin.error.score"));
                return;
            }
            try {
                service.answer(checkIn.actionId(), score.getValue());
                Notifications.success(this, "action.checkin.thanks");
            } catch (UserFacingException refused) {
                Notifications.error(this, refused);
            }
            checkIn = service.checkIn(checkIn.actionId());
            render();
        });
        Paragraph note = new Paragraph(getTranslation("action.checkin.note", date(checkIn.closesOn())));
        note.addClassName("hint");
        add(score, send, note);
    }

    private void closed(@Nullable CheckInResult result) {
        if (result == null) {
            add(new Paragraph(getTranslation("action.checkin.closing")));
            return;
        }
        if (!result.shown() || result.mean() == null) {
            add(new Paragraph(getTranslation("action.checkin.too-few", result.k())));
            return;
        }
        Paragraph p = new Paragraph(getTranslation("action.checkin.result",
                Formats.decimal(getLocale(), result.mean(), 1), Formats.decimal(getLocale(), result.low(), 1),
                Formats.decimal(getLocale(), result.high(), 1), result.n()));
        p.addClassName("action-checkin-result");
        add(p);
    }

    private String date(@Nullable LocalDate d) {
        return d == null ? "—" : Formats.date(getLocale(), d);
    }
}
