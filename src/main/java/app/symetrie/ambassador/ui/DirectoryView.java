package app.symetrie.ambassador.ui;

import app.symetrie.ambassador.AmbassadorApplication;
import app.symetrie.ambassador.AmbassadorService;
import app.symetrie.ambassador.ApplicationId;
import app.symetrie.ambassador.ApplicationStatus;
import app.symetrie.ambassador.CoachingFormat;
import app.symetrie.ambassador.DirectoryEntry;
import app.symetrie.ambassador.HelpRequest;
import app.symetrie.ambassador.HelpRequestDraft;
import app.symetrie.ambassador.HelpRequestId;
import app.symetrie.ambassador.HelpRequestService;
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
import app.symetrie.organization.Department;
import app.symetrie.organization.DepartmentId;
import app.symetrie.organization.OrganizationService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * "Who can help me?": every employee finds an active ambassador by department and by tool and asks for help; their
 * own requests are listed below, and anyone can offer to become an ambassador.
 */
@Route("help")
@RolesAllowed(Role.EMPLOYEE_ROLE)
@Menu(order = 20, icon = "vaadin:handshake", title = "nav.help")
public class DirectoryView extends VerticalLayout implements HasDynamicTitle {

    private final AmbassadorService ambassadors;
    private final HelpRequestService requests;
    private final CatalogLabels labels;
    private final Clock clock;
    private final Map<DepartmentId, String> departmentNames;
    private final ComboBox<Department> departmentFilter = new ComboBox<>();
    private final ComboBox<CatalogItem> toolFilter = new ComboBox<>();
    private final Div results = new Div();
    private final Grid<HelpRequest> myRequests = new Grid<>();
    private final Div requestsSection = new Div();
    private final Div becomePanel = new Div();

    DirectoryView(AmbassadorService ambassadors, HelpRequestService requests, OrganizationService organization,
                  BarometerCatalog catalog, Clock clock) {
        this.ambassadors = ambassadors;
        this.requests = requests;
        this.clock = clock;
        this.labels = new CatalogLabels(catalog, getLocale());
        addClassName("directory-view");
        List<Department> departments = organization.departments();
        departmentNames = departments.stream().collect(Collectors.toMap(Department::id, Department::name));

        add(new Paragraph(getTranslation("ambassador.directory.intro")));
        departmentFilter.setLabel(getTranslation("ambassador.directory.department"));
        departmentFilter.setPlaceholder(getTranslation("ambassador.directory.all-departments"));
        departmentFilter.setItems(departments);
        departmentFilter.setItemLabelGenerator(Department::name);
        departmentFilter.setClearButtonVisible(true);
        departmentFilter.setId("directory-department");
        departmentFilter.setWidth("18rem");
        departmentFilter.addValueChangeListener(e -> refreshResults());
        toolFilter.setLabel(getTranslation("ambassador.directory.tool"));
        toolFilter.setPlaceholder(getTranslation("ambassador.directory.all-tools"));
        toolFilter.setItems(labels.tools());
        toolFilter.setItemLabelGenerator(labels::label);
        toolFilter.setClearButtonVisible(true);
        toolFilter.setId("directory-tool");
        toolFilter.setWidth("18rem");
        toolFilter.addValueChangeListener(e -> refreshResults());
        HorizontalLayout filters = new HorizontalLayout(departmentFilter, toolFilter);
        filters.setWrap(true);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        results.addClassName("card-list");
        results.setId("directory-results");
        add(filters, results);

        // The person's own requests and where they stand come first once there are some (on a phone, the
        // directory would otherwise push them out of sight): name and status first, the message last.
        requestsSection.add(new H2(getTranslation("ambassador.requests.mine")));
        myRequests.addColumn(HelpRequest::ambassadorName).setHeader(getTranslation("ambassador.requests.ambassador"))
                .setAutoWidth(true);
        myRequests.addComponentColumn(r -> Blocks.badge(getTranslation("ambassador.request.status." + r.status()),
                        theme(r))).setHeader(getTranslation("ambassador.requests.status")).setAutoWidth(true)
                .setFlexGrow(0);
        myRequests.addColumn(r -> Formats.dateTime(getLocale(), r.createdAt(), clock.getZone()))
                .setHeader(getTranslation("ambassador.requests.sent")).setAutoWidth(true).setFlexGrow(0);
        myRequests.addColumn(r -> labels.tool(r.tool())).setHeader(getTranslation("ambassador.requests.tool"))
                .setAutoWidth(true);
        myRequests.addColumn(HelpRequest::message).setHeader(getTranslation("ambassador.requests.message"))
                .setFlexGrow(2);
        myRequests.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        myRequests.setEmptyStateText(getTranslation("ambassador.requests.mine.empty"));
        myRequests.setAllRowsVisible(true);
        myRequests.setId("my-requests");
        requestsSection.add(myRequests);
        requestsSection.setId("my-requests-section");
        requestsSection.setWidthFull();
        add(requestsSection);

        becomePanel.addClassName("card");
        add(becomePanel);
        refreshResults();
        refreshRequests();
        refreshBecome();
    }

