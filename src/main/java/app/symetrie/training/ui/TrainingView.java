package app.symetrie.training.ui;

import app.symetrie.barometer.BarometerCatalog;
import app.symetrie.barometer.CatalogLabels;
import app.symetrie.common.Role;
import app.symetrie.common.UserFacingException;
import app.symetrie.common.ui.Blocks;
import app.symetrie.common.ui.Formats;
import app.symetrie.common.ui.Notifications;
import app.symetrie.training.Attendee;
import app.symetrie.training.Course;
import app.symetrie.training.EnrolmentResult;
import app.symetrie.training.EnrolmentService;
import app.symetrie.training.EnrolmentStatus;
import app.symetrie.training.MyTraining;
import app.symetrie.training.RecommendationService;
import app.symetrie.training.Recommendations;
import app.symetrie.training.SessionCalendar;
import app.symetrie.training.SessionOffer;
import app.symetrie.training.TrainingCatalogService;
import app.symetrie.training.TrainingNotification;
import app.symetrie.training.TrainingSession;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Trainings for every employee: what is new for them (a seat freed up), courses recommended from their department's
 * barometer results, the sessions to come (enrol, join the waiting list, cancel, add to a calendar), their own
 * trainings (rate them afterwards) and, for trainers, the sessions they give (mark attendance and completion).
 */
@Route("training")
@RolesAllowed(Role.EMPLOYEE_ROLE)
@Menu(order = 40, icon = "vaadin:academy-cap", title = "nav.training")
public class TrainingView extends VerticalLayout implements HasDynamicTitle {

    static final int NOTICES = 5;

    private final TrainingCatalogService catalogService;
    private final EnrolmentService enrolments;
    private final RecommendationService recommendations;
    private final CatalogLabels labels;
    private final Clock clock;

    TrainingView(TrainingCatalogService catalogService, EnrolmentService enrolments,
                 RecommendationService recommendations, BarometerCatalog catalog, Clock clock) {
        this.catalogService = catalogService;
        this.enrolments = enrolments;
        this.recommendations = recommendations;
        this.clock = clock;
        this.labels = new CatalogLabels(catalog, getLocale());
        addClassName("training-view");
        refresh();
    }

    private void refresh() {
        removeAll();
        add(notices());
        add(new H2(getTranslation("training.recommended")));
        add(recommended());
        add(new H2(getTranslation("training.upcoming")));
        add(upcoming());
        add(new H2(getTranslation("training.mine")));
        add(mine());
        List<TrainingSession> trained = enrolments.sessionsITrain();
        if (!trained.isEmpty()) {
            add(new H2(getTranslation("training.trainer")));
            add(trainerGrid(trained));
        }
    }

    private Component notices() {
        Div box = new Div();
        box.setId("notices");
        List<TrainingNotification> list = enrolments.notifications().stream().limit(NOTICES).toList();
        boolean unread = list.stream().anyMatch(n -> !n.read());
        for (TrainingNotification n : list) {
            Div notice = new Div(VaadinIcon.BELL.create(), new Span(getTranslation("training.notice.promoted",
                    n.courseTitle(), Formats.dateTime(getLocale(), n.sessionStart(), clock.getZone()))));
            notice.addClassName("notice");
            if (!n.read()) {
                notice.addClassName("unread");
            }
            box.add(notice);
        }
        if (unread) {
            Button read = new Button(getTranslation("training.notice.read"), e -> {
                enrolments.markNotificationsRead();
                refresh();
            });
            read.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            box.add(read);
        }
        return box;
    }

