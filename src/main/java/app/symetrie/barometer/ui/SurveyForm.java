package app.symetrie.barometer.ui;

import app.symetrie.barometer.AnswerForm;
import app.symetrie.barometer.AnswerRejected;
import app.symetrie.barometer.CatalogItem;
import app.symetrie.barometer.Dimension;
import app.symetrie.barometer.Frequency;
import app.symetrie.barometer.Questionnaire;
import app.symetrie.barometer.Statement;
import app.symetrie.barometer.Wave;
import app.symetrie.common.UserFacingException;
import app.symetrie.common.ui.BrowserStorage;
import app.symetrie.common.ui.Notifications;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.HasItemComponents;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * The questions of a wave in the person's language, on one scrollable page that works on a phone, with its progress,
 * its checks and its submit — the same form whichever way the person came in (signed in, a personal survey link, a
 * kiosk code). When given a {@link DraftSeal}, the answer in progress is kept in the browser, sealed with keys of
 * this session only (docs/decisions/009-survey-drafts.md).
 */
class SurveyForm extends Div {

    /** Gives the answer to the service that stores it. */
    @FunctionalInterface
    interface Sender {
        /**
         * @throws AnswerRejected      when answers are missing
         * @throws UserFacingException when the answer is refused
         */
        void send(AnswerForm form);
    }

    /** What the page does once the answer is sent or refused. */
    interface Outcome {
        void sent();

        /** @return whether the form is over (the answer can no longer be given this way), else it may be sent again */
        boolean refused(UserFacingException e);
    }

    private final Map<String, Integer> scores = new HashMap<>();
    private final Map<String, Frequency> frequencies = new HashMap<>();
    private final Map<String, Integer> comfort = new HashMap<>();
    private final Set<String> painPoints = new HashSet<>();
    private @Nullable Integer recommend;
    private final Map<String, Component> questionComponents = new LinkedHashMap<>();
    private final Map<String, RadioButtonGroup<Integer>> scoreGroups = new HashMap<>();
    private final Map<String, RadioButtonGroup<Frequency>> frequencySelects = new HashMap<>();
    private final Map<String, RadioButtonGroup<Integer>> comfortGroups = new HashMap<>();
    private final Map<String, Button> painChips = new HashMap<>();
    private final RadioButtonGroup<Integer> recommendGroup = new RadioButtonGroup<>();
    /** The optional journey-moment ratings (the Satisfaction Map). */
    private final JourneyMomentsBlock moments;
    private final TextArea comment = new TextArea();
    /** The optional ratings of support functions; shown once the page offers some. */
    private final SupportRatingsBlock supportRatings = new SupportRatingsBlock();
    private final ProgressBar progress = new ProgressBar();
    private final Span progressText = new Span();
    /** After a refused send: how many questions still wait, in the sticky bar, where it covers no question. */
    private final Span missingSummary = new Span();
    private boolean showingMissing;
    private final Questionnaire questionnaire;
    private final Wave wave;
    /** This person's draft keys and where the draft lives in the browser; null when there is nobody to keep it for. */
    private final @Nullable DraftSeal seal;
    private final String slot;
    private final Sender sender;
    private final Outcome outcome;
    private boolean restoring;

