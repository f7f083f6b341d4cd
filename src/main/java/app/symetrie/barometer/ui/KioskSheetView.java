package app.symetrie.barometer.ui;

import app.symetrie.barometer.CampaignService;
import app.symetrie.barometer.KioskCodes;
import app.symetrie.barometer.KioskSheet;
import app.symetrie.barometer.Wave;
import app.symetrie.common.Role;
import app.symetrie.common.UserFacingException;
import app.symetrie.common.ui.Notifications;
import app.symetrie.common.ui.QrCodes;
import app.symetrie.organization.Department;
import app.symetrie.organization.OrganizationService;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Kiosk code sheets: a lead picks an open wave and a department and prints one code (with its QR code) per invited
 * person of it, for people without a work mailbox, from the browser or as a PDF of cut-out cards (built when it is
 * downloaded, never stored). The page is the only clear copy of the codes — printing a new sheet invalidates the
 * previous one, and its PDF is then refused (docs/decisions/013).
 */
@Route("kiosk-codes")
@RolesAllowed({Role.LEAD_ROLE, Role.ADMIN_ROLE})
@Menu(order = 72, icon = "vaadin:qrcode", title = "nav.kiosk")
public class KioskSheetView extends Div implements HasDynamicTitle {

    private final KioskCodes kiosk;
    private final Select<Wave> wave = new Select<>();
    private final Select<Department> department = new Select<>();
    private final Div sheet = new Div();

    KioskSheetView(KioskCodes kiosk, CampaignService campaigns, OrganizationService organization) {
        this.kiosk = kiosk;
        addClassName("kiosk-sheet-view");
        Map<String, Department> departments = organization.departments().stream()
                .collect(Collectors.toMap(d -> d.id().value(), Function.identity()));
        Div controls = new Div(new H2(getTranslation("kiosk.sheet.title")),
                new Paragraph(getTranslation("kiosk.sheet.text")));
        controls.addClassName("kiosk-controls");
        List<Wave> open = campaigns.openWaves().stream().sorted(Comparator.comparing(Wave::campaignName)).toList();
        if (open.isEmpty()) {
            controls.add(new Paragraph(getTranslation("kiosk.sheet.no-wave")));
            add(controls);
            return;
        }
        wave.setLabel(getTranslation("kiosk.sheet.wave"));
        wave.setItems(open);
        wave.setItemLabelGenerator(w -> getTranslation("kiosk.sheet.wave.label", w.campaignName(), w.slot() + 1));
        wave.setId("kiosk-wave");
        department.setLabel(getTranslation("kiosk.sheet.department"));
        department.setId("kiosk-department");
        department.setItemLabelGenerator(d -> d.name() + " (" + getTranslation("kiosk.sheet.invited",
                wave.getValue() == null ? 0 : wave.getValue().invited().getOrDefault(d.id().value(), 0)) + ")");
        wave.addValueChangeListener(e -> department.setItems(e.getValue() == null ? List.of()
                : e.getValue().invited().keySet().stream().map(departments::get).filter(d -> d != null)
                .sorted(Comparator.comparing(Department::name)).toList()));
        wave.setValue(open.getFirst());
        Button generate = new Button(getTranslation("kiosk.sheet.generate"), VaadinIcon.QRCODE.create(),
                e -> confirmGenerate());
        generate.setId("kiosk-generate");
        generate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div row = new Div(wave, department, generate);
        row.addClassName("kiosk-row");
        controls.add(row);
        add(controls, sheet);
    }

    private void confirmGenerate() {
        if (wave.getValue() == null || department.getValue() == null) {
            Notifications.error(this, "kiosk.sheet.choose");
            return;
        }
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("kiosk.sheet.generate"),
                getTranslation("kiosk.sheet.confirm", department.getValue().name()),
                getTranslation("kiosk.sheet.generate"), e -> generate());
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.open();
    }

    private void generate() {
        try {
            show(kiosk.generate(wave.getValue().id(), department.getValue().id()));
        } catch (UserFacingException e) {
            Notifications.error(this, e);
        }
    }

    private void show(KioskSheet printed) {
        sheet.removeAll();
        Button print = new Button(getTranslation("kiosk.sheet.print"), VaadinIcon.PRINT.create(),
                e -> getElement().executeJs("window.print()"));
        print.addClassName("kiosk-controls");
        print.setId("kiosk-print");
        Anchor pdf = new Anchor(DownloadHandler.fromInputStream(event -> {
            if (!kiosk.current(printed)) {
                event.getUI().access(() -> Notifications.error(this, "kiosk.sheet.replaced"));
                return DownloadResponse.error(HttpStatusCode.GONE);
            }
            byte[] file = KioskSheetPdf.render(printed, getLocale());
            return new DownloadResponse(new ByteArrayInputStream(file), KioskSheetPdf.fileName(printed),
                    KioskSheetPdf.CONTENT_TYPE, file.length);
        }), getTranslation("kiosk.sheet.pdf"));
        pdf.setId("kiosk-pdf");
        pdf.addClassName("kiosk-controls");
        sheet.add(print, pdf, new H3(getTranslation("kiosk.sheet.heading", printed.wave().campaignName(),
                printed.departmentName())), new Paragraph(getTranslation("kiosk.sheet.how", printed.kioskUrl())));
        Div cards = new Div();
        cards.addClassName("kiosk-cards");
        for (int i = 0; i < printed.codes().size(); i++) {
            Svg qr = new Svg(QrCodes.svg(printed.codeUrls().get(i)));
            qr.addClassName("kiosk-qr");
            Span code = new Span(printed.codes().get(i));
            code.addClassName("kiosk-code");
            Div card = new Div(qr, code, new Span(getTranslation("kiosk.sheet.card", printed.kioskUrl())));
            card.addClassName("kiosk-card");
            cards.add(card);
        }
        sheet.add(cards);
        Notifications.success(this, "kiosk.sheet.generated", printed.codes().size());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.kiosk");
    }
}
