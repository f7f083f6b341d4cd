package app.symetrie.training.ui;

import app.symetrie.ambassador.AmbassadorService;
import app.symetrie.ambassador.DirectoryEntry;
import app.symetrie.barometer.BarometerCatalog;
import app.symetrie.barometer.CatalogLabels;
import app.symetrie.barometer.CatalogItem;
import app.symetrie.common.InvalidValueException;
import app.symetrie.common.Role;
import app.symetrie.common.UserFacingException;
import app.symetrie.common.ui.Blocks;
import app.symetrie.common.ui.Formats;
import app.symetrie.common.ui.Notifications;
import app.symetrie.common.ui.ValueBinder;
import app.symetrie.organization.EmployeeId;
import app.symetrie.training.Course;
import app.symetrie.training.CourseFormat;
import app.symetrie.training.CourseId;
import app.symetrie.training.CourseLevel;
import app.symetrie.training.TrainingCatalogService;
import app.symetrie.training.TrainingSession;
import app.symetrie.training.TrainingSessionId;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Leads keep the catalog: courses (tool or pain point from the barometer's lists, level, length, format) and their
 * sessions (dates, place or link, capacity, trainer — often an ambassador — and enrolment deadline).
 */
@Route("training/catalog")
@RolesAllowed(Role.LEAD_ROLE)
@Menu(order = 50, icon = "vaadin:book", title = "nav.training.catalog")
public class TrainingAdminView extends VerticalLayout implements HasDynamicTitle {

    /** A trainer choice: an ambassador (an employee) or a name typed in. */
    record Trainer(@Nullable EmployeeId employeeId, String name) {
    }

    /** What the course dialog's fields hold, before {@link Course} checks it. */
    private static final class CourseBean {
        String title = "";
        String description = "";
        @Nullable CatalogItem tool;
        @Nullable CatalogItem painPoint;
        @Nullable CourseLevel level;
        @Nullable CourseFormat format;
        @Nullable Integer minutes;
    }

    /** What the session dialog's fields hold, before {@link TrainingSession} checks it. */
    private static final class SessionBean {
        @Nullable LocalDateTime start;
        @Nullable LocalDateTime end;
        @Nullable LocalDateTime deadline;
        String place = "";
        @Nullable Integer capacity;
        @Nullable Trainer trainer;
    }

    private final TrainingCatalogService catalogService;
    private final AmbassadorService ambassadors;
    private final CatalogLabels labels;
    private final Clock clock;
    private final Grid<Course> courses = new Grid<>();
    private final Grid<TrainingSession> sessions = new Grid<>();
    private final H2 sessionsTitle = new H2();
    private final Button newSession = new Button();

    TrainingAdminView(TrainingCatalogService catalogService, AmbassadorService ambassadors,
                      BarometerCatalog catalog, Clock clock) {
        this.catalogService = catalogService;
        this.ambassadors = ambassadors;
        this.clock = clock;
        this.labels = new CatalogLabels(catalog, getLocale());
        addClassName("training-admin");

        Button newCourse = new Button(getTranslation("training.admin.new-course"), VaadinIcon.PLUS.create(),
                e -> editCourse(null));
        newCourse.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newCourse.setId("new-course");
        courses.addColumn(Course::title).setHeader(getTranslation("training.course")).setFlexGrow(2);
        courses.addColumn(c -> labels.tool(c.tool())).setHeader(getTranslation("training.tool")).setAutoWidth(true);
        courses.addColumn(c -> labels.painPoint(c.painPoint())).setHeader(getTranslation("training.pain-point"))
                .setAutoWidth(true);
        courses.addColumn(c -> getTranslation("training.level." + c.level()))
                .setHeader(getTranslation("training.level"))
                .setAutoWidth(true);
        courses.addColumn(c -> getTranslation("training.format." + c.format()))
                .setHeader(getTranslation("training.format")).setAutoWidth(true);
        courses.addColumn(c -> getTranslation("ambassador.minutes", String.valueOf(c.minutes())))
                .setHeader(getTranslation("training.length")).setAutoWidth(true);
        courses.addComponentColumn(c -> {
            Button edit = new Button(VaadinIcon.EDIT.create(), e -> editCourse(c));
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            edit.setAriaLabel(getTranslation("action.edit") + " " + c.title());
            return edit;
        }).setAutoWidth(true).setFlexGrow(0);
        courses.setEmptyStateText(getTranslation("training.admin.courses.empty"));
        courses.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT,
                GridVariant.LUMO_WRAP_CELL_CONTENT);
        courses.setHeight("22rem");
        courses.setId("courses-grid");
        courses.asSingleSelect().addValueChangeListener(e -> showSessions(e.getValue()));

        newSession.setText(getTranslation("training.admin.new-session"));
        newSession.setIcon(VaadinIcon.PLUS.create());
        newSession.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newSession.setId("new-session");
        newSession.setVisible(false);
        newSession.addClickListener(e -> {
            Course selected = courses.asSingleSelect().getValue();
            if (selected != null) {
                editSession(selected.id(), null);
            }
        });
        sessions.addColumn(s -> Formats.dateTime(getLocale(), s.start(), clock.getZone()))
                .setHeader(getTranslation("training.date")).setAutoWidth(true);
        sessions.addColumn(TrainingSession::place).setHeader(getTranslation("training.place")).setFlexGrow(2);
        sessions.addColumn(TrainingSession::trainerName).setHeader(getTranslation("training.trainer.label"))
                .setAutoWidth(true);
        sessions.addColumn(s -> getTranslation("training.seats-taken", s.seatsTaken(), s.capacity()))
                .setHeader(getTranslation("training.seats")).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        sessions.addColumn(s -> Formats.dateTime(getLocale(), s.enrolmentDeadline(), clock.getZone()))
                .setHeader(getTranslation("training.deadline.label")).setAutoWidth(true);
        sessions.addComponentColumn(s -> {
            Button edit = new Button(VaadinIcon.EDIT.create(), e -> editSession(s.courseId(), s));
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            edit.setAriaLabel(getTranslation("action.edit"));
            Button delete = new Button(VaadinIcon.TRASH.create(), e -> run(() -> catalogService.deleteSession(s.id())));
            delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
            delete.setAriaLabel(getTranslation("action.delete"));
            return new HorizontalLayout(edit, delete);
        }).setAutoWidth(true).setFlexGrow(0);
        sessions.setEmptyStateText(getTranslation("training.admin.sessions.empty"));
        sessions.addThemeVariants(GridVariant.LUMO_COMPACT);
        sessions.setAllRowsVisible(true);
        sessions.setVisible(false);
        sessions.setId("sessions-grid");

        Div hint = new Div(Blocks.emptyState(getTranslation("training.admin.pick-course")));
        add(newCourse, courses, hint, sessionsTitle, newSession, sessions);
        courses.asSingleSelect().addValueChangeListener(e -> hint.setVisible(e.getValue() == null));
        refreshCourses();
    }

    private void refreshCourses() {
        Course selected = courses.asSingleSelect().getValue();
        courses.setItems(catalogService.courses());
        if (selected != null) {
            catalogService.course(selected.id()).ifPresent(courses::select);
        }
    }

    private void showSessions(@Nullable Course course) {
        sessionsTitle.setText(course == null ? "" : getTranslation("training.admin.sessions-of", course.title()));
        newSession.setVisible(course != null);
        sessions.setVisible(course != null);
        if (course != null) {
            sessions.setItems(catalogService.sessions(course.id()));
        }
    }

    private void editCourse(@Nullable Course existing) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation(existing == null ? "training.admin.new-course"
                : "training.admin.edit-course"));
        TextField title = new TextField(getTranslation("training.course"));
        title.setMaxLength(Course.TITLE_MAX);
        title.setRequired(true);
        title.setId("course-title");
        TextArea description = new TextArea(getTranslation("training.description"));
        description.setMaxLength(Course.DESCRIPTION_MAX);
        ComboBox<CatalogItem> tool = new ComboBox<>(getTranslation("training.tool"));
        tool.setItems(labels.tools());
        tool.setItemLabelGenerator(labels::label);
        tool.setClearButtonVisible(true);
        ComboBox<CatalogItem> painPoint = new ComboBox<>(getTranslation("training.pain-point"));
        painPoint.setItems(labels.painPoints());
        painPoint.setItemLabelGenerator(labels::label);
        painPoint.setClearButtonVisible(true);
        Select<CourseLevel> level = new Select<>();
        level.setLabel(getTranslation("training.level"));
        level.setItems(CourseLevel.values());
        level.setItemLabelGenerator(l -> getTranslation("training.level." + l));
        level.setValue(CourseLevel.BEGINNER);
        Select<CourseFormat> format = new Select<>();
        format.setLabel(getTranslation("training.format"));
        format.setItems(CourseFormat.values());
        format.setItemLabelGenerator(f -> getTranslation("training.format." + f));
        format.setValue(CourseFormat.ON_SITE);
        IntegerField minutes = new IntegerField(getTranslation("training.length.minutes"));
        minutes.setId("course-minutes");
        minutes.setMin(Course.MIN_MINUTES);
        minutes.setMax(Course.MAX_MINUTES);
        minutes.setStep(15);
        minutes.setStepButtonsVisible(true);
        minutes.setValue(120);
        if (existing != null) {
            title.setValue(existing.title());
            description.setValue(existing.description());
            labels.toolItems(existing.tool() == null ? List.of() : List.of(existing.tool())).stream().findFirst()
                    .ifPresent(tool::setValue);
            labels.painPointItems(existing.painPoint() == null ? List.of() : List.of(existing.painPoint())).stream()
                    .findFirst().ifPresent(painPoint::setValue);
            level.setValue(existing.level());
            format.setValue(existing.format());
            minutes.setValue(existing.minutes());
        }
        FormLayout form = new FormLayout(title, description, tool, painPoint, level, format, minutes);
        form.setColspan(title, 2);
        form.setColspan(description, 2);
        dialog.add(form);
        Button save = new Button(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setDisableOnClick(true);
        save.setId("save-course");
        ValueBinder<CourseBean> binder = new ValueBinder<>(this);
        binder.bind("title", title, b -> b.title, (b, v) -> b.title = v);
        binder.bind("description", description, b -> b.description, (b, v) -> b.description = v);
        binder.bind("tool", tool, b -> b.tool, (b, v) -> b.tool = v);
        binder.bind("painPoint", painPoint, b -> b.painPoint, (b, v) -> b.painPoint = v);
        binder.bind("level", level, b -> b.level, (b, v) -> b.level = v);
        binder.bind("format", format, b -> b.format, (b, v) -> b.format = v);
        binder.bind("minutes", minutes, b -> b.minutes, (b, v) -> b.minutes = v);
        CourseId id = existing == null ? CourseId.random() : existing.id();
        save.addClickListener(e -> binder.write(new CourseBean(), b -> course(id, b))
                .ifPresentOrElse(course -> submit(dialog, save, binder, () -> {
                    catalogService.saveCourse(course);
                    refreshCourses();
                }), () -> save.setEnabled(true)));
        if (existing != null) {
            Button delete = new Button(getTranslation("action.delete"), e -> submit(dialog, null, null, () -> {
                catalogService.deleteCourse(existing.id());
                refreshCourses();
            }));
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
            dialog.getFooter().add(delete);
        }
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
        title.focus();
    }

    private void editSession(CourseId courseId, @Nullable TrainingSession existing) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation(existing == null ? "training.admin.new-session"
                : "training.admin.edit-session"));
        DateTimePicker start = new DateTimePicker(getTranslation("training.start"));
        DateTimePicker end = new DateTimePicker(getTranslation("training.end"));
        DateTimePicker deadline = new DateTimePicker(getTranslation("training.deadline.label"));
        start.setId("session-start");
        end.setId("session-end");
        deadline.setId("session-deadline");
        for (DateTimePicker p : List.of(start, end, deadline)) {
            p.setLocale(getLocale());
            p.setStep(Duration.ofMinutes(15));
            p.setRequiredIndicatorVisible(true);
        }
        start.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                Course course = catalogService.course(courseId).orElse(null);
                end.setValue(e.getValue().plusMinutes(course == null ? 120 : course.minutes()));
                deadline.setValue(e.getValue().minusDays(2));
            }
        });
        TextField place = new TextField(getTranslation("training.place"));
        place.setMaxLength(TrainingSession.PLACE_MAX);
        place.setHelperText(getTranslation("training.place.help"));
        place.setId("session-place");
        IntegerField capacity = new IntegerField(getTranslation("training.capacity"));
        capacity.setMin(1);
        capacity.setMax(TrainingSession.MAX_CAPACITY);
        capacity.setStepButtonsVisible(true);
        capacity.setValue(10);
        capacity.setId("session-capacity");
        ComboBox<Trainer> trainer = new ComboBox<>(getTranslation("training.trainer.label"));
        List<Trainer> choices = new ArrayList<>(ambassadors.directory(null, null).stream()
                .map(DirectoryEntry::ambassador).map(a -> new Trainer(a.employeeId(), a.name())).toList());
        trainer.setItems(choices);
        trainer.setItemLabelGenerator(t -> t.employeeId() == null ? t.name()
                : getTranslation("training.trainer.ambassador", t.name()));
        trainer.setAllowCustomValue(true);
        trainer.setHelperText(getTranslation("training.trainer.help"));
        trainer.setId("session-trainer");
        trainer.addCustomValueSetListener(e -> {
            Trainer typed = new Trainer(null, e.getDetail());
            choices.add(typed);
            trainer.setItems(choices);
            trainer.setValue(typed);
        });
        if (existing != null) {
            start.setValue(LocalDateTime.ofInstant(existing.start(), clock.getZone()));
            end.setValue(LocalDateTime.ofInstant(existing.end(), clock.getZone()));
            deadline.setValue(LocalDateTime.ofInstant(existing.enrolmentDeadline(), clock.getZone()));
            place.setValue(existing.place());
            capacity.setValue(existing.capacity());
            Trainer current = choices.stream().filter(t -> t.employeeId() != null
                    && t.employeeId().equals(existing.trainerId())).findFirst()
                    .orElseGet(() -> new Trainer(existing.trainerId(), existing.trainerName()));
            if (!choices.contains(current)) {
                choices.add(current);
                trainer.setItems(choices);
            }
            trainer.setValue(current);
        } else {
            LocalDateTime next = LocalDateTime.now(clock).plusDays(14).with(LocalTime.of(9, 30));
            start.setValue(next);
            end.setValue(next.plusHours(2));
            deadline.setValue(next.minusDays(2));
        }
        FormLayout form = new FormLayout(start, end, deadline, capacity, place, trainer);
        form.setColspan(place, 2);
        dialog.add(form);
        Button save = new Button(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setDisableOnClick(true);
        save.setId("save-session");
        ValueBinder<SessionBean> binder = new ValueBinder<>(this);
        binder.bind("start", start, b -> b.start, (b, v) -> b.start = v);
        binder.bind("end", end, b -> b.end, (b, v) -> b.end = v);
        binder.bind("enrolmentDeadline", deadline, b -> b.deadline, (b, v) -> b.deadline = v);
        binder.bind("place", place, b -> b.place, (b, v) -> b.place = v);
        binder.bind("capacity", capacity, b -> b.capacity, (b, v) -> b.capacity = v);
        binder.bind("trainerName", trainer, b -> b.trainer, (b, v) -> b.trainer = v);
        TrainingSessionId id = existing == null ? TrainingSessionId.random() : existing.id();
        save.addClickListener(e -> binder.write(new SessionBean(), b -> session(id, courseId, b))
                .ifPresentOrElse(session -> submit(dialog, save, binder, () -> {
                    catalogService.saveSession(session);
                    showSessions(courses.asSingleSelect().getValue());
                }), () -> save.setEnabled(true)));
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    // Null fields reach the record's constructor on purpose: it rejects them with the field's message, which the
    // Binder shows beside the field (docs/decisions/024-forms-on-binder.md).
    @SuppressWarnings("NullAway")
    private static Course course(CourseId id, CourseBean b) {
        return new Course(id, b.title, b.description, b.tool == null ? null : b.tool.code(),
                b.painPoint == null ? null : b.painPoint.code(), b.level, b.minutes == null ? 0 : b.minutes, b.format);
    }

    // Null fields reach the record's constructor on purpose: it rejects them with the field's message, which the
    // Binder shows beside the field (docs/decisions/024-forms-on-binder.md).
    @SuppressWarnings("NullAway")
    private TrainingSession session(TrainingSessionId id, CourseId courseId, SessionBean b) {
        return new TrainingSession(id, courseId, instant(b.start), instant(b.end), b.place,
                b.capacity == null ? 0 : b.capacity, 0, b.trainer == null ? null : b.trainer.employeeId(),
                b.trainer == null ? "" : b.trainer.name(), instant(b.deadline));
    }

    private @Nullable Instant instant(@Nullable LocalDateTime value) {
        return value == null ? null : value.atZone(clock.getZone()).toInstant();
    }

    /** Runs a dialog's action; a refusal of one of its values is shown on its field, any other in a notification. */
    private void submit(Dialog dialog, @Nullable Button save, @Nullable ValueBinder<?> binder, Runnable action) {
        try {
            action.run();
            dialog.close();
            Notifications.success(this, "action.saved");
        } catch (InvalidValueException e) {
            if (binder == null) {
                Notifications.error(this, e);
            } else {
                binder.show(e);
            }
        } catch (UserFacingException e) {
            Notifications.error(this, e);
        }
        if (save != null) {
            save.setEnabled(true);
        }
    }

    private void run(Runnable action) {
        try {
            action.run();
            Notifications.success(this, "action.deleted");
            showSessions(courses.asSingleSelect().getValue());
        } catch (UserFacingException e) {
            Notifications.error(this, e);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.training.catalog");
    }
}
