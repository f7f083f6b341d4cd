package app.symetrie.barometer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.symetrie.barometer.AnonymityThresholds;
import app.symetrie.barometer.CampaignId;
import app.symetrie.barometer.KioskSheet;
import app.symetrie.barometer.Wave;
import app.symetrie.barometer.WaveId;
import app.symetrie.barometer.WaveStatus;
import app.symetrie.common.AppMessages;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PRStream;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The kiosk sheet as a PDF of cut-out cards: every code once, with its QR code, in the lead's language. */
class KioskSheetPdfTest {

    private static final Pattern CODE = Pattern.compile("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}");

    private static KioskSheet sheet(int size) {
        Wave wave = new Wave(WaveId.random(), CampaignId.random(), "Baromètre Été", 2, LocalDate.of(2027, 6, 1),
                LocalDate.of(2027, 6, 21), WaveStatus.OPEN, 1, AnonymityThresholds.DEFAULT,
                Map.of("d", size), Map.of(), null);
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            codes.add(String.format("%04d-K%03d-MN%02d-PQRS", i, i % 1000, i % 100));
        }
        return new KioskSheet(wave, "Comptabilité", codes, "https://symetrie.example.fr/kiosk",
                codes.stream().map(c -> "https://symetrie.example.fr/kiosk/" + c).toList());
    }

    private static String text(byte[] pdf) throws Exception {
        PdfReader reader = new PdfReader(pdf);
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(new PdfTextExtractor(reader).getTextFromPage(page)).append('\n');
        }
        return text.toString();
    }

    /** What the QR codes drawn on the pages say: each image decoded with ZXing. */
    private static List<String> qrCodes(byte[] pdf) throws Exception {
        PdfReader reader = new PdfReader(pdf);
        List<String> decoded = new ArrayList<>();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            PdfDictionary resources = reader.getPageN(page).getAsDict(PdfName.RESOURCES);
            PdfDictionary xobjects = resources == null ? null : resources.getAsDict(PdfName.XOBJECT);
            if (xobjects == null) {
                continue;
            }
            for (PdfName name : xobjects.getKeys()) {
                PRStream stream = (PRStream) PdfReader.getPdfObject(xobjects.get(name));
                if (PdfName.IMAGE.equals(stream.getAsName(PdfName.SUBTYPE))) {
                    decoded.add(decode(stream));
                }
            }
        }
        return decoded;
    }

    private static String decode(PRStream image) throws Exception {
        int width = image.getAsNumber(PdfName.WIDTH).intValue();
        int height = image.getAsNumber(PdfName.HEIGHT).intValue();
        byte[] grey = PdfReader.getStreamBytes(image);
        int scale = 4;
        int[] argb = new int[width * scale * height * scale];
        for (int y = 0; y < height * scale; y++) {
            for (int x = 0; x < width * scale; x++) {
                boolean white = (grey[(y / scale) * width + x / scale] & 0xFF) > 127;
                argb[y * width * scale + x] = white ? 0xFFFFFFFF : 0xFF000000;
            }
        }
        var source = new RGBLuminanceSource(width * scale, height * scale, argb);
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source))).getText();
    }

    @Test
    void every_code_is_printed_once_on_its_own_card_with_a_qr_code() throws Exception {
        KioskSheet sheet = sheet(19); // three pages: eight cards a page, a lone last row
        byte[] pdf = KioskSheetPdf.render(sheet, Locale.FRENCH);

        String text = text(pdf);
        List<String> printed = new ArrayList<>();
        Matcher m = CODE.matcher(text);
        while (m.find()) {
            printed.add(m.group());
        }
        assertThat(printed).as("each code exactly once, nothing else that looks like one")
                .containsExactlyInAnyOrderElementsOf(sheet.codes());
        assertThat(qrCodes(pdf)).as("one QR code per card, each opening the kiosk with its card's code")
                .containsExactlyInAnyOrderElementsOf(sheet.codeUrls());
        assertThat(new PdfReader(pdf).getNumberOfPages()).isEqualTo(3);
    }

    @Test
    void the_cards_say_where_to_go_which_wave_and_department_in_the_leads_language() throws Exception {
        KioskSheet sheet = sheet(3);
        String french = text(KioskSheetPdf.render(sheet, Locale.FRENCH)).replaceAll("\\s+", " ");
        assertThat(french).contains("Baromètre Été, vague 3").contains("Comptabilité")
                .contains("https://symetrie.example.fr/kiosk").contains("Scannez le QR code")
                .contains("3 cartes");
        String english = text(KioskSheetPdf.render(sheet, Locale.ENGLISH)).replaceAll("\\s+", " ");
        assertThat(english).contains("Baromètre Été, wave 3").contains("Scan the QR code").contains("3 cards")
                .doesNotContain("Scannez");
        assertThat(AppMessages.get(Locale.FRENCH, "kiosk.pdf.how", "x")).isNotEqualTo(
                AppMessages.get(Locale.ENGLISH, "kiosk.pdf.how", "x"));
    }

    @Test
    void the_font_is_embedded_and_the_file_name_is_plain() {
        byte[] pdf = KioskSheetPdf.render(sheet(1), Locale.FRENCH);
        String raw = new String(pdf, StandardCharsets.ISO_8859_1);
        assertThat(raw).contains("LiberationSans").contains("/FontFile2").doesNotContain("/Helvetica");
        assertThat(KioskSheetPdf.fileName(sheet(1))).isEqualTo("kiosk-codes-comptabilite.pdf");
    }
}
