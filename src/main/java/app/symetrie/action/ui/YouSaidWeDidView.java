package app.symetrie.action.ui;

import app.symetrie.action.Action;
import app.symetrie.action.ActionStatus;
import app.symetrie.action.CheckIn;
import app.symetrie.action.CheckInService;
import app.symetrie.action.YouSaidWeDid;
import app.symetrie.action.YouSaidWeDidSection;
import app.symetrie.action.YouSaidWeDidService;
import app.symetrie.common.ui.Blocks;
import app.symetrie.common.ui.Formats;
import app.symetrie.organization.Department;
import app.symetrie.organization.DepartmentId;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;

/**
 * "You said, we did": what a department's people said at the last closed wave, as its board publishes it (hidden
 * figures stay hidden), next to what was done about it since — the department's actions and the company's, with their
 * status and check-in. Every employee sees their own department's; someone who reads several boards picks one.
 */
@Route("you-said-we-did")
@PermitAll
@Menu(order = 30.5, icon = "vaadin:comments-o", title = "nav.you-said-we-did")
public class YouSaidWeDidView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final YouSaidWeDidService service;
    private final CheckInService checkIns;
    private final ObjectProvider<YouSaidWeDidSection> sections;
    private final Div content = new Div();

    YouSaidWeDidView(YouSaidWeDidService service, CheckInService checkIns,
                     ObjectProvider<YouSaidWeDidSection> sections) {
        this.service = service;
        this.checkIns = checkIns;
        this.sections = sections;
        addClassName("you-said-we-did");
        content.setWidthFull();
        add(content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        DepartmentId asked = event.getLocation().getQueryParameters().getSingleParameter("department")
                .filter(v -> !v.isBlank()).map(DepartmentId::new).orElse(null);
        YouSaidWeDid page;
        try {
            page = service.page(asked, getLocale());
        } catch (org.springframework.security.access.AccessDeniedException notReadable) {
            page = service.page(null, getLocale());
        }
        render(page);
    }

    private void render(YouSaidWeDid page) {
        content.removeAll();
        content.add(new Paragraph(getTranslation("ysd.intro")));
        if (page.choices().size() > 1 && page.departmentId() != null) {
            Select<Department> picker = new Select<>();
            picker.setLabel(getTranslation("ysd.department"));
            picker.setItems(page.choices());
            picker.setItemLabelGenerator(Department::name);
            picker.setId("ysd-department");
            page.choices().stream().filter(d -> d.id().equals(page.departmentId())).findFirst()
                    .ifPresent(picker::setValue);
            picker.addValueChangeListener(e -> {
                if (e.isFromClient() && e.getValue() != null) {
                    getUI().ifPresent(ui -> ui.navigate(YouSaidWeDidView.class,
                            QueryParameters.of("department", e.getValue().id().value())));
                }
            });
            content.add(picker);
        }
        if (page.departmentId() != null) {
            DepartmentId department = page.departmentId();
            content.add(said(page, department));
            Div map = new Div();
            map.setId("ysd-map");
            map.addClassName("ysd-map");
            sections.orderedStream().sorted(Comparator.comparingInt(YouSaidWeDidSection::order))
                    .forEach(s -> s.section(department).ifPresent(map::add));
            map.setVisible(map.getChildren().findAny().isPresent());
            content.add(map);
            content.add(did(getTranslation("ysd.did", page.department()), page.actions(), page, "ysd-actions",
                    "ysd.did.none"));
        }
        content.add(did(getTranslation("ysd.did.company"), page.companyActions(), page, "ysd-company-actions",
                "ysd.did.company.none"));
    }

    private Div said(YouSaidWeDid page, DepartmentId department) {
        Div box = new Div();
        box.addClassName("ysd-said");
        box.setId("ysd-said");
        YouSaidWeDid.Results r = page.results();
        if (r == null) {
            box.add(new H2(getTranslation("ysd.said.title.none", page.department())));
            box.add(Blocks.emptyState(getTranslation("ysd.said.no-wave")));
            return box;
        }
        box.add(new H2(getTranslation("ysd.said.title", page.department(), month(r.opensOn()))));
        if (!r.shown()) {
            box.add(Blocks.emptyState(getTranslation("ysd.said.hidden", r.k())));
            return box;
        }
        Div figures = new Div();
        figures.addClassName("figures");
        if (r.participation() != null) {
            figures.add(Blocks.figure(getTranslation("ysd.said.participation"),
                    Formats.percent(getLocale(), r.participation())));
        }
        if (r.dci() != null) {
            figures.add(Blocks.figure(getTranslation("ysd.said.dci"), score(r.dci())));
        }
        figures.add(Blocks.figure(getTranslation("ysd.said.answers"), String.valueOf(r.n())));
        box.add(figures);
        if (!r.dimensions().isEmpty()) {
            box.add(new H3(getTranslation("ysd.said.dimensions")));
            UnorderedList list = new UnorderedList();
            list.setId("ysd-dimensions");
            r.dimensions().forEach(d -> list.add(new ListItem(getTranslation("ysd.said.dimension", d.label(),
                    score(d.score())))));
            box.add(list);
        }
        if (!r.pains().isEmpty()) {
            box.add(new H3(getTranslation("ysd.said.pains")));
            UnorderedList list = new UnorderedList();
            list.setId("ysd-pains");
            r.pains().forEach(p -> list.add(new ListItem(p.previous() == null
                    ? getTranslation("ysd.said.pain", p.label(), Formats.percent(getLocale(), p.prevalence()))
                    : getTranslation("ysd.said.pain.since", p.label(), Formats.percent(getLocale(), p.prevalence()),
                    Formats.percent(getLocale(), p.previous())))));
            box.add(list);
        }
        box.add(new Anchor("board/" + department.value(), getTranslation("ysd.said.board")));
        return box;
    }

    private String score(YouSaidWeDid.Score s) {
        return Double.isNaN(s.margin()) ? Formats.decimal(getLocale(), s.value(), 0)
                : getTranslation("ysd.score", Formats.decimal(getLocale(), s.value(), 0),
                Formats.decimal(getLocale(), s.margin(), 0));
    }

    private Div did(String title, List<Action> actions, YouSaidWeDid page, String id, String emptyKey) {
        Div box = new Div();
        box.addClassName("ysd-did");
        box.add(new H2(title));
        if (actions.isEmpty()) {
            box.add(Blocks.emptyState(getTranslation(emptyKey)));
            return box;
        }
        Div cards = new Div();
        cards.addClassName("card-list");
        cards.setId(id);
        actions.forEach(a -> cards.add(card(a, page.checkIns().get(a.id()))));
        box.add(cards);
        return box;
    }

    private Div card(Action a, @Nullable CheckIn checkIn) {
        Div card = new Div();
        card.addClassNames("card", "action-card");
        card.add(new H3(a.title()));
        Div badges = new Div();
        badges.addClassName("badges");
        badges.add(Blocks.badge(getTranslation("action.status." + a.status()), switch (a.status()) {
            case DONE -> "success";
            case DROPPED -> "error";
            default -> "contrast";
        }));
        if (a.overdue()) {
            badges.add(Blocks.badge(getTranslation("action.overdue"), "error"));
        }
        if (a.proposed()) {
            badges.add(Blocks.badge(getTranslation("action.from-team"), "contrast"));
        }
        badges.add(Blocks.badge(getTranslation("action.visibility." + a.visibility()), "contrast"));
        card.add(badges);
        if (!a.description().isEmpty()) {
            Paragraph description = new Paragraph(a.description());
            description.addClassName("action-description");
            card.add(description);
        }
        if (a.startOn() != null || a.dueOn() != null) {
            card.add(new Paragraph(getTranslation("action.dates.value", date(a.startOn()), date(a.dueOn()))));
        }
        if (a.status() != ActionStatus.DROPPED) {
            ProgressBar progress = new ProgressBar(0, 100, a.percent());
            progress.getElement().setAttribute("aria-label", getTranslation("action.percent.value", a.percent()));
            Div cell = new Div(new Span(getTranslation("action.percent.value", a.percent())), progress);
            cell.addClassName("bar-cell");
            card.add(cell);
        }
        if (checkIn != null && checkIn.state() != CheckIn.State.NONE) {
            Span label = new Span(getTranslation("action.checkin"));
            label.addClassName("action-checkin-label");
            card.add(label, new CheckInPanel(checkIns, checkIn, false));
        }
        card.add(new Anchor("actions?department=" + (a.departmentId() == null ? ActionPlanView.COMPANY
                : a.departmentId().value()), getTranslation("ysd.did.plan")));
        return card;
    }

    private String month(LocalDate date) {
        return java.time.format.DateTimeFormatter.ofPattern("MMMM yyyy", getLocale()).format(date);
    }

    private String date(@Nullable LocalDate date) {
        return date == null ? "—" : Formats.date(getLocale(), date);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.you-said-we-did");
    }
}