    private String date(java.time.LocalDate day) {
        return day.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale()));
    }

    /**
     * @param seal    keys of the person's draft in this browser, or null to keep no draft (a shared kiosk)
     * @param sender  gives the answer to the service; throws when it is refused
     * @param outcome what follows a sent or refused answer
     */
    SurveyForm(Wave open, Questionnaire q, @Nullable DraftSeal seal, Sender sender, Outcome outcome) {
        this.sender = sender;
        this.outcome = outcome;
        this.wave = open;
        this.questionnaire = q;
        this.seal = seal;
        this.slot = seal == null ? "" : seal.slot(open.id().value());
        addClassName("survey-form");
        var locale = getLocale();

        Div intro = new Div();
        intro.addClassName("barometer-intro");
        intro.add(new H2(open.campaignName()));
        intro.add(new Paragraph(getTranslation("barometer.intro", date(open.closesOn()), q.questionCount())));
        Paragraph anonymity = new Paragraph(getTranslation("barometer.anonymity", open.thresholds().k()));
        anonymity.addClassName("barometer-anonymity");
        intro.add(anonymity);
        add(intro);

        progress.getElement().setAttribute("aria-label", getTranslation("barometer.progress.aria"));
        Div bar = new Div(progress, progressText);
        bar.addClassName("barometer-progress-bar");
        missingSummary.setId("barometer-missing");
        missingSummary.addClassName("barometer-missing");
        missingSummary.getElement().setAttribute("role", "status");
        missingSummary.setVisible(false);
        Div sticky = new Div(bar, missingSummary);
        sticky.addClassName("barometer-progress");
        progressText.setId("barometer-progress-text");
        add(sticky);

        for (Dimension dimension : q.dimensions()) {
            Div section = new Div(new H3(dimension.name().in(locale)));
            section.addClassName("barometer-section");
            for (Statement statement : dimension.statements()) {
                section.add(scoreQuestion(statement));
            }
            add(section);
        }

        Div tools = new Div(new H3(getTranslation("barometer.tools.title")),
                new Paragraph(getTranslation("barometer.tools.hint")));
        tools.addClassName("barometer-section");
        Div grid = new Div();
        grid.addClassName("tool-grid");
        q.tools().forEach(tool -> grid.add(toolRow(tool)));
        tools.add(grid);
        add(tools);

        Div pains = new Div(new H3(getTranslation("barometer.pains.title")),
                new Paragraph(getTranslation("barometer.pains.hint")));
        pains.addClassName("barometer-section");
        Div chips = new Div();
        chips.addClassName("chips");
        q.painPoints().forEach(p -> chips.add(painChip(p)));
        pains.add(chips);
        add(pains);

        moments = new JourneyMomentsBlock(q.moments(), this::changed);
        if (!q.moments().isEmpty()) {
            add(moments);
        }

        Div nps = new Div(new H3(q.recommendQuestion().in(locale)));
        nps.addClassName("barometer-section");
        // One radio group of eleven options (arrow keys move, one tab stop), drawn as a row of buttons.
        recommendGroup.setItems(IntStream.rangeClosed(0, 10).boxed().toList());
        recommendGroup.setAriaLabel(q.recommendQuestion().in(locale) + " " + getTranslation("barometer.nps.aria"));
        recommendGroup.addClassName("nps-group");
        recommendGroup.setId("barometer-recommend");
        recommendGroup.addValueChangeListener(e -> {
            recommend = e.getValue();
            if (recommend != null) {
                recommendGroup.setInvalid(false);
            }
            changed();
        });
        recommendGroup.getChildren().forEach(option -> {
            if (option instanceof HasItemComponents.ItemComponent<?> item) {
                option.setId("nps-" + item.getItem());
            }
        });
        Div npsScale = new Div(new Span(getTranslation("barometer.nps.low")), new Span(getTranslation("barometer.nps.high")));
        npsScale.addClassName("nps-scale");
        npsScale.getElement().setAttribute("aria-hidden", "true");
        nps.add(recommendGroup, npsScale);
        questionComponents.put("recommend", nps);
        add(nps);

        add(supportRatings);

        Paragraph commentPrompt = new Paragraph(q.commentPrompt().in(locale));
        commentPrompt.addClassName("comment-prompt");
        comment.setAriaLabel(q.commentPrompt().in(locale));
        comment.setMaxLength(AnswerForm.COMMENT_MAX);
        comment.setWidthFull();
        comment.setHelperText(getTranslation("barometer.comment.helper"));
        comment.addValueChangeListener(e -> changed());
        comment.setId("barometer-comment");
        Div commentSection = new Div(commentPrompt, comment);
        commentSection.addClassName("barometer-section");
        add(commentSection);

        Button submit = new Button(getTranslation("barometer.submit"), VaadinIcon.PAPERPLANE.create());
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        submit.setDisableOnClick(true);
        submit.setId("barometer-submit");
        submit.addClickListener(e -> submit(submit));
        Div actions = new Div(submit);
        actions.addClassName("barometer-actions");
        add(actions);

        updateProgress();
        restoreDraft();
    }

    private Component scoreQuestion(Statement statement) {
        RadioButtonGroup<Integer> group = NumberedScale.of(statement.text().in(getLocale()), "barometer.scale.");
        group.addClassName("likert");
        group.setId("q-" + statement.code().replace('.', '-'));
        group.addValueChangeListener(e -> {
            if (e.getValue() == null) {
                scores.remove(statement.code());
            } else {
                scores.put(statement.code(), e.getValue());
                group.setInvalid(false);
            }
            changed();
        });
        scoreGroups.put(statement.code(), group);
        questionComponents.put(statement.code(), group);
        return group;
    }

    private Component toolRow(CatalogItem tool) {
        Span name = new Span(tool.label().in(getLocale()));
        name.addClassName("tool-name");
        RadioButtonGroup<Frequency> frequency = new RadioButtonGroup<>();
        frequency.setItems(Frequency.values());
        frequency.setItemLabelGenerator(f -> getTranslation("barometer.frequency." + f.name()));
        frequency.setAriaLabel(getTranslation("barometer.frequency.aria", tool.label().in(getLocale())));
        frequency.addClassName("tool-frequency");
        frequency.setId("tool-" + tool.code() + "-frequency");
        RadioButtonGroup<Integer> comfortGroup = new RadioButtonGroup<>();
        comfortGroup.setItems(1, 2, 3, 4, 5);
        comfortGroup.setAriaLabel(getTranslation("barometer.comfort.aria", tool.label().in(getLocale())));
        comfortGroup.addClassName("tool-comfort");
        comfortGroup.setId("tool-" + tool.code() + "-comfort");
        comfortGroup.setEnabled(false);
        // Says what the greyed scale is and why it is greyed.
        comfortGroup.setHelperText(getTranslation("barometer.comfort.first"));
        frequency.addValueChangeListener(e -> {
            if (e.getValue() == null) {
                frequencies.remove(tool.code());
            } else {
                frequencies.put(tool.code(), e.getValue());
                frequency.setInvalid(false);
            }
            boolean used = e.getValue() != null && e.getValue() != Frequency.NEVER;
            comfortGroup.setEnabled(used);
            comfortGroup.setHelperText(getTranslation(used ? "barometer.comfort.scale"
                    : e.getValue() == null ? "barometer.comfort.first" : "barometer.comfort.never"));
            if (!used) {
                comfortGroup.clear();
                comfort.remove(tool.code());
                comfortGroup.setInvalid(false);
            }
            changed();
        });
        comfortGroup.addValueChangeListener(e -> {
            if (e.getValue() == null) {
                comfort.remove(tool.code());
            } else {
                comfort.put(tool.code(), e.getValue());
                comfortGroup.setInvalid(false);
            }
            changed();
        });
        frequencySelects.put(tool.code(), frequency);
        comfortGroups.put(tool.code(), comfortGroup);
        Div row = new Div(name, frequency, comfortGroup);
        row.addClassName("tool-row");
        questionComponents.put(tool.code(), row);
        return row;
    }

    private Component painChip(CatalogItem pain) {
        Button chip = new Button(pain.label().in(getLocale()));
        chip.addClassName("chip");
        chip.setId("pain-" + pain.code());
        chip.getElement().setAttribute("aria-pressed", "false");
        chip.addClickListener(e -> {
            if (!painPoints.remove(pain.code())) {
                painPoints.add(pain.code());
            }
            refreshChip(pain.code());
            changed();
        });
        painChips.put(pain.code(), chip);
        return chip;
    }

    private void refreshChip(String code) {
        Button chip = painChips.get(code);
        if (chip != null) {
            boolean on = painPoints.contains(code);
            chip.getElement().setAttribute("aria-pressed", String.valueOf(on));
            if (on) {
                chip.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            } else {
                chip.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
        }
    }

    private void refreshRecommend() {
        recommendGroup.setValue(recommend);
    }

    private void changed() {
        updateProgress();
        if (!restoring && seal != null) {
            String draft = DraftCodec.encode(new DraftCodec.Draft(scores, frequencies, comfort, painPoints, recommend,
                    comment.getValue(), moments.ratings()));
            BrowserStorage.write(this, slot, seal.seal(wave.id().value(), draft));
        }
    }

    /**
     * Reads this person's sealed draft back and removes every other draft kept in this browser: only the slot of the
     * session's own keys can still be opened, so any other is someone else's or an expired session's (or an unsealed
     * draft of an earlier version), and is dead weight at best. A blob that does not open is removed silently.
     */
    private void restoreDraft() {
        if (seal == null) {
            return;
        }
        String waveId = wave.id().value();
        DraftSeal keys = seal;
        BrowserStorage.readForgettingOthers(this, DraftSeal.SLOT_PREFIX, slot)
                .then(String.class, value -> {
                    if (value == null || value.isEmpty()) {
                        return;
                    }
                    var opened = keys.open(waveId, value);
                    if (opened.isEmpty()) {
                        forgetDraft();
                        return;
                    }
                    DraftCodec.Draft draft = DraftCodec.decode(opened.get());
                    restoring = true;
                    try {
                        draft.scores().forEach((code, v) -> {
                            if (scoreGroups.containsKey(code)) {
                                scoreGroups.get(code).setValue(v);
                            }
                        });
                        draft.frequencies().forEach((code, f) -> {
                            if (frequencySelects.containsKey(code)) {
                                frequencySelects.get(code).setValue(f);
                            }
                        });
                        draft.comfort().forEach((code, v) -> {
                            if (comfortGroups.containsKey(code) && comfortGroups.get(code).isEnabled()) {
                                comfortGroups.get(code).setValue(v);
                            }
                        });
                        draft.painPoints().stream().filter(painChips::containsKey).forEach(code -> {
                            painPoints.add(code);
                            refreshChip(code);
                        });
                        moments.restore(draft.moments());
                        recommend = draft.recommend();
                        refreshRecommend();
                        comment.setValue(draft.comment());
                    } finally {
                        restoring = false;
                    }
                    updateProgress();
                    Notifications.success(this, "barometer.draft.restored");
                });
    }

    /** Through the UI, not this form: the form is detached right after a sent answer, and would run nothing. */
    private void forgetDraft() {
        if (!slot.isEmpty()) {
            BrowserStorage.remove(getUI().map(Component.class::cast).orElse(this), slot);
        }
    }

    private int answeredCount() {
        int tools = (int) frequencySelects.keySet().stream().filter(code -> frequencies.containsKey(code)
                && (frequencies.get(code) == Frequency.NEVER || comfort.containsKey(code))).count();
        return scores.size() + tools + (recommend == null ? 0 : 1);
    }

    private int questionTotal() {
        return scoreGroups.size() + frequencySelects.size() + 1;
    }

    private void updateProgress() {
        int total = questionTotal();
        int done = answeredCount();
        progress.setValue(total == 0 ? 0 : (double) done / total);
        progressText.setText(getTranslation("barometer.progress", done, total));
        if (showingMissing) {
            missingSummary.setText(getTranslation("barometer.missing", total - done));
            missingSummary.setVisible(done < total);
        }
    }

    private AnswerForm form() {
        Map<String, AnswerForm.ToolUse> tools = new HashMap<>();
        frequencies.forEach((code, f) -> tools.put(code,
                new AnswerForm.ToolUse(f, f == Frequency.NEVER ? null : comfort.get(code))));
        return new AnswerForm(scores, tools, painPoints, recommend, comment.getValue())
                .withMoments(moments.ratings()).withServices(supportRatings.ratings());
    }

    /** Offers the optional block rating these support functions (never the respondent's own department). */
    SurveyForm offerSupportFunctions(List<app.symetrie.barometer.ServiceStatements.RatedFunction> functions) {
        supportRatings.offer(functions);
        return this;
    }

    private void submit(Button submit) {
        try {
            sender.send(form());
            forgetDraft();
            getUI().ifPresent(ui -> ui.getElement().executeJs("window.scrollTo(0, 0)"));
            outcome.sent();
        } catch (AnswerRejected e) {
            // Said in the sticky bar and beside each question, not in a notification over the question it points to.
            showMissing(e.missing());
            showingMissing = true;
            missingSummary.setText(getTranslation(e.messageKey(), e.missing().size()));
            missingSummary.setVisible(true);
            submit.setEnabled(true);
        } catch (UserFacingException e) {
            Notifications.error(this, e);
            if (outcome.refused(e)) {
                forgetDraft();
            } else {
                submit.setEnabled(true);
            }
        }
    }

    private void showMissing(Map<String, String> missing) {
        missing.forEach((code, key) -> {
            String message = getTranslation(key);
            if (scoreGroups.containsKey(code)) {
                mark(scoreGroups.get(code), message);
            } else if (frequencySelects.containsKey(code)) {
                if ("barometer.error.tool.comfort".equals(key)) {
                    mark(Objects.requireNonNull(comfortGroups.get(code), "put with its frequency"), message);
                } else {
                    mark(frequencySelects.get(code), message);
                }
            } else if ("recommend".equals(code)) {
                mark(recommendGroup, message);
            }
        });
        List<String> order = List.copyOf(questionComponents.keySet());
        order.stream().filter(missing::containsKey).findFirst().map(questionComponents::get)
                .ifPresent(c -> c.scrollIntoView());
    }

    private static void mark(HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }

}
