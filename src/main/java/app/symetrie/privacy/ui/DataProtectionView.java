package app.symetrie.privacy.ui;

import app.symetrie.common.Email;
import app.symetrie.common.Role;
import app.symetrie.common.ui.Notifications;
import app.symetrie.privacy.PrivacyService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Data protection for administrators (docs/PRIVACY.md): how long each kind of data is kept (read-only: settings of
 * the deployment), and a person's rights — export everything held about them as JSON, or erase it.
 */
@Route("data-protection")
@RolesAllowed(Role.ADMIN_ROLE)
@Menu(order = 94, icon = "vaadin:shield", title = "nav.data-protection")
public class DataProtectionView extends VerticalLayout implements HasDynamicTitle {

    /** One row of the retention table: a kind and how long it is kept, in words. */
    record Row(String kind, String keptFor) {
    }

    private final PrivacyService privacy;
    private final EmailField person = new EmailField();
    private final Anchor export;
    private final Button erase = new Button();
    private volatile @Nullable Email chosen;

    DataProtectionView(PrivacyService privacy) {
        this.privacy = privacy;
        add(new H3(getTranslation("privacy.retention")));
        add(new Paragraph(getTranslation("privacy.retention.intro")));
        List<Row> rows = new ArrayList<>();
        privacy.retention().forEach(r -> rows.add(new Row(getTranslation("privacy.kind." + r.kind()),
                period(r.keptFor()))));
        rows.add(new Row(getTranslation("privacy.kind.participations"), getTranslation("privacy.until-close")));
        rows.add(new Row(getTranslation("privacy.kind.reminders"), getTranslation("privacy.until-close")));
        Grid<Row> retention = new Grid<>();
        retention.addColumn(Row::kind).setHeader(getTranslation("privacy.kind")).setAutoWidth(true);
        retention.addColumn(Row::keptFor).setHeader(getTranslation("privacy.kept-for")).setAutoWidth(true);
        retention.setItems(rows);
        retention.setAllRowsVisible(true);
        retention.setId("retention");
        add(retention);

        add(new H3(getTranslation("privacy.rights")));
        add(new Paragraph(getTranslation("privacy.rights.intro")));
        person.setLabel(getTranslation("privacy.person"));
        person.setId("privacy-person");
        person.setWidth("22em");
        person.setValueChangeMode(ValueChangeMode.EAGER);
        export = new Anchor(DownloadHandler.fromInputStream(event -> {
            Email who = chosen;
            if (who == null) {
                return DownloadResponse.error(400);
            }
            byte[] json = privacy.exportJson(who);
            return new DownloadResponse(new ByteArrayInputStream(json), "personal-data-" + who.value() + ".json",
                    "application/json", json.length);
        }), getTranslation("privacy.export"));
        export.setId("privacy-export");
        erase.setText(getTranslation("privacy.erase"));
        erase.setId("privacy-erase");
        erase.addThemeVariants(ButtonVariant.LUMO_ERROR);
        erase.addClickListener(e -> confirmErase());
        person.addValueChangeListener(e -> choose());
        choose();
        HorizontalLayout actions = new HorizontalLayout(person, export, erase);
        actions.setAlignItems(Alignment.BASELINE);
        add(actions);
    }

    private void choose() {
        chosen = Email.isValid(person.getValue()) ? new Email(person.getValue()) : null;
        export.setEnabled(chosen != null);
        // a disabled link is not disabled for assistive technology unless it says so
        export.getElement().setAttribute("aria-disabled", String.valueOf(chosen == null));
        erase.setEnabled(chosen != null);
    }

    private void confirmErase() {
        Email who = chosen;
        if (who == null) {
            return;
        }
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("privacy.erase.title"));
        confirm.setText(getTranslation("privacy.erase.text", who.value()));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmText(getTranslation("privacy.erase"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> {
            PrivacyService.Erasure erasure = privacy.erase(who);
            Notifications.success(this, "privacy.erased", who.value(), erasure.total());
            person.clear();
        });
        confirm.open();
    }

    private String period(Period p) {
        if (p.getYears() > 0 && p.getMonths() == 0 && p.getDays() == 0) {
            return getTranslation("privacy.years", p.getYears());
        }
        if (p.getYears() == 0 && p.getMonths() > 0 && p.getDays() == 0) {
            return getTranslation("privacy.months", p.getMonths());
        }
        return getTranslation("privacy.days", p.getYears() * 365 + p.getMonths() * 30 + p.getDays());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.data-protection");
    }
}