    private Component recommended() {
        Recommendations r = recommendations.forMe();
        if (!r.available()) {
            Div empty = new Div(Blocks.emptyState(getTranslation("training.recommended.unavailable")));
            empty.setId("recommended");
            return empty;
        }
        Div list = new Div();
        list.addClassName("card-list");
        list.setId("recommended");
        if (r.courses().isEmpty()) {
            list.add(Blocks.emptyState(getTranslation("training.recommended.none")));
        }
        for (Recommendations.Recommendation rec : r.courses()) {
            Div card = new Div();
            card.addClassNames("card", "recommendation");
            card.add(new H3(rec.course().title()));
            if (rec.tool() != null) {
                card.add(new Paragraph(getTranslation("training.recommended.tool", labels.tool(rec.tool()))));
            }
            if (rec.painPoint() != null) {
                card.add(new Paragraph(getTranslation("training.recommended.pain-point",
                        labels.painPoint(rec.painPoint()))));
            }
            list.add(card);
        }
        return list;
    }

    private Component upcoming() {
        List<SessionOffer> offers = catalogService.upcoming();
        Div list = new Div();
        list.addClassName("card-list");
        list.setId("sessions");
        if (offers.isEmpty()) {
            list.add(Blocks.emptyState(getTranslation("training.upcoming.empty")));
        }
        offers.forEach(o -> list.add(sessionCard(o)));
        return list;
    }

    private Div sessionCard(SessionOffer offer) {
        Course course = offer.course();
        TrainingSession s = offer.session();
        Div card = new Div();
        card.addClassNames("card", "session-card");
        card.getElement().setAttribute("data-session", s.id().value());
        card.add(new H3(course.title()));
        card.add(new Paragraph(when(s)));
        card.add(new Paragraph(getTranslation("training.format." + course.format()) + " · "
                + getTranslation("training.level." + course.level()) + " · " + s.place()));
        card.add(new Paragraph(getTranslation("training.trainer.name", s.trainerName())));
        Span seats = s.isFull()
                ? Blocks.badge(getTranslation("training.full", offer.waitlist()), "error")
                : Blocks.badge(getTranslation("training.seats-left", s.seatsLeft(), s.capacity()), "success");
        seats.addClassName("seats");
        Div badges = new Div(seats);
        badges.addClassName("badges");
        if (offer.myStatus() == EnrolmentStatus.ENROLLED) {
            badges.add(Blocks.badge(getTranslation("training.status.ENROLLED"), "success"));
        } else if (offer.myStatus() == EnrolmentStatus.WAITLISTED) {
            badges.add(Blocks.badge(getTranslation("training.waitlist.position", offer.myPosition()), "contrast"));
        }
        card.add(badges);
        card.add(new Paragraph(getTranslation("training.deadline",
                Formats.dateTime(getLocale(), s.enrolmentDeadline(), clock.getZone()))));

        HorizontalLayout actions = new HorizontalLayout();
        actions.setWrap(true);
        actions.setAlignItems(Alignment.BASELINE);
        if (offer.myStatus() == null) {
            Button enrol = new Button(getTranslation(s.isFull() ? "training.join-waitlist" : "training.enrol"));
            enrol.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            enrol.addClassName("enrol");
            enrol.setDisableOnClick(true);
            enrol.setEnabled(offer.open());
            enrol.addClickListener(e -> enrol(enrol, offer));
            actions.add(enrol);
            if (!offer.open()) {
                actions.add(new Span(getTranslation("training.closed")));
            }
        } else {
            Button cancel = new Button(getTranslation(offer.myStatus() == EnrolmentStatus.WAITLISTED
                    ? "training.leave-waitlist" : "training.cancel"));
            cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
            cancel.addClassName("cancel-enrolment");
            cancel.setDisableOnClick(true);
            cancel.addClickListener(e -> act(cancel, () -> {
                enrolments.cancel(s.id());
                Notifications.success(this, "training.cancelled");
            }));
            actions.add(cancel);
        }
        actions.add(calendarLink(course, s));
        card.add(actions);
        return card;
    }

    private String when(TrainingSession s) {
        var zone = clock.getZone();
        return getTranslation("training.when", Formats.date(getLocale(), LocalDate.ofInstant(s.start(), zone)),
                Formats.time(getLocale(), s.start(), zone), Formats.time(getLocale(), s.end(), zone));
    }

