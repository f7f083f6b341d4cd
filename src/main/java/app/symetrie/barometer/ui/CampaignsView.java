package app.symetrie.barometer.ui;

import app.symetrie.barometer.AnonymityThresholds;
import app.symetrie.barometer.Cadence;
import app.symetrie.barometer.Campaign;
import app.symetrie.barometer.CampaignId;
import app.symetrie.barometer.CampaignService;
import app.symetrie.barometer.DepartmentParticipation;
import app.symetrie.barometer.Wave;
import app.symetrie.barometer.WaveStatus;
import app.symetrie.common.Role;
import app.symetrie.common.InvalidValueException;
import app.symetrie.common.UserFacingException;
import app.symetrie.common.ui.Notifications;
import app.symetrie.common.ui.ValueBinder;
import app.symetrie.organization.Department;
import app.symetrie.organization.OrganizationService;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Campaigns for leads: their schedule and thresholds, their waves (open or close one by hand), and live
 * participation per department — counts only, and only where at least k people were invited.
 */
@Route("campaigns")
@RolesAllowed({Role.LEAD_ROLE, Role.ADMIN_ROLE})
@Menu(order = 70, icon = "vaadin:calendar-clock", title = "nav.campaigns")
public class CampaignsView extends VerticalLayout implements HasDynamicTitle {

    private final CampaignService campaigns;
    private final OrganizationService organization;
    private final Grid<Campaign> campaignGrid = new Grid<>();
    private final Grid<Wave> waveGrid = new Grid<>();
    private final Grid<DepartmentParticipation> participationGrid = new Grid<>();
    private final H3 wavesTitle = new H3();
    private final H3 participationTitle = new H3();
    private final HorizontalLayout waveActions = new HorizontalLayout();
    private final Paragraph participationSummary = new Paragraph();
    private @Nullable Campaign selected;
    private @Nullable Wave selectedWave;
    private final DateTimeFormatter dates;
    private final java.time.Clock clock;
    private com.vaadin.flow.shared.@Nullable Registration pollRegistration;

