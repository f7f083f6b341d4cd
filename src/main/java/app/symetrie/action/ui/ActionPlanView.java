package app.symetrie.action.ui;

import app.symetrie.action.Action;
import app.symetrie.action.ActionCatalog;
import app.symetrie.action.ActionComment;
import app.symetrie.action.ActionEffect;
import app.symetrie.action.ActionService;
import app.symetrie.action.ActionStatus;
import app.symetrie.action.CheckIn;
import app.symetrie.action.CheckInService;
import app.symetrie.action.Choice;
import app.symetrie.action.Proposal;
import app.symetrie.action.Target;
import app.symetrie.action.TargetKind;
import app.symetrie.action.Visibility;
import app.symetrie.board.IndicatorFigures;
import app.symetrie.common.UserFacingException;
import app.symetrie.common.ui.Blocks;
import app.symetrie.common.ui.Formats;
import app.symetrie.common.ui.Notifications;
import app.symetrie.organization.Department;
import app.symetrie.organization.DepartmentId;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A department's action plan (or the company-wide one): its actions with their target, owners, dates, status and
 * progress, the team's proposals, +1s and unattributed comments, and each action's measured effect. The department's
 * manager (and a lead) moderates; its people propose, support and comment; everyone else reads what was shared with
 * the whole company.
 */
