package app.symetrie.ambassador.ui;

import app.symetrie.ambassador.Ambassador;
import app.symetrie.ambassador.AmbassadorService;
import app.symetrie.ambassador.CoachingEntry;
import app.symetrie.ambassador.CoachingFormat;
import app.symetrie.ambassador.CoachingService;
import app.symetrie.ambassador.CoachingSession;
import app.symetrie.ambassador.CoachingSessionId;
import app.symetrie.ambassador.HelpRequest;
import app.symetrie.ambassador.HelpRequestId;
import app.symetrie.ambassador.HelpRequestService;
import app.symetrie.barometer.BarometerCatalog;
import app.symetrie.barometer.CatalogLabels;
import app.symetrie.barometer.CatalogItem;
import app.symetrie.common.InvalidValueException;
import app.symetrie.common.Role;
import app.symetrie.common.UserFacingException;
import app.symetrie.common.ui.Blocks;
import app.symetrie.common.ui.Notifications;
import app.symetrie.common.ui.ValueBinder;
import app.symetrie.organization.Department;
import app.symetrie.organization.OrganizationService;
import app.symetrie.organization.Team;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The coaching log, made to be filled in under a minute on a phone: everything has a sensible default (today, 30
 * minutes, one-to-one, one person, the ambassador's first department), so logging is often three taps and Save.
 * Opened with {@code ?request=…} it logs an accepted help request; with {@code ?session=…} it corrects a session.
 */
@Route("ambassador/log")
@RolesAllowed(Role.AMBASSADOR_ROLE)
@Menu(order = 26, icon = "vaadin:plus-circle", title = "nav.ambassador.log")
public class CoachingLogView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    static final int DEFAULT_MINUTES = 30;

    /** What the log's fields hold, before {@link CoachingEntry} and {@link CoachingService} check it. */
    private static final class LogBean {
        @Nullable LocalDate date;
        @Nullable Integer minutes;
        @Nullable CoachingFormat format;
        @Nullable Department department;
        @Nullable Team team;
        @Nullable Integer people;
        Set<CatalogItem> tools = Set.of();
        Set<CatalogItem> painPoints = Set.of();
        String outcome = "";
        boolean followUp;
        String coachees = "";
    }

    private final CoachingService coaching;
    private final HelpRequestService requests;
    private final OrganizationService organization;
    private final CatalogLabels labels;
    private final Clock clock;
    private final @Nullable Ambassador me;
    private final List<Department> departments;

    private final DatePicker date = new DatePicker();
    private final IntegerField minutes = new IntegerField();
    private final RadioButtonGroup<CoachingFormat> format = new RadioButtonGroup<>();
    private final ComboBox<Department> department = new ComboBox<>();
    private final ComboBox<Team> team = new ComboBox<>();
    private final IntegerField people = new IntegerField();
    private final MultiSelectComboBox<CatalogItem> tools = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<CatalogItem> painPoints = new MultiSelectComboBox<>();
    private final TextArea outcome = new TextArea();
    private final Checkbox followUp = new Checkbox();
    private final TextField coachees = new TextField();
    private final Paragraph context = new Paragraph();
    private final Button save = new Button();
    private final ValueBinder<LogBean> binder = new ValueBinder<>(this);

    private CoachingSessionId id = CoachingSessionId.random();
    private @Nullable HelpRequestId helpRequest;

    CoachingLogView(CoachingService coaching, HelpRequestService requests, AmbassadorService ambassadors,
                    OrganizationService organization, BarometerCatalog catalog, Clock clock) {
        this.coaching = coaching;
        this.requests = requests;
        this.organization = organization;
        this.clock = clock;
        this.labels = new CatalogLabels(catalog, getLocale());
        this.me = ambassadors.me().filter(a -> a.status().holdsRole()).orElse(null);
        this.departments = organization.departments();
        addClassName("coaching-log");
        if (me == null) {
            add(Blocks.emptyState(getTranslation("ambassador.home.not-ambassador")));
            return;
        }
        context.addClassName("log-context");
        context.setVisible(false);

        date.setLabel(getTranslation("ambassador.log.date"));
        date.setMax(LocalDate.now(clock));
        date.setMin(LocalDate.now(clock).minusDays(CoachingService.MAX_AGE_DAYS));
        date.setRequired(true);
        date.setLocale(getLocale());
        date.setId("log-date");
        minutes.setLabel(getTranslation("ambassador.log.duration"));
        minutes.setSuffixComponent(new Span(getTranslation("ambassador.log.min")));
        minutes.setMin(CoachingEntry.MIN_MINUTES);
        minutes.setMax(CoachingEntry.MAX_MINUTES);
        minutes.setStep(CoachingEntry.MINUTES_STEP); // from the minimum: every step is a valid duration
        minutes.setStepButtonsVisible(true);
        minutes.setRequired(true);
        minutes.setId("log-minutes");
        format.setLabel(getTranslation("ambassador.log.format"));
        format.setItems(CoachingFormat.values());
        format.setItemLabelGenerator(f -> getTranslation("ambassador.format." + f));
        format.setId("log-format");
        department.setLabel(getTranslation("ambassador.log.department"));
        department.setItems(departments);
        department.setItemLabelGenerator(Department::name);
        department.setRequired(true);
        department.setId("log-department");
        department.addValueChangeListener(e -> departmentChanged(e.getValue(), e.isFromClient()));
        team.setLabel(getTranslation("ambassador.log.team"));
        team.setItemLabelGenerator(Team::name);
        team.setClearButtonVisible(true);
        people.setLabel(getTranslation("ambassador.log.people"));
        people.setMin(1);
        people.setMax(CoachingEntry.MAX_PEOPLE);
        people.setStepButtonsVisible(true);
        people.setId("log-people");
        tools.setLabel(getTranslation("ambassador.log.tools"));
        tools.setItems(labels.tools());
        tools.setItemLabelGenerator(labels::label);
        tools.setId("log-tools");
        painPoints.setLabel(getTranslation("ambassador.log.pain-points"));
        painPoints.setItems(labels.painPoints());
        painPoints.setItemLabelGenerator(labels::label);
        outcome.setLabel(getTranslation("ambassador.log.outcome"));
        outcome.setMaxLength(CoachingEntry.OUTCOME_MAX);
        outcome.setId("log-outcome");
        followUp.setLabel(getTranslation("ambassador.log.follow-up"));
        coachees.setLabel(getTranslation("ambassador.log.coachees"));
        coachees.setHelperText(getTranslation("ambassador.log.coachees.help"));
        coachees.setMaxLength(CoachingEntry.COACHEES_MAX);

        binder.bind("date", date, b -> b.date, (b, v) -> b.date = v);
        binder.bind("minutes", minutes, b -> b.minutes, (b, v) -> b.minutes = v);
        binder.bind("format", format, b -> b.format, (b, v) -> b.format = v);
        binder.bind("departmentId", department, b -> b.department, (b, v) -> b.department = v);
        binder.bind("teamId", team, b -> b.team, (b, v) -> b.team = v);
        binder.bind("people", people, b -> b.people, (b, v) -> b.people = v);
        binder.bind("tools", tools, b -> b.tools, (b, v) -> b.tools = v);
        binder.bind("painPoints", painPoints, b -> b.painPoints, (b, v) -> b.painPoints = v);
        binder.bind("outcome", outcome, b -> b.outcome, (b, v) -> b.outcome = v);
        binder.bind("followUp", followUp, b -> b.followUp, (b, v) -> b.followUp = v);
        binder.bind("coachees", coachees, b -> b.coachees, (b, v) -> b.coachees = v);

        FormLayout form = new FormLayout(date, minutes, format, department, team, people, tools, painPoints,
                outcome, followUp, coachees);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));
        form.setColspan(format, 2);
        form.setColspan(outcome, 2);
        form.setColspan(coachees, 2);

        save.setText(getTranslation("ambassador.log.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setDisableOnClick(true);
        save.setId("save-session");
        save.addClickListener(e -> save());
        Button cancel = new Button(getTranslation("action.cancel"), e -> backHome());
        HorizontalLayout buttons = new HorizontalLayout(save, cancel);
        add(context, form, buttons);
        fillDefaults();
    }

    private void fillDefaults() {
        date.setValue(LocalDate.now(clock));
        minutes.setValue(DEFAULT_MINUTES);
        format.setValue(CoachingFormat.ONE_TO_ONE);
        people.setValue(1);
        if (me != null && !me.profile().departments().isEmpty()) {
            departments.stream().filter(d -> d.id().equals(me.profile().departments().getFirst())).findFirst()
                    .ifPresent(department::setValue);
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (me == null) {
            return;
        }
        var parameters = event.getLocation().getQueryParameters();
        parameters.getSingleParameter("session").ifPresent(value -> coaching.mySession(new CoachingSessionId(value))
                .ifPresent(this::edit));
        parameters.getSingleParameter("request").ifPresent(value -> requests.addressedToMe(new HelpRequestId(value))
                .ifPresent(this::answer));
    }

    /** Correcting a logged session: same id, so saving replaces it. */
    private void edit(CoachingSession session) {
        CoachingEntry e = session.entry();
        id = e.id();
        helpRequest = e.helpRequest();
        date.setValue(e.date());
        minutes.setValue(e.minutes());
        format.setValue(e.format());
        departments.stream().filter(d -> d.id().equals(e.departmentId())).findFirst().ifPresent(department::setValue);
        if (e.teamId() != null) {
            team.getListDataView().getItems().filter(t -> t.id().equals(e.teamId())).findFirst()
                    .ifPresent(team::setValue);
        }
        people.setValue(e.people());
        tools.setValue(Set.copyOf(labels.toolItems(e.tools())));
        painPoints.setValue(Set.copyOf(labels.painPointItems(e.painPoints())));
        outcome.setValue(e.outcome());
        followUp.setValue(e.followUp());
        coachees.setValue(e.coachees());
        context.setText(getTranslation("ambassador.log.editing"));
        context.setVisible(true);
    }

    /** Logging the session of an accepted help request: its person's department, tool and topic come filled in. */
    private void answer(HelpRequest request) {
        helpRequest = request.id();
        departments.stream().filter(d -> d.id().equals(request.requesterDepartmentId())).findFirst()
                .ifPresent(department::setValue);
        if (request.tool() != null) {
            tools.setValue(Set.copyOf(labels.toolItems(List.of(request.tool()))));
        }
        if (request.topic() != null) {
            painPoints.setValue(Set.copyOf(labels.painPointItems(List.of(request.topic()))));
        }
        format.setValue(request.preferredFormat());
        coachees.setValue(request.requesterName());
        context.setText(getTranslation("ambassador.log.for-request", request.requesterName()));
        context.setVisible(true);
    }

    private void departmentChanged(@Nullable Department value, boolean fromClient) {
        team.setItems(value == null ? List.of() : organization.teams(value.id()));
        if (fromClient) {
            team.clear();
        }
        boolean outside = value != null && me != null && !me.profile().covers(value.id());
        department.setHelperText(outside ? getTranslation("ambassador.log.outside-coverage") : null);
    }

    // Null fields reach the record's constructor on purpose: it rejects them with the field's message, which the
    // Binder shows beside the field (docs/decisions/024-forms-on-binder.md).
    @SuppressWarnings("NullAway")
    private CoachingEntry entry(LogBean b) {
        return new CoachingEntry(id, b.date,
                b.minutes == null ? 0 : b.minutes, b.format, b.department == null ? null : b.department.id(),
                b.team == null ? null : b.team.id(), b.people == null ? 0 : b.people,
                labels.tools().stream().filter(b.tools::contains).map(CatalogItem::code).toList(),
                labels.painPoints().stream().filter(b.painPoints::contains).map(CatalogItem::code).toList(),
                b.outcome, b.followUp, b.coachees, helpRequest);
    }

    private void save() {
        Optional<CoachingEntry> entry = binder.write(new LogBean(), this::entry);
        if (entry.isEmpty()) {
            save.setEnabled(true);
            return;
        }
        try {
            coaching.save(entry.get());
            Notifications.success(this, "ambassador.log.saved");
            backHome();
        } catch (InvalidValueException e) {
            binder.show(e);
            save.setEnabled(true);
        } catch (UserFacingException e) {
            Notifications.error(this, e);
            save.setEnabled(true);
        }
    }

    private void backHome() {
        getUI().ifPresent(ui -> ui.navigate(AmbassadorHomeView.class));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.ambassador.log");
    }
}
