package app.symetrie.action.ui;

import app.symetrie.action.Action;
import app.symetrie.action.ActionCatalog;
import app.symetrie.action.ActionDraft;
import app.symetrie.action.ActionId;
import app.symetrie.action.ActionService;
import app.symetrie.action.Choice;
import app.symetrie.action.Owner;
import app.symetrie.action.Target;
import app.symetrie.action.TargetKind;
import app.symetrie.action.Visibility;
import app.symetrie.common.Role;
import app.symetrie.common.UserFacingException;
import app.symetrie.common.ui.Notifications;
import app.symetrie.organization.DepartmentId;
import app.symetrie.training.CourseId;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Creates or edits an action. {@code ?department=…} (or {@code company}) creates one, optionally pre-filled with
 * {@code &kind=PAIN_POINT&code=…} — what the board's "act on this" opens; {@code ?id=…} edits one from the version it
 * was read at. When someone else changed the action meanwhile, the save is refused and what was typed stays in the
 * form.
 */
@Route("actions/edit")
@RolesAllowed(Role.MANAGER_ROLE)
public class ActionEditView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ActionService service;
    private final ActionCatalog catalog;
    private final TextField title = new TextField();
    private final TextArea description = new TextArea();
    private final Select<TargetKind> kind = new Select<>();
    private final ComboBox<Choice> code = new ComboBox<>();
    private final MultiSelectComboBox<Owner> owners = new MultiSelectComboBox<>();
    private final DatePicker startOn = new DatePicker();
    private final DatePicker dueOn = new DatePicker();
    private final IntegerField percent = new IntegerField();
    private final RadioButtonGroup<Visibility> visibility = new RadioButtonGroup<>();
    private final MultiSelectComboBox<Choice> courses = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<Choice> topics = new MultiSelectComboBox<>();
    private final H2 heading = new H2();
    private @Nullable DepartmentId department;
    private @Nullable Action editing;

    ActionEditView(ActionService service) {
        this.service = service;
        this.catalog = service.catalog(getLocale());
        addClassName("action-edit");
        title.setLabel(getTranslation("action.title"));
        title.setMaxLength(ActionDraft.TITLE_MAX);
        title.setRequired(true);
        title.setId("action-title");
        description.setLabel(getTranslation("action.description"));
        description.setMaxLength(ActionDraft.DESCRIPTION_MAX);
        description.setId("action-description");
        kind.setLabel(getTranslation("action.target"));
        kind.setItems(TargetKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("action.target." + k));
        kind.setEmptySelectionAllowed(true);
        kind.setEmptySelectionCaption(getTranslation("action.target.none"));
        kind.setId("action-target-kind");
        code.setLabel(getTranslation("action.target.code"));
        code.setItemLabelGenerator(Choice::label);
        code.setId("action-target-code");
        code.setEnabled(false);
        kind.addValueChangeListener(e -> {
            code.clear();
            code.setEnabled(e.getValue() != null);
            code.setItems(e.getValue() == null ? List.of() : catalog.targets().getOrDefault(e.getValue(), List.of()));
        });
        owners.setLabel(getTranslation("action.owners"));
        owners.setItemLabelGenerator(Owner::name);
        owners.setId("action-owners");
        startOn.setLabel(getTranslation("action.start"));
        startOn.setId("action-start");
        dueOn.setLabel(getTranslation("action.due"));
        dueOn.setId("action-due");
        percent.setLabel(getTranslation("action.percent"));
        percent.setMin(0);
        percent.setMax(100);
        percent.setStepButtonsVisible(true);
        percent.setValue(0);
        percent.setId("action-percent");
        visibility.setLabel(getTranslation("action.visibility"));
        visibility.setItems(Visibility.values());
        visibility.setItemLabelGenerator(v -> getTranslation("action.visibility." + v));
        visibility.setValue(Visibility.TEAM);
        visibility.setId("action-visibility");
        courses.setLabel(getTranslation("action.courses"));
        courses.setItems(catalog.courses());
        courses.setItemLabelGenerator(Choice::label);
        courses.setId("action-courses");
        topics.setLabel(getTranslation("action.topics"));
        topics.setItems(catalog.topics());
        topics.setItemLabelGenerator(Choice::label);
        topics.setId("action-topics");

        FormLayout form = new FormLayout();
        form.add(title, 2);
        form.add(description, 2);
        form.add(kind, code, owners, visibility, startOn, dueOn, percent);
        form.add(courses, topics);
        Button save = new Button(getTranslation("action.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("action-save");
        Button cancel = new Button(getTranslation("action.cancel"), e -> back());
        add(heading, new Paragraph(getTranslation("action.edit.intro")), form, new HorizontalLayout(save, cancel));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters parameters = event.getLocation().getQueryParameters();
        Optional<String> id = parameters.getSingleParameter("id");
        if (id.isPresent()) {
            Optional<Action> found = id.filter(v -> !v.isBlank()).flatMap(v -> service.action(new ActionId(v)))
                    .filter(Action::canModerate);
            if (found.isEmpty()) {
                Notifications.error(this, "action.error.unknown");
                event.forwardTo(ActionPlanView.class);
                return;
            }
            editing = found.get();
            department = editing.departmentId();
            heading.setText(getTranslation("action.edit.title"));
            fill(editing);
            return;
        }
        department = ActionPlanView.department(parameters.getSingleParameter("department").orElse(null))
                .orElse(null);
        if (!service.moderates(department)) {
            Notifications.error(this, "action.error.not-moderator");
            event.forwardTo(ActionPlanView.class);
            return;
        }
        heading.setText(getTranslation("action.create"));
        owners.setItems(service.ownerChoices(department));
        visibility.setValue(ActionPlanView.defaultVisibility(department));
        visibility.setEnabled(department != null);
        // "Act on this": the board hands the target over.
        Optional<TargetKind> preKind = parameters.getSingleParameter("kind").flatMap(ActionEditView::kindOf);
        preKind.ifPresent(k -> {
            kind.setValue(k);
            parameters.getSingleParameter("code").flatMap(c -> catalog.targets().getOrDefault(k, List.of()).stream()
                    .filter(choice -> choice.code().equals(c)).findFirst()).ifPresent(choice -> {
                        code.setValue(choice);
                        title.setValue(getTranslation("action.prefill.title", choice.label()));
                    });
        });
    }

    private static Optional<TargetKind> kindOf(String value) {
        return Arrays.stream(TargetKind.values()).filter(k -> k.name().equals(value))
                .findFirst();
    }

    private void fill(Action a) {
        List<Owner> choices = new java.util.ArrayList<>(service.ownerChoices(a.departmentId()));
        a.owners().stream().filter(o -> !choices.contains(o)).forEach(choices::add);
        owners.setItems(choices);
        title.setValue(a.title());
        description.setValue(a.description());
        if (a.target() != null) {
            kind.setValue(a.target().kind());
            catalog.targets().getOrDefault(a.target().kind(), List.of()).stream()
                    .filter(c -> c.code().equals(a.target().code())).findFirst().ifPresent(code::setValue);
        }
        owners.setValue(new LinkedHashSet<>(a.owners()));
        startOn.setValue(a.startOn());
        dueOn.setValue(a.dueOn());
        percent.setValue(a.percent());
        visibility.setValue(a.visibility());
        visibility.setEnabled(a.departmentId() != null);
        courses.setValue(pick(catalog.courses(), a.courses().stream().map(CourseId::value).toList()));
        topics.setValue(pick(catalog.topics(), a.topics()));
    }

    private static Set<Choice> pick(List<Choice> choices, List<String> codes) {
        Set<Choice> picked = new LinkedHashSet<>();
        choices.stream().filter(c -> codes.contains(c.code())).forEach(picked::add);
        return picked;
    }

    private void save() {
        ActionDraft draft;
        try {
            Target target = kind.getValue() == null || code.getValue() == null ? null
                    : new Target(kind.getValue(), code.getValue().code());
            draft = new ActionDraft(title.getValue(), description.getValue(), target,
                    owners.getValue().stream().map(Owner::id).toList(), startOn.getValue(), dueOn.getValue(),
                    percent.getValue() == null ? -1 : percent.getValue(),
                    visibility.getValue() == null ? Visibility.TEAM : visibility.getValue(),
                    courses.getValue().stream().map(c -> new CourseId(c.code())).toList(),
                    topics.getValue().stream().map(Choice::code).toList());
        } catch (IllegalArgumentException e) {
            Notifications.error(this, String.valueOf(e.getMessage()));
            return;
        }
        try {
            if (editing == null) {
                service.create(department, draft);
                Notifications.success(this, "action.created");
            } else {
                service.update(editing.id(), editing.version(), draft);
                Notifications.success(this, "action.plan.saved");
            }
            back();
        } catch (UserFacingException e) {
            // What was typed stays in the form: nothing is lost, the person decides what to keep.
            Notifications.error(this, e);
        }
    }

    private void back() {
        getUI().ifPresent(ui -> ui.navigate(ActionPlanView.class, QueryParameters.of("department",
                department == null ? ActionPlanView.COMPANY : department.value())));
    }

    @Override
    public String getPageTitle() {
        return getTranslation(editing == null ? "action.create" : "action.edit.title");
    }
}