    private static String theme(HelpRequest r) {
        return switch (r.status()) {
            case OPEN -> "contrast";
            case ACCEPTED, DONE -> "success";
            case DECLINED -> "error";
        };
    }

    private void refreshResults() {
        results.removeAll();
        Department department = departmentFilter.getValue();
        CatalogItem tool = toolFilter.getValue();
        List<DirectoryEntry> found = ambassadors.directory(department == null ? null : department.id(),
                tool == null ? null : tool.code());
        if (found.isEmpty()) {
            results.add(Blocks.emptyState(getTranslation("ambassador.directory.empty")));
        }
        found.forEach(entry -> results.add(card(entry)));
    }

    private Div card(DirectoryEntry entry) {
        var a = entry.ambassador();
        Div card = new Div();
        card.addClassName("card");
        card.addClassName("ambassador-card");
        H3 name = new H3(a.name());
        card.add(name, new Paragraph(getTranslation("ambassador.directory.works-in", entry.homeDepartmentName())));
        card.add(new Paragraph(getTranslation("ambassador.directory.covers", a.profile().departments().stream()
                .map(d -> departmentNames.getOrDefault(d, "")).collect(Collectors.joining(", ")))));
        Div tools = new Div();
        tools.addClassName("badges");
        labels.toolItems(a.profile().tools()).forEach(t -> tools.add(Blocks.badge(labels.label(t))));
        labels.painPointItems(a.profile().topics()).forEach(t -> tools.add(Blocks.badge(labels.label(t), "contrast")));
        card.add(tools);
        card.add(new Paragraph(entry.hoursLeftThisMonth() < 0.25
                ? getTranslation("ambassador.directory.availability.used")
                : getTranslation("ambassador.directory.availability",
                Formats.decimal(getLocale(), entry.hoursLeftThisMonth(), 1))));
        Button ask = new Button(getTranslation("ambassador.directory.ask"), VaadinIcon.COMMENT.create(),
                e -> ask(entry));
        ask.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ask.setAriaLabel(getTranslation("ambassador.directory.ask-named", a.name()));
        ask.addClassName("ask-button");
        card.add(ask);
        return card;
    }

    /** What the help request form holds, before {@link HelpRequestDraft} checks it. */
    private static final class AskBean {
        @Nullable CatalogItem tool;
        @Nullable CatalogItem topic;
        @Nullable CoachingFormat format;
        String message = "";
    }

    // Null fields reach the record's constructor on purpose: it rejects them with the field's message, which the
    // Binder shows beside the field (docs/decisions/024-forms-on-binder.md).
    @SuppressWarnings("NullAway")
    private static HelpRequestDraft draft(HelpRequestId id, DirectoryEntry entry, AskBean b) {
        return new HelpRequestDraft(id, entry.ambassador().id(), b.tool == null ? null : b.tool.code(),
                b.topic == null ? null : b.topic.code(), b.format, b.message);
    }

    private void ask(DirectoryEntry entry) {
        HelpRequestId id = HelpRequestId.random();
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("ambassador.ask.title", entry.ambassador().name()));
        ComboBox<CatalogItem> tool = new ComboBox<>(getTranslation("ambassador.ask.tool"));
        tool.setItems(labels.tools());
        tool.setItemLabelGenerator(labels::label);
        tool.setClearButtonVisible(true);
        tool.setValue(toolFilter.getValue());
        tool.setId("ask-tool");
        ComboBox<CatalogItem> topic = new ComboBox<>(getTranslation("ambassador.ask.topic"));
        topic.setItems(labels.painPoints());
        topic.setItemLabelGenerator(labels::label);
        topic.setClearButtonVisible(true);
        RadioButtonGroup<CoachingFormat> format = new RadioButtonGroup<>(getTranslation("ambassador.ask.format"));
        format.setItems(CoachingFormat.values());
        format.setItemLabelGenerator(f -> getTranslation("ambassador.format." + f));
        format.setValue(CoachingFormat.ONE_TO_ONE);
        TextArea message = new TextArea(getTranslation("ambassador.ask.message"));
        message.setMaxLength(HelpRequestDraft.MESSAGE_MAX);
        message.setRequired(true);
        message.setHelperText(getTranslation("ambassador.ask.message.help"));
        message.setId("ask-message");
        FormLayout form = new FormLayout(tool, topic, format, message);
        form.setColspan(message, 2);
        form.setColspan(format, 2);
        dialog.add(form);