    CampaignsView(CampaignService campaigns, OrganizationService organization, java.time.Clock clock) {
        this.clock = clock;
        this.campaigns = campaigns;
        this.organization = organization;
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        setWidthFull();

        Button add = new Button(getTranslation("campaign.new"), VaadinIcon.PLUS.create(), e -> edit(null));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("new-campaign");

        campaignGrid.addColumn(Campaign::name).setHeader(getTranslation("campaign.name")).setFlexGrow(2);
        campaignGrid.addColumn(c -> getTranslation("campaign.cadence." + c.cadence().name()))
                .setHeader(getTranslation("campaign.cadence")).setAutoWidth(true);
        campaignGrid.addColumn(c -> c.targetsEveryone() ? getTranslation("campaign.targets.all")
                : getTranslation("campaign.targets.some", c.targetDepartments().size()))
                .setHeader(getTranslation("campaign.targets")).setAutoWidth(true);
        campaignGrid.addColumn(c -> "k = " + c.thresholds().k() + " · " + c.thresholds().kComments())
                .setHeader(getTranslation("campaign.thresholds")).setAutoWidth(true);
        campaignGrid.addColumn(c -> campaigns.nextOpening(c).map(dates::format)
                        .orElse(c.active() ? "—" : getTranslation("campaign.paused")))
                .setHeader(getTranslation("campaign.next")).setAutoWidth(true);
        campaignGrid.addComponentColumn(c -> {
            Button edit = new Button(VaadinIcon.EDIT.create(), e -> edit(c));
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            edit.setId("edit-campaign-" + c.id().value());
            edit.setAriaLabel(getTranslation("action.edit") + " " + c.name());
            return edit;
        }).setFlexGrow(0).setWidth("4rem");
        campaignGrid.setAllRowsVisible(true);
        campaignGrid.setEmptyStateText(getTranslation("campaign.empty"));
        campaignGrid.asSingleSelect().addValueChangeListener(e -> select(e.getValue()));
        campaignGrid.setId("campaigns-grid");

        waveGrid.addColumn(w -> "#" + (w.slot() + 1)).setHeader(getTranslation("wave.number")).setAutoWidth(true)
                .setFlexGrow(0);
        waveGrid.addColumn(w -> dates.format(w.opensOn()) + " → " + dates.format(w.closesOn()))
                .setHeader(getTranslation("wave.period")).setFlexGrow(2);
        waveGrid.addColumn(w -> w.closeScheduled() ? getTranslation("wave.status.CLOSE_SCHEDULED",
                        time(w.reopenableUntil())) : getTranslation("wave.status." + w.status().name()))
                .setHeader(getTranslation("wave.status")).setAutoWidth(true);
        waveGrid.addColumn(w -> "v" + w.questionnaireVersion()).setHeader(getTranslation("wave.version"))
                .setAutoWidth(true).setFlexGrow(0);
        waveGrid.addColumn(Wave::invitedTotal).setHeader(getTranslation("wave.invited")).setAutoWidth(true)
                .setTextAlign(ColumnTextAlign.END);
        waveGrid.addColumn(w -> percent(campaigns.answeredCount(w.id()), w.invitedTotal()))
                .setHeader(getTranslation("wave.participation")).setAutoWidth(true).setTextAlign(ColumnTextAlign.END);
        waveGrid.setAllRowsVisible(true);
        waveGrid.setEmptyStateText(getTranslation("wave.empty"));
        waveGrid.asSingleSelect().addValueChangeListener(e -> showParticipation(e.getValue()));
        waveGrid.setId("waves-grid");

        participationGrid.addColumn(DepartmentParticipation::departmentName)
                .setHeader(getTranslation("department.name")).setFlexGrow(2);
        participationGrid.addColumn(p -> getTranslation(p.support() ? "department.kind.SUPPORT"
                : "department.kind.FRONT_OFFICE")).setHeader(getTranslation("department.kind")).setAutoWidth(true);
        participationGrid.addColumn(DepartmentParticipation::invited).setHeader(getTranslation("wave.invited"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        participationGrid.addColumn(p -> p.answered() == null ? getTranslation("participation.hidden")
                : String.valueOf(p.answered())).setHeader(getTranslation("wave.answered"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        participationGrid.addComponentColumn(p -> {
            if (p.rate() == null) {
                return new Span();
            }
            ProgressBar bar = new ProgressBar(0, 1, p.rate());
            bar.addClassName(p.rate() < 0.6 ? "low" : "ok");
            bar.getElement().setAttribute("aria-label", getTranslation("wave.participation") + " " + p.departmentName());
            Span label = new Span(percent(p.answered(), p.invited()));
            HorizontalLayout cell = new HorizontalLayout(bar, label);
            cell.setAlignItems(Alignment.CENTER);
            return cell;
        }).setHeader(getTranslation("wave.participation")).setFlexGrow(2);
        participationGrid.setAllRowsVisible(true);
        participationGrid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        participationGrid.setId("participation-grid");

        add(add, campaignGrid, wavesTitle, waveActions, waveGrid, participationTitle, participationSummary,
                participationGrid);
        refresh();
    }

    private String percent(@Nullable Integer part, int whole) {
        if (part == null || whole == 0) {
            return "—";
        }
        NumberFormat format = NumberFormat.getPercentInstance(getLocale());
        return format.format((double) part / whole);
    }

    /**
     * Reloads the campaigns and keeps the one being worked on selected (the one just created, or whose wave was just
     * opened or closed) — setting the items clears the grid's selection, so it is remembered first.
     */
    private void refresh() {
        @Nullable Campaign keep = selected;
        List<Campaign> all = campaigns.campaigns();
        campaignGrid.setItems(all);
        Campaign again = keep == null ? null
                : all.stream().filter(c -> c.id().equals(keep.id())).findFirst().orElse(null);
        if (again == null && !all.isEmpty()) {
            again = all.getFirst();
        }
        if (again != null) {
            campaignGrid.select(again);
        }
        select(again);
    }

    private void select(@Nullable Campaign campaign) {
        selected = campaign;
        waveActions.removeAll();
        boolean visible = campaign != null;
        wavesTitle.setVisible(visible);
        waveGrid.setVisible(visible);
        if (campaign == null) {
            showParticipation(null);
            return;
        }
        wavesTitle.setText(getTranslation("wave.of", campaign.name()));
        List<Wave> waves = campaigns.waves(campaign.id());
        waveGrid.setItems(waves);
        Wave open = waves.stream().filter(w -> w.status() == WaveStatus.OPEN).findFirst().orElse(null);
        if (open == null) {
            Button openNow = new Button(getTranslation("wave.open-now"), VaadinIcon.PLAY.create(),
                    e -> confirmOpen(campaign));
            openNow.setId("open-wave");
            waveActions.add(openNow);
        } else if (open.closeScheduled()) {
            Span scheduled = new Span(getTranslation("wave.close-scheduled", time(open.reopenableUntil())));
            scheduled.setId("close-scheduled");
            Button reopen = new Button(getTranslation("wave.reopen"), VaadinIcon.ROTATE_LEFT.create(), e -> act(() ->
                    campaigns.reopen(open.id()), "wave.reopened"));
            reopen.setDisableOnClick(true);
            reopen.setId("reopen-wave");
            waveActions.add(scheduled, reopen);
            waveActions.setAlignItems(Alignment.CENTER);
        } else {
            Button close = new Button(getTranslation("wave.close-now"), VaadinIcon.STOP.create(),
                    e -> confirmClose(open));
            close.addThemeVariants(ButtonVariant.LUMO_ERROR);
            close.setId("close-wave");
            waveActions.add(close);
        }
        Wave focus = open != null ? open : waves.isEmpty() ? null : waves.getFirst();
        if (focus != null) {
            waveGrid.select(focus);
        } else {
            showParticipation(null);
        }
    }

    private String time(java.time.@Nullable Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(getLocale())
                .format(instant.atZone(clock.getZone()));
    }

    /** Says who is invited, how many, and until when, before a wave opens for them. */
    private void confirmOpen(Campaign campaign) {
        int invitees = campaigns.inviteesNow(campaign.id());
        java.time.LocalDate closes = java.time.LocalDate.now(clock).plusDays(campaign.waveLengthDays() - 1L);
        String who = campaign.targetsEveryone() ? getTranslation("wave.confirm.everyone")
                : getTranslation("campaign.targets.some", campaign.targetDepartments().size());
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("confirm-open-wave");
        confirm.setHeader(getTranslation("wave.confirm.open.title", campaign.name()));
        confirm.setText(getTranslation("wave.confirm.open.text", invitees, who,
                DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale()).format(closes),
                campaign.waveLengthDays()));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmText(getTranslation("wave.confirm.open.action", invitees));
        confirm.addConfirmListener(e -> act(() -> campaigns.openNow(campaign.id()), "wave.opened"));
        confirm.open();
    }

    /** Says that answers stop now, how many answered, when results are published and until when it can be undone. */
    private void confirmClose(Wave open) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("confirm-close-wave");
        confirm.setHeader(getTranslation("wave.confirm.close.title", "#" + (open.slot() + 1), open.campaignName()));
        confirm.setText(getTranslation("wave.confirm.close.text", campaigns.answeredCount(open.id()),
                open.invitedTotal(), CampaignService.CLOSE_GRACE.toMinutes()));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmText(getTranslation("wave.close-now"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> act(() -> campaigns.scheduleClose(open.id()), "wave.closed"));
        confirm.open();
    }

    private void act(Runnable action, String successKey) {
        try {
            action.run();
            Notifications.success(this, successKey);
        } catch (UserFacingException e) {
            Notifications.error(this, e);
        }
        refresh();
    }

    private void showParticipation(@Nullable Wave wave) {
        selectedWave = wave;
        boolean visible = wave != null;
        participationTitle.setVisible(visible);
        participationGrid.setVisible(visible);
        participationSummary.setVisible(visible);
        if (wave == null) {
            return;
        }
        participationTitle.setText(getTranslation("participation.title", "#" + (wave.slot() + 1)));
        List<DepartmentParticipation> rows = campaigns.participation(wave.id());
        participationGrid.setItems(rows);
        participationSummary.setText(getTranslation("participation.summary",
                percent(campaigns.answeredCount(wave.id()), wave.invitedTotal()), wave.invitedTotal(),
                wave.thresholds().k()));
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        // Participation is live: refreshed every 15 s while the page is open.
        attachEvent.getUI().setPollInterval(15_000);
        pollRegistration = attachEvent.getUI().addPollListener(e -> {
            if (selectedWave != null && selectedWave.status() == WaveStatus.OPEN) {
                showParticipation(selectedWave);
            }
        });
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        detachEvent.getUI().setPollInterval(-1);
        if (pollRegistration != null) {
            pollRegistration.remove();
            pollRegistration = null;
        }
    }

    /** What the campaign dialog's fields hold, before {@link Campaign} checks it (docs/decisions/024-forms-on-binder.md). */
    private static final class CampaignBean {
        String name = "";
        @Nullable Cadence cadence = Cadence.QUARTERLY;
        java.time.@Nullable LocalDate firstOpening;
        @Nullable Integer length = 21;
        Set<Department> targets = Set.of();
        String reminders = "3, 10";
        @Nullable Integer k = AnonymityThresholds.DEFAULT.k();
        @Nullable Integer kComments = AnonymityThresholds.DEFAULT.kComments();
        boolean active = true;
    }

    private void edit(@Nullable Campaign existing) {
        Dialog dialog = new Dialog();
        dialog.setId("campaign-dialog");
        dialog.setHeaderTitle(getTranslation(existing == null ? "campaign.new" : "campaign.edit"));
        TextField name = new TextField(getTranslation("campaign.name"));
        name.setId("campaign-name");
        name.setMaxLength(Campaign.NAME_MAX);
        Select<Cadence> cadence = new Select<>();
        cadence.setId("campaign-cadence");
        cadence.setLabel(getTranslation("campaign.cadence"));
        cadence.setItems(Cadence.values());
        cadence.setItemLabelGenerator(c -> getTranslation("campaign.cadence." + c.name()));
        DatePicker first = new DatePicker(getTranslation("campaign.first-opening"));
        first.setId("campaign-first-opening");
        first.setLocale(getLocale());
        IntegerField length = new IntegerField(getTranslation("campaign.length"));
        length.setId("campaign-length");
        length.setMin(Campaign.MIN_LENGTH_DAYS);
        length.setMax(Campaign.MAX_LENGTH_DAYS);
        length.setStepButtonsVisible(true);
        MultiSelectComboBox<Department> targets = new MultiSelectComboBox<>(getTranslation("campaign.targets"));
        targets.setId("campaign-targets");
        List<Department> departments = organization.departments();
        Map<String, Department> byId = departments.stream()
                .collect(Collectors.toMap(d -> d.id().value(), Function.identity()));
        targets.setItems(departments);
        targets.setItemLabelGenerator(Department::name);
        targets.setHelperText(getTranslation("campaign.targets.helper"));
        TextField reminders = new TextField(getTranslation("campaign.reminders"));
        reminders.setId("campaign-reminders");
        reminders.setHelperText(getTranslation("campaign.reminders.helper"));
        reminders.setAllowedCharPattern("[0-9, ]");
        IntegerField k = new IntegerField(getTranslation("campaign.k"));
        k.setId("campaign-k");
        k.setMin(AnonymityThresholds.MIN_K);
        k.setMax(AnonymityThresholds.MAX_K);
        k.setStepButtonsVisible(true);
        k.setHelperText(getTranslation("campaign.k.helper"));
        IntegerField kComments = new IntegerField(getTranslation("campaign.k-comments"));
        kComments.setId("campaign-k-comments");
        kComments.setMin(AnonymityThresholds.MIN_K);
        kComments.setMax(AnonymityThresholds.MAX_K_COMMENTS);
        kComments.setStepButtonsVisible(true);
        Checkbox active = new Checkbox(getTranslation("campaign.active"));
        active.setId("campaign-active");

        // Each field is bound to the record component whose refusal it shows: Campaign's own, and the thresholds'
        // (k, kComments; the service's "locked while a wave is open" names the thresholds, shown on k).
        ValueBinder<CampaignBean> binder = new ValueBinder<>(this);
        binder.bind("name", name, b -> b.name, (b, v) -> b.name = v);
        binder.bind("cadence", cadence, b -> b.cadence, (b, v) -> b.cadence = v);
        binder.bind("firstOpening", first, b -> b.firstOpening, (b, v) -> b.firstOpening = v);
        binder.bind("waveLengthDays", length, b -> b.length, (b, v) -> b.length = v);
        binder.bind("targetDepartments", targets, b -> b.targets, (b, v) -> b.targets = v);
        binder.bind("reminderDays", reminders, b -> b.reminders, (b, v) -> b.reminders = v);
        binder.bind("k", k, b -> b.k, (b, v) -> b.k = v);
        binder.bind("kComments", kComments, b -> b.kComments, (b, v) -> b.kComments = v);
        binder.alsoShow("thresholds", k);
        binder.bind("active", active, b -> b.active, (b, v) -> b.active = v);

        CampaignBean bean = new CampaignBean();
        if (existing == null) {
            bean.firstOpening = java.time.LocalDate.now(clock).plusDays(7);
        } else {
            bean.name = existing.name();
            bean.cadence = existing.cadence();
            bean.firstOpening = existing.firstOpening();
            bean.length = existing.waveLengthDays();
            bean.targets = existing.targetDepartments().stream().map(d -> byId.get(d.value()))
                    .filter(java.util.Objects::nonNull).collect(Collectors.toSet());
            bean.reminders = existing.reminderDays().stream().map(String::valueOf).collect(Collectors.joining(", "));
            bean.k = existing.thresholds().k();
            bean.kComments = existing.thresholds().kComments();
            bean.active = existing.active();
        }
        binder.read(bean);
        CampaignId id = existing == null ? CampaignId.random() : existing.id();
        dialog.add(new FormLayout(name, cadence, first, length, targets, reminders, k, kComments, active));

        // A refusal no field holds, and the overlap warning, are said in the dialog and gone once it is saved.
        Paragraph error = new Paragraph();
        error.setId("campaign-error");
        error.addClassName("form-error");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);
        Paragraph warning = new Paragraph();
        warning.setId("campaign-overlap");
        warning.addClassName("form-warning");
        warning.getElement().setAttribute("role", "alert");
        warning.setVisible(false);
        dialog.add(error, warning);
        boolean[] overlapConfirmed = {false};
        Button save = new Button(getTranslation("action.save"));
        save.addClickListener(e -> {
            error.setVisible(false);
            Optional<Campaign> built = binder.write(new CampaignBean(), b -> campaign(id, b));
            if (built.isEmpty()) {
                return;
            }
            Campaign campaign = built.get();
            try {
                List<Wave> overlaps = campaigns.overlappingOpenWaves(campaign);
                if (!overlaps.isEmpty() && !overlapConfirmed[0]) {
                    // Warned once, in the dialog: saving again (unchanged) confirms.
                    overlapConfirmed[0] = true;
                    Wave other = overlaps.getFirst();
                    warning.setText(getTranslation("campaign.overlap", other.campaignName(), "#" + (other.slot() + 1),
                            dates.format(other.closesOn())));
                    warning.setVisible(true);
                    save.setText(getTranslation("campaign.overlap.save"));
                    return;
                }
                campaigns.saveCampaign(campaign);
                dialog.close();
                selected = campaign;
                refresh();
                Notifications.success(this, "action.saved");
            } catch (InvalidValueException ex) {
                binder.show(ex);
            } catch (UserFacingException ex) {
                showError(error, getTranslation(ex.messageKey(), ex.arguments()));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-campaign");
        // Changing who or when is asked anew.
        targets.addValueChangeListener(e -> resetOverlap(overlapConfirmed, warning, save));
        first.addValueChangeListener(e -> resetOverlap(overlapConfirmed, warning, save));
        Button cancel = new Button(getTranslation("action.cancel"), e -> dialog.close());
        cancel.setId("cancel-campaign");
        dialog.getFooter().add(cancel, save);
        dialog.open();
        name.focus();
    }

    /**
     * The campaign the dialog describes. Null and unreadable values reach the records' constructors on purpose: they
     * refuse them with the field's message (an empty number reads as 0, out of range; reminder days that are no
     * numbers are out of the wave), which the Binder shows beside the field.
     */
    @SuppressWarnings("NullAway")
    private static Campaign campaign(CampaignId id, CampaignBean b) {
        List<Integer> days = new java.util.ArrayList<>();
        for (String day : b.reminders.split("[ ,]+")) {
            if (day.isBlank()) {
                continue;
            }
            try {
                days.add(Integer.parseInt(day));
            } catch (NumberFormatException tooLong) {
                throw new InvalidValueException("reminderDays", "error.campaign.reminder.range");
            }
        }
        int length = b.length == null ? 0 : b.length;
        AnonymityThresholds thresholds = new AnonymityThresholds(b.k == null ? 0 : b.k,
                b.kComments == null ? 0 : b.kComments);
        return new Campaign(id, b.name, b.cadence, b.firstOpening, length,
                b.targets.stream().map(Department::id).toList(), days, thresholds, b.active);
    }

    private void resetOverlap(boolean[] confirmed, Paragraph warning, Button save) {
        confirmed[0] = false;
        warning.setVisible(false);
        save.setText(getTranslation("action.save"));
    }

    private static void showError(Paragraph error, String message) {
        error.setText(message);
        error.setVisible(true);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.campaigns");
    }
}