    private Anchor calendarLink(Course course, TrainingSession s) {
        DownloadHandler ics = DownloadHandler.fromInputStream(event -> {
            byte[] bytes = SessionCalendar.ics(course, s, Instant.now(clock)).getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(bytes), SessionCalendar.fileName(course),
                    "text/calendar", bytes.length);
        });
        Anchor link = new Anchor(ics, getTranslation("training.add-to-calendar"));
        link.addClassName("ics");
        return link;
    }

    private void enrol(Button button, SessionOffer offer) {
        act(button, () -> {
            EnrolmentResult result = enrolments.enrol(offer.session().id());
            if (result.status() == EnrolmentStatus.ENROLLED) {
                Notifications.success(this, "training.enrolled", offer.course().title());
            } else {
                Notifications.success(this, "training.waitlisted", result.waitlistPosition());
            }
        });
    }

    private Component mine() {
        Grid<MyTraining> grid = new Grid<>();
        grid.addColumn(t -> t.course().title()).setHeader(getTranslation("training.course")).setFlexGrow(2);
        grid.addColumn(t -> when(t.session())).setHeader(getTranslation("training.date")).setAutoWidth(true);
        grid.addComponentColumn(t -> Blocks.badge(t.status() == EnrolmentStatus.WAITLISTED
                        ? getTranslation("training.waitlist.position", t.waitlistPosition())
                        : getTranslation("training.status." + t.status()),
                t.status() == EnrolmentStatus.ENROLLED ? "success" : "contrast"))
                .setHeader(getTranslation("training.status")).setAutoWidth(true);
        grid.addColumn(t -> t.attended() == null ? "" : getTranslation(t.completed() ? "training.completed"
                        : t.attended() ? "training.attended" : "training.absent"))
                .setHeader(getTranslation("training.attendance")).setAutoWidth(true);
        grid.addComponentColumn(t -> {
            if (t.rating() != null) {
                Span stars = new Span("★".repeat(t.rating()) + "☆".repeat(5 - t.rating()));
                stars.getElement().setAttribute("aria-label", getTranslation("training.rating.value", t.rating()));
                return stars;
            }
            if (t.canRate()) {
                Button rate = new Button(getTranslation("training.rate"), e -> rate(t));
                rate.addThemeVariants(ButtonVariant.LUMO_SMALL);
                rate.addClassName("rate");
                return rate;
            }
            return new Span();
        }).setHeader(getTranslation("training.rating")).setAutoWidth(true);
        grid.setItems(enrolments.myTrainings());
        grid.setEmptyStateText(getTranslation("training.mine.empty"));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.setId("my-trainings");
        return grid;
    }

    private void rate(MyTraining training) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("training.rate.title", training.course().title()));
        RadioButtonGroup<Integer> stars = new RadioButtonGroup<>(getTranslation("training.rating"));
        stars.setItems(IntStream.rangeClosed(1, 5).boxed().toList());
        stars.setItemLabelGenerator(n -> "★".repeat(n));
        stars.setRequired(true);
        stars.setId("rating-stars");
        TextArea comment = new TextArea(getTranslation("training.rate.comment"));
        comment.setMaxLength(app.symetrie.training.Enrolment.COMMENT_MAX);
        comment.setWidthFull();
        dialog.add(new VerticalLayout(stars, comment));
        Button save = new Button(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-rating");
        save.setDisableOnClick(true);
        save.addClickListener(e -> {
            if (stars.getValue() == null) {
                stars.setInvalid(true);
                stars.setErrorMessage(getTranslation("training.error.rating.range"));
                save.setEnabled(true);
                return;
            }
            try {
                enrolments.rate(training.session().id(), stars.getValue(), comment.getValue());
                dialog.close();
                Notifications.success(this, "training.rate.thanks");
                refresh();
            } catch (UserFacingException ex) {
                Notifications.error(this, ex);
                save.setEnabled(true);
            }
        });
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private Component trainerGrid(List<TrainingSession> sessions) {
        Map<String, Course> courses = catalogService.courses().stream()
                .collect(Collectors.toMap(c -> c.id().value(), Function.identity()));
        Grid<TrainingSession> grid = new Grid<>();
        grid.addColumn(s -> courses.containsKey(s.courseId().value()) ? courses.get(s.courseId().value()).title() : "")
                .setHeader(getTranslation("training.course")).setFlexGrow(2);
        grid.addColumn(this::when).setHeader(getTranslation("training.date")).setAutoWidth(true);
        grid.addColumn(s -> getTranslation("training.seats-taken", s.seatsTaken(), s.capacity()))
                .setHeader(getTranslation("training.seats")).setAutoWidth(true);
        grid.addComponentColumn(s -> {
            Button attendance = new Button(getTranslation("training.attendance"), VaadinIcon.CHECK_SQUARE_O.create(),
                    e -> attendance(s, Objects.requireNonNull(courses.get(s.courseId().value()),
                            "a session's course")));
            attendance.addThemeVariants(ButtonVariant.LUMO_SMALL);
            attendance.addClassName("attendance");
            return attendance;
        }).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(sessions);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.setId("trainer-sessions");
        return grid;
    }

    private void attendance(TrainingSession session, Course course) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("training.attendance.title", course == null ? "" : course.title()));
        dialog.setWidth("min(40rem, 95vw)");
        boolean started = !session.start().isAfter(clock.instant());
        if (!started) {
            dialog.add(Blocks.emptyState(getTranslation("training.error.attendance.too-early")));
        }
        Grid<Attendee> grid = new Grid<>();
        grid.addColumn(Attendee::name).setHeader(getTranslation("training.attendee")).setAutoWidth(true);
        grid.addColumn(Attendee::departmentName).setHeader(getTranslation("ambassador.log.department"));
        grid.addComponentColumn(a -> {
            if (a.status() != EnrolmentStatus.ENROLLED) {
                return new Span(getTranslation("training.waitlist.position", a.waitlistPosition()));
            }
            Checkbox attended = new Checkbox(getTranslation("training.attended"), Boolean.TRUE.equals(a.attended()));
            Checkbox completed = new Checkbox(getTranslation("training.completed"), a.completed());
            attended.setEnabled(started);
            completed.setEnabled(started);
            attended.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    if (!e.getValue()) {
                        completed.setValue(false);
                    }
                    mark(session, a, attended.getValue(), completed.getValue());
                }
            });
            completed.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    if (e.getValue()) {
                        attended.setValue(true);
                    }
                    mark(session, a, attended.getValue(), completed.getValue());
                }
            });
            return new HorizontalLayout(attended, completed);
        }).setHeader(getTranslation("training.attendance")).setAutoWidth(true);
        grid.setItems(enrolments.attendees(session.id()));
        grid.setEmptyStateText(getTranslation("training.attendance.empty"));
        grid.setAllRowsVisible(true);
        dialog.add(grid);
        dialog.getFooter().add(new Button(getTranslation("training.close"), e -> {
            dialog.close();
            refresh();
        }));
        dialog.open();
    }

    private void mark(TrainingSession session, Attendee attendee, boolean attended, boolean completed) {
        try {
            enrolments.markAttendance(session.id(), attendee.employeeId(), attended, completed);
        } catch (UserFacingException e) {
            Notifications.error(this, e);
        }
    }

    /** Runs an action, then shows the page again; a refusal is shown and the button works again. */
    private void act(Button button, Runnable action) {
        try {
            action.run();
            refresh();
        } catch (UserFacingException e) {
            Notifications.error(this, e);
            button.setEnabled(true);
            refresh();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.training");
    }
}