        Button send = new Button(getTranslation("ambassador.ask.send"));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setDisableOnClick(true);
        send.setId("ask-send");
        ValueBinder<AskBean> binder = new ValueBinder<>(this);
        binder.bind("tool", tool, b -> b.tool, (b, v) -> b.tool = v);
        binder.bind("topic", topic, b -> b.topic, (b, v) -> b.topic = v);
        binder.bind("preferredFormat", format, b -> b.format, (b, v) -> b.format = v);
        binder.bind("message", message, b -> b.message, (b, v) -> b.message = v);
        send.addClickListener(e -> {
            Optional<HelpRequestDraft> draft = binder.write(new AskBean(), b -> draft(id, entry, b));
            if (draft.isEmpty()) {
                send.setEnabled(true);
                return;
            }
            try {
                requests.ask(draft.get());
                dialog.close();
                Notifications.success(this, "ambassador.ask.sent", entry.ambassador().name());
                refreshRequests();
            } catch (InvalidValueException ex) {
                binder.show(ex);
                send.setEnabled(true);
            } catch (UserFacingException ex) {
                Notifications.error(this, ex);
                send.setEnabled(true);
            }
        });
        Button cancel = new Button(getTranslation("action.cancel"), e -> dialog.close());
        dialog.getFooter().add(cancel, send);
        dialog.open();
        message.focus();
    }

    private void refreshRequests() {
        List<HelpRequest> mine = requests.mine();
        myRequests.setItems(mine);
        if (!mine.isEmpty() && indexOf(requestsSection) != 0) {
            addComponentAsFirst(requestsSection);
        }
    }

    private void refreshBecome() {
        becomePanel.removeAll();
        if (ambassadors.me().filter(a -> a.status().holdsRole()).isPresent()) {
            becomePanel.setVisible(false);
            return;
        }
        becomePanel.add(new H3(getTranslation("ambassador.apply.title")));
        Optional<AmbassadorApplication> application = ambassadors.myApplication();
        if (application.isPresent() && application.get().status() == ApplicationStatus.PENDING) {
            becomePanel.add(new Paragraph(getTranslation("ambassador.apply.pending",
                    Formats.date(getLocale(), LocalDate.ofInstant(application.get().submittedAt(), clock.getZone())))));
            return;
        }
        becomePanel.add(new Paragraph(getTranslation("ambassador.apply.text")));
        Button apply = new Button(getTranslation("ambassador.apply.button"), e -> apply());
        apply.setId("apply");
        becomePanel.add(apply);
    }

    private void apply() {
        ApplicationId id = ApplicationId.random();
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("ambassador.apply.title"));
        TextArea motivation = new TextArea(getTranslation("ambassador.apply.motivation"));
        motivation.setMaxLength(AmbassadorApplication.MOTIVATION_MAX);
        motivation.setRequired(true);
        motivation.setWidthFull();
        motivation.setId("apply-motivation");
        MultiSelectComboBox<CatalogItem> tools = new MultiSelectComboBox<>(getTranslation("ambassador.apply.tools"));
        tools.setItems(labels.tools());
        tools.setItemLabelGenerator(labels::label);
        tools.setWidthFull();
        dialog.add(new VerticalLayout(motivation, tools));
        ValueBinder<Object> errors = new ValueBinder<>(this);
        errors.alsoShow("motivation", motivation);
        Button send = new Button(getTranslation("ambassador.apply.send"));
        send.setId("apply-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setDisableOnClick(true);
        send.addClickListener(e -> {
            try {
                ambassadors.apply(id, motivation.getValue(),
                        tools.getValue().stream().map(CatalogItem::code).sorted().toList());
                dialog.close();
                Notifications.success(this, "ambassador.apply.sent");
                refreshBecome();
            } catch (InvalidValueException ex) {
                errors.show(ex);
                send.setEnabled(true);
            } catch (UserFacingException ex) {
                Notifications.error(this, ex);
                send.setEnabled(true);
            }
        });
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), send);
        dialog.open();
        motivation.focus();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.help");
    }
}
