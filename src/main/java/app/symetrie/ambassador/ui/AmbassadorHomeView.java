package app.symetrie.ambassador.ui;

import app.symetrie.ambassador.Ambassador;
import app.symetrie.ambassador.AmbassadorHome;
import app.symetrie.ambassador.AmbassadorProfile;
import app.symetrie.ambassador.AmbassadorService;
import app.symetrie.ambassador.AmbassadorStatus;
import app.symetrie.ambassador.Badge;
import app.symetrie.ambassador.CoachingService;
import app.symetrie.ambassador.CoachingSession;
import app.symetrie.ambassador.CoverageRequest;
import app.symetrie.ambassador.HelpRequest;
import app.symetrie.ambassador.HelpRequestService;
import app.symetrie.ambassador.HelpRequestStatus;
import app.symetrie.ambassador.TopicCount;
import app.symetrie.barometer.BarometerCatalog;
import app.symetrie.barometer.CatalogLabels;
import app.symetrie.common.Role;
import app.symetrie.common.UserFacingException;
import app.symetrie.common.ui.Blocks;
import app.symetrie.common.ui.Formats;
import app.symetrie.common.ui.Notifications;
import app.symetrie.organization.Department;
import app.symetrie.organization.DepartmentId;
import app.symetrie.organization.OrganizationService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.progressbar.ProgressBarVariant;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * An ambassador's home: this month against their availability, the help requests waiting for them, their sessions
 * (to correct or delete), topics, points and badges, the public ranking they may leave, and their profile.
 */
@Route("ambassador")
@RolesAllowed(Role.AMBASSADOR_ROLE)
@Menu(order = 25, icon = "vaadin:star", title = "nav.ambassador")
public class AmbassadorHomeView extends VerticalLayout implements HasDynamicTitle {

    private final AmbassadorService ambassadors;
    private final CoachingService coaching;
    private final HelpRequestService requests;
    private final CatalogLabels labels;
    private final Clock clock;
    private final List<Department> departments;
    private final Map<DepartmentId, String> departmentNames;

    AmbassadorHomeView(AmbassadorService ambassadors, CoachingService coaching, HelpRequestService requests,
                       OrganizationService organization, BarometerCatalog catalog, Clock clock) {
        this.ambassadors = ambassadors;
        this.coaching = coaching;
        this.requests = requests;
        this.clock = clock;
        this.labels = new CatalogLabels(catalog, getLocale());
        this.departments = organization.departments();
        this.departmentNames = departments.stream().collect(Collectors.toMap(Department::id, Department::name));
        addClassName("ambassador-home");
        refresh();
    }

    private void refresh() {
        removeAll();
        Optional<AmbassadorHome> found = coaching.home();
        if (found.isEmpty()) {
            add(Blocks.emptyState(getTranslation("ambassador.home.not-ambassador")));
            Button directory = new Button(getTranslation("ambassador.home.to-directory"),
                    e -> getUI().ifPresent(ui -> ui.navigate(DirectoryView.class)));
            add(directory);
            return;
        }
        AmbassadorHome home = found.get();
        Ambassador me = home.ambassador();
        add(statusBar(me));

        Button log = new Button(getTranslation("ambassador.home.log"), VaadinIcon.PLUS.create(),
                e -> getUI().ifPresent(ui -> ui.navigate(CoachingLogView.class)));
        log.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        log.setId("log-session");
        log.setVisible(me.status().holdsRole());
        add(log);

        Div figures = new Div();
        figures.addClassName("figures");
        figures.add(Blocks.figure(getTranslation("ambassador.home.sessions-month"),
                String.valueOf(home.sessionsThisMonth())));
        Div hours = Blocks.figure(getTranslation("ambassador.home.hours-month",
                        String.valueOf(me.profile().monthlyHours())),
                Formats.decimal(getLocale(), home.hoursThisMonth(), 1));
        ProgressBar used = new ProgressBar(0, 1, Math.min(1, home.availabilityUsed()));
        used.getElement().setAttribute("aria-label", getTranslation("ambassador.home.hours-month",
                String.valueOf(me.profile().monthlyHours())));
        if (home.availabilityUsed() > 1) {
            used.addThemeVariants(ProgressBarVariant.LUMO_ERROR);
        }
        hours.add(used);
        hours.setId("hours-month");
        figures.add(hours);
        figures.add(Blocks.figure(getTranslation("ambassador.home.people"), String.valueOf(home.peopleReached())));
        figures.add(Blocks.figure(getTranslation("ambassador.home.points"), String.valueOf(home.points())));
        add(figures);

        add(requestsSection());
        add(topicsSection(home));
        add(recognitionSection(home));
        add(sessionsSection());
        add(profileSection(me));
    }