@Route("actions")
@PermitAll
@Menu(order = 31, icon = "vaadin:tasks", title = "nav.actions")
public class ActionPlanView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** The plan parameter value of the company-wide plan. */
    static final String COMPANY = "company";

    private final ActionService service;
    private final CheckInService checkIns;
    private final ComboBox<String> plan = new ComboBox<>();
    private final Div content = new Div();
    private final List<Department> departments;
    private @Nullable ActionCatalog catalog;
    private boolean updating;

    ActionPlanView(ActionService service, CheckInService checkIns) {
        this.service = service;
        this.checkIns = checkIns;
        addClassName("action-plan");
        departments = service.departments();
        List<String> items = new java.util.ArrayList<>();
        items.add(COMPANY);
        departments.forEach(d -> items.add(d.id().value()));
        plan.setItems(items);
        plan.setItemLabelGenerator(this::planLabel);
        plan.setLabel(getTranslation("action.plan"));
        plan.setId("action-plan-picker");
        plan.setWidth("20rem");
        plan.addValueChangeListener(e -> {
            if (!updating && e.isFromClient()) {
                getUI().ifPresent(ui -> ui.navigate(ActionPlanView.class,
                        QueryParameters.of("department", String.valueOf(e.getValue()))));
            }
        });
        content.setWidthFull();
        add(new Paragraph(getTranslation("action.plan.intro")), plan, content);
    }

    private String planLabel(String value) {
        if (COMPANY.equals(value)) {
            return getTranslation("action.plan.company");
        }
        return departments.stream().filter(d -> d.id().value().equals(value)).map(Department::name).findFirst()
                .orElse(value);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String asked = event.getLocation().getQueryParameters().getSingleParameter("department")
                .orElseGet(() -> service.homeDepartment().map(DepartmentId::value).orElse(COMPANY));
        String wanted = COMPANY.equals(asked) || departments.stream().anyMatch(d -> d.id().value().equals(asked))
                ? asked : COMPANY;
        updating = true;
        plan.setValue(wanted);
        updating = false;
        refresh();
    }

    private @Nullable DepartmentId selected() {
        String value = plan.getValue();
        return value == null || COMPANY.equals(value) ? null : new DepartmentId(value);
    }

    private ActionCatalog catalog() {
        if (catalog == null) {
            catalog = service.catalog(getLocale());
        }
        return catalog;
    }

    void refresh() {
        content.removeAll();
        DepartmentId department = selected();
        HorizontalLayout bar = new HorizontalLayout();
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.setWrap(true);
        if (service.moderates(department)) {
            Button create = new Button(getTranslation("action.create"), e -> getUI().ifPresent(ui -> ui.navigate(
                    ActionEditView.class, QueryParameters.of("department",
                            department == null ? COMPANY : department.value()))));
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            create.setId("action-create");
            bar.add(create);
        }
        if (department != null && service.mayPropose(department)) {
            Button propose = new Button(getTranslation("action.propose"), e -> proposeDialog().open());
            propose.setId("action-propose");
            bar.add(propose);
        }
        content.add(bar);
        List<Action> actions = service.plan(department);
        Div cards = new Div();
        cards.addClassName("card-list");
        cards.setId("actions");
        actions.forEach(a -> cards.add(card(a)));
        if (actions.isEmpty()) {
            content.add(Blocks.emptyState(getTranslation(department == null ? "action.plan.empty.company"
                    : "action.plan.empty")));
        }
        content.add(cards);
        if (department != null && service.homeDepartment().map(department::equals).orElse(false)) {
            List<Action> shared = service.sharedByOthers();
            if (!shared.isEmpty()) {
                content.add(new H2(getTranslation("action.shared")));
                Div others = new Div();
                others.addClassName("card-list");
                others.setId("shared-actions");
                shared.forEach(a -> others.add(card(a)));
                content.add(others);
            }
        }
    }

    private Div card(Action a) {
        Div card = new Div();
        card.addClassNames("card", "action-card");
        H3 title = new H3(a.title());
        Div badges = new Div();
        badges.addClassName("badges");
        badges.add(Blocks.badge(getTranslation("action.status." + a.status()), statusTheme(a.status())));
        if (a.overdue()) {
            badges.add(Blocks.badge(getTranslation("action.overdue"), "error"));
        }
        if (a.proposed()) {
            badges.add(Blocks.badge(getTranslation("action.from-team"), "contrast"));
        }
        if (!a.department().isEmpty() && !a.canContribute() && !a.canModerate()) {
            badges.add(Blocks.badge(a.department(), "contrast"));
        }
        badges.add(Blocks.badge(getTranslation("action.visibility." + a.visibility()), "contrast"));
        card.add(title, badges);
        if (!a.description().isEmpty()) {
            Paragraph description = new Paragraph(a.description());
            description.addClassName("action-description");
            card.add(description);
        }
        UnorderedList facts = new UnorderedList();
        facts.addClassName("action-facts");
        if (a.target() != null) {
            facts.add(new ListItem(getTranslation("action.addresses", getTranslation("action.target." + a.target().kind()),
                    catalog().targetLabel(a.target()))));
        }
        if (!a.owners().isEmpty()) {
            facts.add(new ListItem(getTranslation("action.owners.value",
                    String.join(", ", a.owners().stream().map(app.symetrie.action.Owner::name).toList()))));
        }
        if (a.startOn() != null || a.dueOn() != null) {
            facts.add(new ListItem(getTranslation("action.dates.value", date(a.startOn()), date(a.dueOn()))));
        }
        if (!a.courses().isEmpty()) {
            ListItem courses = new ListItem(getTranslation("action.courses") + " : ");
            courses.add(new Anchor("training", String.join(", ", a.courses().stream()
                    .map(c -> catalog().courseLabel(c.value())).toList())));
            facts.add(courses);
        }
        if (!a.topics().isEmpty()) {
            ListItem topics = new ListItem(getTranslation("action.topics") + " : ");
            topics.add(new Anchor("help", String.join(", ", a.topics().stream()
                    .map(catalog()::topicLabel).toList())));
            facts.add(topics);
        }
        card.add(facts);
        if (a.status() != ActionStatus.PROPOSED) {
            ProgressBar progress = new ProgressBar(0, 100, a.percent());
            progress.getElement().setAttribute("aria-label", getTranslation("action.percent.value", a.percent()));
            Div cell = new Div(new Span(getTranslation("action.percent.value", a.percent())), progress);
            cell.addClassName("bar-cell");
            card.add(cell);
        }
        card.add(teamRow(a));
        if (a.target() != null && a.status() != ActionStatus.PROPOSED) {
            Details effect = new Details(getTranslation("action.effect"));
            effect.addClassName("action-effect");
            effect.addOpenedChangeListener(e -> {
                if (e.isOpened() && effect.getContent().findAny().isEmpty()) {
                    effect.add(effect(a));
                }
            });
            card.add(effect);
        }
        if (a.status() == ActionStatus.IN_PROGRESS || a.status() == ActionStatus.DONE) {
            CheckIn checkIn = checkIns.checkIn(a.id());
            if (checkIn.state() != CheckIn.State.NONE) {
                Span label = new Span(getTranslation("action.checkin"));
                label.addClassName("action-checkin-label");
                card.add(label, new CheckInPanel(checkIns, checkIn, false));
            }
        }
        if (a.canModerate()) {
            card.add(moderation(a));
        }
        return card;
    }

    private static String statusTheme(ActionStatus status) {
        return switch (status) {
            case DONE -> "success";
            case DROPPED -> "error";
            default -> "contrast";
        };
    }

    private String date(java.time.@Nullable LocalDate date) {
        return date == null ? "—" : Formats.date(getLocale(), date);
    }

    private Component teamRow(Action a) {
        HorizontalLayout row = new HorizontalLayout();
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        Span supports = new Span(getTranslation("action.supports", a.supports()));
        supports.addClassName("action-supports");
        row.add(supports);
        if (a.canContribute() && a.status() != ActionStatus.DROPPED) {
            Button support = new Button(getTranslation(a.supportedByMe() ? "action.support.withdraw"
                    : "action.support"), e -> {
                run(() -> {
                    if (a.supportedByMe()) {
                        service.withdrawSupport(a.id());
                    } else {
                        service.support(a.id());
                    }
                });
            });
            support.addClassName("action-support");
            support.addThemeVariants(ButtonVariant.LUMO_SMALL);
            row.add(support);
        }
        Button comments = new Button(getTranslation("action.comments", a.comments()), e -> commentsDialog(a).open());
        comments.addClassName("action-comments");
        comments.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        row.add(comments);
        return row;
    }

    private Component moderation(Action a) {
        HorizontalLayout row = new HorizontalLayout();
        row.addClassName("action-moderation");
        row.setWrap(true);
        Button edit = new Button(getTranslation("action.edit"), e -> getUI().ifPresent(ui -> ui.navigate(
                ActionEditView.class, QueryParameters.of("id", a.id().value()))));
        edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
        edit.addClassName("action-edit");
        row.add(edit);
        for (ActionStatus next : a.status().next()) {
            String key = a.status() == ActionStatus.PROPOSED
                    ? (next == ActionStatus.PLANNED ? "action.accept" : "action.reject")
                    : switch (next) {
                        case PLANNED -> "action.move.back-to-planned";
                        case IN_PROGRESS -> "action.move.start";
                        case DONE -> "action.move.done";
                        case DROPPED -> "action.move.drop";
                        case PROPOSED -> throw new IllegalStateException("nothing moves back to proposed");
                    };
            Button move = new Button(getTranslation(key), e -> run(() -> service.move(a.id(), a.version(), next)));
            move.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            move.addClassName("action-move-" + next.name().toLowerCase(java.util.Locale.ROOT));
            row.add(move);
        }
        return row;
    }

    private void run(Runnable work) {
        try {
            work.run();
        } catch (UserFacingException e) {
            Notifications.error(this, e);
        }
        refresh();
    }

    // ----- effect

    private Component effect(Action a) {
        Div box = new Div();
        ActionEffect effect = service.effect(a.id());
        if (effect.state() != ActionEffect.State.MEASURED || effect.track() == null || effect.indicator() == null) {
            box.add(new Paragraph(getTranslation("action.effect.state." + effect.state())));
            return box;
        }
        IndicatorFigures.Indicator indicator = effect.indicator();
        IndicatorFigures.Track track = effect.track();
        String scope = a.departmentId() == null ? getTranslation("action.plan.company") : a.department();
        Target target = Objects.requireNonNull(a.target(), "an effect is measured only for an action with a target");
        box.add(new Paragraph(getTranslation("action.effect.intro", catalog().targetLabel(target), scope)));
        UnorderedList list = new UnorderedList();
        list.addClassName("action-effect-figures");
        IndicatorFigures.Figure base = track.baseline();
        if (base == null) {
            list.add(new ListItem(getTranslation("action.effect.no-baseline")));
        } else {
            list.add(new ListItem(getTranslation("action.effect.baseline", month(base.wave().opensOn()),
                    value(indicator, base))));
        }
        for (IndicatorFigures.Since since : track.since()) {
            IndicatorFigures.Figure f = since.figure();
            String text = getTranslation("action.effect.wave", month(f.wave().opensOn()), value(indicator, f));
            if (since.delta() != null) {
                text += " — " + getTranslation(since.clear() ? "action.effect.change.clear"
                        : "action.effect.change.unclear", change(indicator, since.delta()),
                        change(indicator, since.low()), change(indicator, since.high()));
            }
            list.add(new ListItem(text));
        }
        if (track.since().isEmpty()) {
            list.add(new ListItem(getTranslation("action.effect.no-wave-since")));
        }
        box.add(list);
        Paragraph caveat = new Paragraph(getTranslation("action.effect.caveat"));
        caveat.addClassName("empty-state");
        box.add(caveat);
        return box;
    }

    private String month(java.time.LocalDate date) {
        return DateTimeFormatter.ofPattern("MMMM yyyy", getLocale()).format(date);
    }

    private String value(IndicatorFigures.Indicator indicator, IndicatorFigures.Figure f) {
        if (!f.published() || f.value() == null) {
            return getTranslation("action.effect.hidden");
        }
        String v = switch (indicator) {
            case PAIN_POINT -> Formats.percent(getLocale(), f.value());
            case JOURNEY_MOMENT -> getTranslation("action.effect.value.moment", Formats.decimal(getLocale(), f.value(),
                    1));
            case DIMENSION, TOOL -> Formats.decimal(getLocale(), f.value(), 0);
        };
        return getTranslation("action.effect.value", v, f.n());
    }

    private String change(IndicatorFigures.Indicator indicator, @Nullable Double delta) {
        if (delta == null) {
            return "—";
        }
        double shown = indicator == IndicatorFigures.Indicator.PAIN_POINT ? delta * 100 : delta;
        String sign = shown > 0 ? "+" : "";
        // a moment's change is on its 1–5 scale: two decimals say what one says for 0–100 points
        return sign + Formats.decimal(getLocale(), shown, indicator == IndicatorFigures.Indicator.JOURNEY_MOMENT ? 2
                : 1);
    }

    // ----- dialogs

    private Dialog proposeDialog() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("action.propose"));
        dialog.add(new Paragraph(getTranslation("action.propose.note")));
        TextField title = new TextField(getTranslation("action.title"));
        title.setMaxLength(app.symetrie.action.ActionDraft.TITLE_MAX);
        title.setWidthFull();
        title.setId("proposal-title");
        TextArea description = new TextArea(getTranslation("action.description"));
        description.setMaxLength(app.symetrie.action.ActionDraft.DESCRIPTION_MAX);
        description.setWidthFull();
        description.setId("proposal-description");
        Select<TargetKind> kind = new Select<>();
        kind.setLabel(getTranslation("action.target"));
        kind.setItems(TargetKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("action.target." + k));
        kind.setEmptySelectionAllowed(true);
        kind.setEmptySelectionCaption(getTranslation("action.target.none"));
        ComboBox<Choice> code = new ComboBox<>(getTranslation("action.target.code"));
        code.setItemLabelGenerator(Choice::label);
        code.setEnabled(false);
        kind.addValueChangeListener(e -> {
            code.clear();
            code.setEnabled(e.getValue() != null);
            code.setItems(e.getValue() == null ? List.of() : catalog().targets().get(e.getValue()));
        });
        dialog.add(new VerticalLayout(title, description, new HorizontalLayout(kind, code)));
        Button send = new Button(getTranslation("action.propose.send"), e -> {
            try {
                Target target = kind.getValue() == null || code.getValue() == null ? null
                        : new Target(kind.getValue(), code.getValue().code());
                service.propose(new Proposal(title.getValue(), description.getValue(), target));
                dialog.close();
                Notifications.success(this, "action.propose.done");
                refresh();
            } catch (IllegalArgumentException ex) {
                Notifications.error(this, String.valueOf(ex.getMessage()));
            } catch (UserFacingException ex) {
                Notifications.error(this, ex);
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setId("proposal-send");
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), send);
        return dialog;
    }

    private Dialog commentsDialog(Action a) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(a.title());
        dialog.setWidth("min(40rem, 95vw)");
        Div list = new Div();
        list.setId("action-comment-list");
        Runnable[] refill = new Runnable[1];
        Runnable fill = () -> {
            list.removeAll();
            List<ActionComment> all = service.comments(a.id());
            if (all.isEmpty()) {
                list.add(Blocks.emptyState(getTranslation("action.comments.none")));
            }
            for (ActionComment c : all) {
                Div item = new Div();
                item.addClassName("action-comment");
                if (c.hidden()) {
                    item.addClassName("hidden-comment");
                }
                Span month = new Span(DateTimeFormatter.ofPattern("MMMM yyyy", getLocale()).format(c.month()));
                month.addClassName("figure-label");
                item.add(new Paragraph(c.text()), month);
                if (c.hidden()) {
                    item.add(Blocks.badge(getTranslation("action.comment.hidden"), "error"));
                }
                if (a.canModerate()) {
                    Button toggle = new Button(getTranslation(c.hidden() ? "action.comment.show"
                            : "action.comment.hide"), e -> {
                        try {
                            service.hideComment(a.id(), c.id(), !c.hidden());
                        } catch (UserFacingException ex) {
                            Notifications.error(this, ex);
                        }
                        // The list shows the change at once; the card's count follows.
                        refill[0].run();
                        refresh();
                    });
                    toggle.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                    toggle.addClassName("comment-toggle");
                    item.add(toggle);
                }
                list.add(item);
            }
        };
        refill[0] = fill;
        fill.run();
        dialog.add(new Paragraph(getTranslation("action.comments.note")), list);
        if (a.canContribute() && a.status() != ActionStatus.DROPPED) {
            TextArea text = new TextArea(getTranslation("action.comment.new"));
            text.setMaxLength(ActionComment.TEXT_MAX);
            text.setWidthFull();
            text.setId("action-comment-text");
            Button send = new Button(getTranslation("action.comment.send"), e -> {
                try {
                    service.comment(a.id(), text.getValue());
                    text.clear();
                    fill.run();
                    refresh();
                } catch (UserFacingException ex) {
                    Notifications.error(this, ex);
                }
            });
            send.setId("action-comment-send");
            send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            dialog.add(text);
            dialog.getFooter().add(send);
        }
        dialog.getFooter().add(new Button(getTranslation("action.close"), e -> dialog.close()));
        return dialog;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.actions");
    }

    static Optional<DepartmentId> department(@Nullable String value) {
        return value == null || value.isBlank() || COMPANY.equals(value) ? Optional.empty()
                : Optional.of(new DepartmentId(value));
    }

    static Visibility defaultVisibility(@Nullable DepartmentId department) {
        return department == null ? Visibility.COMPANY : Visibility.TEAM;
    }
}
