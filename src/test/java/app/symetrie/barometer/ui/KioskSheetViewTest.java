package app.symetrie.barometer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.symetrie.organization.Department;
import app.symetrie.test.WithDemoCompany;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

/** A lead prints a kiosk sheet and downloads it as a PDF holding exactly the codes on the page. */
@WithDemoCompany
class KioskSheetViewTest extends SpringBrowserlessTest {

    @Test
    @WithUserDetails(value = "lead@demo.symetrie.fr", setupBefore = TestExecutionEvent.TEST_EXECUTION)
    @SuppressWarnings("unchecked")
    void the_pdf_downloaded_from_the_page_holds_the_codes_the_page_shows() throws Exception {
        UI.getCurrent().setLocale(Locale.FRENCH);
        navigate(KioskSheetView.class);
        Select<Department> department = find(Select.class).withId("kiosk-department").single();
        department.setValue(department.getListDataView().getItems().findFirst().orElseThrow());
        test(find(Button.class).withId("kiosk-generate").single()).click();
        test(find(ConfirmDialog.class).single()).confirm();

        List<String> shown = find(Span.class).withClassName("kiosk-code").all().stream().map(Span::getText).toList();
        assertThat(shown).isNotEmpty();
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        test(find(Anchor.class).withId("kiosk-pdf").single()).download(pdf);

        PdfReader reader = new PdfReader(pdf.toByteArray());
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(new PdfTextExtractor(reader).getTextFromPage(page));
        }
        shown.forEach(code -> assertThat(text).contains(code));
        assertThat(text).contains(department.getValue().name()).contains("Scannez le QR code");
    }
}