    private Component statusBar(Ambassador me) {
        HorizontalLayout bar = new HorizontalLayout();
        bar.setAlignItems(Alignment.BASELINE);
        bar.setWrap(true);
        bar.add(Blocks.badge(getTranslation("ambassador.status." + me.status()),
                me.status() == AmbassadorStatus.ACTIVE ? "success" : "contrast"));
        bar.add(new Span(getTranslation("ambassador.home.since", Formats.date(getLocale(), me.statusSince()))));
        if (me.status() == AmbassadorStatus.ACTIVE || me.status() == AmbassadorStatus.PAUSED) {
            boolean pause = me.status() == AmbassadorStatus.ACTIVE;
            Button toggle = new Button(getTranslation(pause ? "ambassador.home.pause" : "ambassador.home.resume"));
            toggle.setDisableOnClick(true);
            toggle.setId("toggle-status");
            toggle.addClickListener(e -> act(toggle, () -> ambassadors.changeStatus(me.id(),
                    pause ? AmbassadorStatus.PAUSED : AmbassadorStatus.ACTIVE)));
            bar.add(toggle);
            if (pause) {
                bar.add(new Span(getTranslation("ambassador.home.pause.help")));
            }
        }
        return bar;
    }

    private Component requestsSection() {
        Div section = new Div();
        section.add(new H2(getTranslation("ambassador.home.requests")));
        List<HelpRequest> waiting = requests.addressedToMe().stream()
                .filter(r -> r.status() == HelpRequestStatus.OPEN || r.status() == HelpRequestStatus.ACCEPTED)
                .toList();
        if (waiting.isEmpty()) {
            section.add(Blocks.emptyState(getTranslation("ambassador.home.requests.empty")));
            return section;
        }
        Div list = new Div();
        list.addClassName("card-list");
        for (HelpRequest r : waiting) {
            Div card = new Div();
            card.addClassNames("card", "request-card");
            card.add(new H3(r.requesterName()));
            card.add(new Paragraph(getTranslation("ambassador.home.request.from",
                    departmentNames.getOrDefault(r.requesterDepartmentId(), ""),
                    Formats.dateTime(getLocale(), r.createdAt(), clock.getZone()))));
            Div tags = new Div();
            tags.addClassName("badges");
            if (r.tool() != null) {
                tags.add(Blocks.badge(labels.tool(r.tool())));
            }
            if (r.topic() != null) {
                tags.add(Blocks.badge(labels.painPoint(r.topic()), "contrast"));
            }
            tags.add(Blocks.badge(getTranslation("ambassador.format." + r.preferredFormat()), "contrast"));
            card.add(tags, new Paragraph(r.message()));
            HorizontalLayout actions = new HorizontalLayout();
            actions.setWrap(true);
            actions.setAlignItems(Alignment.CENTER);
            if (r.status() == HelpRequestStatus.OPEN) {
                Button accept = new Button(getTranslation("ambassador.home.request.accept"));
                accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                accept.setDisableOnClick(true);
                accept.addClassName("accept-request");
                accept.addClickListener(e -> act(accept, "ambassador.home.request.accepted",
                        () -> requests.accept(r.id())));
                Button decline = new Button(getTranslation("ambassador.home.request.decline"));
                decline.setDisableOnClick(true);
                decline.addClassName("decline-request");
                decline.addClickListener(e -> act(decline, "ambassador.home.request.declined",
                        () -> requests.decline(r.id())));
                actions.add(accept, decline);
            } else {
                Button logIt = new Button(getTranslation("ambassador.home.request.log"), VaadinIcon.PLUS.create(),
                        e -> getUI().ifPresent(ui -> ui.navigate(CoachingLogView.class,
                                QueryParameters.of("request", r.id().value()))));
                logIt.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                logIt.addClassName("log-request");
                actions.add(Blocks.badge(getTranslation("ambassador.request.status.ACCEPTED"), "success"), logIt);
            }
            card.add(actions);
            list.add(card);
        }
        section.add(list);
        return section;
    }

    private Component topicsSection(AmbassadorHome home) {
        Div section = new Div();
        section.add(new H2(getTranslation("ambassador.home.topics")));
        if (home.topTools().isEmpty() && home.topTopics().isEmpty()) {
            section.add(Blocks.emptyState(getTranslation("ambassador.home.topics.empty")));
            return section;
        }
        Div badges = new Div();
        badges.addClassName("badges");
        for (TopicCount t : home.topTools()) {
            badges.add(Blocks.badge(labels.tool(t.code()) + " · " + t.sessions()));
        }
        for (TopicCount t : home.topTopics()) {
            badges.add(Blocks.badge(labels.painPoint(t.code()) + " · " + t.sessions(), "contrast"));
        }
        section.add(badges);
        return section;
    }

    private Component recognitionSection(AmbassadorHome home) {
        Div section = new Div();
        section.add(new H2(getTranslation("ambassador.home.recognition")));
        Div badges = new Div();
        badges.addClassName("badges");
        for (Badge badge : Badge.values()) {
            boolean earned = home.badges().contains(badge);
            var b = Blocks.badge((earned ? "★ " : "☆ ") + getTranslation("ambassador.badge." + badge),
                    earned ? "success" : "contrast");
            b.getElement().setAttribute("title", getTranslation("ambassador.badge." + badge + ".how"));
            if (!earned) {
                b.addClassName("not-earned");
            }
            badges.add(b);
        }
        section.add(badges);
        section.add(new Paragraph(getTranslation("ambassador.home.points.how")));
        if (!home.ranking().isEmpty()) {
            section.add(new H3(getTranslation("ambassador.home.ranking")));
            OrderedList ranking = new OrderedList();
            ranking.setId("ranking");
            home.ranking().forEach(r -> {
                ListItem item = new ListItem(getTranslation("ambassador.home.ranking.entry", r.name(),
                        String.valueOf(r.points())));
                if (r.you()) {
                    item.addClassName("you");
                }
                ranking.add(item);
            });
            section.add(ranking);
        }
        if (home.rank() != null) {
            section.add(new Paragraph(getTranslation("ambassador.home.rank", String.valueOf(home.rank()))));
        }
        Checkbox publicRanking = new Checkbox(getTranslation("ambassador.home.public-ranking"),
                home.ambassador().publicRanking());
        publicRanking.setId("public-ranking");
        publicRanking.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                act(null, () -> ambassadors.setPublicRanking(e.getValue()));
            }
        });
        section.add(publicRanking);
        return section;
    }

    private Component sessionsSection() {
        Div section = new Div();
        section.setWidthFull();
        section.add(new H2(getTranslation("ambassador.home.sessions")));
        Grid<CoachingSession> grid = new Grid<>();
        grid.addColumn(s -> Formats.date(getLocale(), s.entry().date()))
                .setHeader(getTranslation("ambassador.log.date"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(s -> departmentNames.getOrDefault(s.entry().departmentId(), ""))
                .setHeader(getTranslation("ambassador.log.department")).setAutoWidth(true);
        grid.addColumn(s -> getTranslation("ambassador.format." + s.entry().format()))
                .setHeader(getTranslation("ambassador.log.format")).setAutoWidth(true);
        grid.addColumn(s -> getTranslation("ambassador.minutes", String.valueOf(s.entry().minutes())))
                .setHeader(getTranslation("ambassador.log.duration")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(s -> s.entry().people()).setHeader(getTranslation("ambassador.log.people")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(s -> labels.tools(s.entry().tools())).setHeader(getTranslation("ambassador.log.tools"));
        grid.addComponentColumn(s -> s.outsideCoverage()
                        ? Blocks.badge(getTranslation("ambassador.outside-coverage"), "contrast") : new Span())
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(s -> {
            Button edit = new Button(VaadinIcon.EDIT.create(), e -> getUI().ifPresent(ui -> ui.navigate(
                    CoachingLogView.class, QueryParameters.of("session", s.id().value()))));
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            edit.setAriaLabel(getTranslation("action.edit"));
            Button delete = new Button(VaadinIcon.TRASH.create(), e -> confirmDelete(s));
            delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
            delete.setAriaLabel(getTranslation("action.delete"));
            return new HorizontalLayout(edit, delete);
        }).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(coaching.mySessions());
        grid.setEmptyStateText(getTranslation("ambassador.home.sessions.empty"));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setHeight("24rem");
        grid.setId("my-sessions");
        section.add(grid);
        return section;
    }

    private void confirmDelete(CoachingSession s) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("ambassador.home.delete.title"));
        confirm.setText(getTranslation("ambassador.home.delete.text", Formats.date(getLocale(), s.entry().date())));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmText(getTranslation("action.delete"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> act(null, () -> coaching.delete(s.id())));
        confirm.open();
    }

    private String names(Collection<DepartmentId> ids) {
        return ids.stream().map(d -> departmentNames.getOrDefault(d, "")).collect(Collectors.joining(", "));
    }

    private Component profileSection(Ambassador me) {
        Div section = new Div();
        section.add(new H2(getTranslation("ambassador.home.profile")));
        section.add(new Paragraph(getTranslation("ambassador.directory.covers", names(me.profile().departments()))));
        Optional<CoverageRequest> request = ambassadors.myCoverageRequest();
        request.ifPresent(r -> {
            Paragraph pending = new Paragraph(getTranslation("ambassador.home.profile.coverage-request",
                    names(r.requested()), Formats.date(getLocale(), LocalDate.ofInstant(r.requestedAt(),
                            clock.getZone()))));
            pending.setId("coverage-request");
            section.add(pending);
        });
        section.add(new Paragraph(getTranslation("ambassador.home.profile.tools",
                me.profile().tools().isEmpty() ? "—" : labels.tools(me.profile().tools()))));
        section.add(new Paragraph(getTranslation("ambassador.home.profile.topics",
                me.profile().topics().isEmpty() ? "—" : labels.painPoints(me.profile().topics()))));
        section.add(new Paragraph(getTranslation("ambassador.home.profile.hours",
                String.valueOf(me.profile().monthlyHours()))));
        Button edit = new Button(getTranslation("ambassador.home.profile.edit"), VaadinIcon.EDIT.create(),
                e -> editProfile(me, request));
        edit.setId("edit-profile");
        section.add(edit);
        return section;
    }

    /**
     * The ambassador's own profile: tools, topics and hours are theirs; the departments field shows what they asked
     * for, if anything is pending, and a change there is a request that a lead approves (the service decides so).
     */
    private void editProfile(Ambassador me, Optional<CoverageRequest> request) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("ambassador.home.profile.edit"));
        ProfileForm form = new ProfileForm(departments, labels);
        form.read(request.map(CoverageRequest::requested).orElse(me.profile().departments()), me.profile().tools(),
                me.profile().topics(), me.profile().monthlyHours());
        form.departmentsByRequest();
        dialog.add(form);
        Button save = new Button(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setDisableOnClick(true);
        save.setId("save-profile");
        save.addClickListener(e -> {
            Optional<AmbassadorProfile> profile = form.profile();
            if (profile.isEmpty()) {
                save.setEnabled(true);
                return;
            }
            try {
                ambassadors.updateProfile(me.id(), profile.get());
                dialog.close();
                Notifications.success(this, ambassadors.myCoverageRequest().isPresent()
                        ? "ambassador.home.profile.coverage-requested" : "action.saved");
                refresh();
            } catch (UserFacingException ex) {
                Notifications.error(this, ex);
                save.setEnabled(true);
            }
        });
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    /** Runs an action, then shows the page again; a refusal is shown and the button works again. */
    private void act(@Nullable Button button, Runnable action) {
        act(button, "action.saved", action);
    }

    private void act(@Nullable Button button, String successKey, Runnable action) {
        try {
            action.run();
            Notifications.success(this, successKey);
            refresh();
        } catch (UserFacingException e) {
            Notifications.error(this, e);
            if (button != null) {
                button.setEnabled(true);
            }
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.ambassador");
    }
}
