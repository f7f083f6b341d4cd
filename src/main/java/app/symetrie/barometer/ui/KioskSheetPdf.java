package app.symetrie.barometer.ui;

import app.symetrie.barometer.KioskSheet;
import app.symetrie.common.AppMessages;
import app.symetrie.common.ui.QrCodes;
import com.google.zxing.common.BitMatrix;
import com.lowagie.text.BadElementException;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPCellEvent;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;

/**
 * A kiosk sheet as a PDF to print and cut out: one card per code, with its QR code, the code in large characters, the
 * kiosk's address, the wave and the department, and two lines of instructions in the lead's language. Built in memory
 * when it is downloaded, from the sheet the page holds, and never written anywhere on the server: the printed sheet
 * stays the only clear copy of the codes (docs/decisions/013). The font is embedded (Liberation Sans, shipped inside
 * OpenPDF, as in the board exports), so accents print the same on every printer.
 */
final class KioskSheetPdf {

    static final String CONTENT_TYPE = "application/pdf";
    private static final String FONT = "font-fallback/LiberationSans-Regular.ttf";
    /** Two columns of four cards: eight per A4 page, each about 9 × 6.5 cm. */
    private static final int COLUMNS = 2;
    private static final float CARD_HEIGHT = 185;
    private static final float QR_SIZE = 100;

    private KioskSheetPdf() {
    }

    /** The file name the lead's browser saves it under, e.g. {@code kiosk-codes-comptabilite.pdf}. */
    static String fileName(KioskSheet sheet) {
        String slug = Normalizer.normalize(sheet.departmentName(), Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return "kiosk-codes" + (slug.isEmpty() ? "" : "-" + slug) + ".pdf";
    }

    static byte[] render(KioskSheet sheet, Locale locale) {
        BaseFont embedded;
        try {
            embedded = BaseFont.createFont(FONT, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Font title = new Font(embedded, 13, Font.BOLD);
        Font small = new Font(embedded, 8, Font.NORMAL);
        Font code = new Font(embedded, 16, Font.BOLD);
        Font label = new Font(embedded, 9, Font.BOLD);
        String wave = AppMessages.get(locale, "kiosk.sheet.wave.label", sheet.wave().campaignName(),
                sheet.wave().slot() + 1);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 28, 28, 28, 28);
        PdfWriter.getInstance(document, out);
        document.addTitle(AppMessages.get(locale, "kiosk.pdf.title") + " — " + sheet.departmentName());
        document.open();
        document.add(new Paragraph(AppMessages.get(locale, "kiosk.pdf.title") + " — " + wave + " — "
                + sheet.departmentName(), title));
        Paragraph intro = new Paragraph(AppMessages.get(locale, "kiosk.pdf.intro", sheet.codes().size()), small);
        intro.setSpacingAfter(8);
        document.add(intro);

        PdfPTable cards = new PdfPTable(COLUMNS);
        cards.setWidthPercentage(100);
        for (int i = 0; i < sheet.codes().size(); i++) {
            cards.addCell(card(sheet, i, wave, locale, code, label, small));
        }
        // Fill the last row, so that a lone last card keeps its size
        for (int i = sheet.codes().size(); i % COLUMNS != 0; i++) {
            PdfPCell blank = new PdfPCell();
            blank.setBorder(Rectangle.NO_BORDER);
            blank.setFixedHeight(CARD_HEIGHT);
            cards.addCell(blank);
        }
        document.add(cards);
        document.close();
        return out.toByteArray();
    }

    private static PdfPCell card(KioskSheet sheet, int index, String wave, Locale locale, Font codeFont, Font label,
                                 Font small) {
        PdfPTable inner = new PdfPTable(new float[] {QR_SIZE + 6, 140});
        inner.setWidthPercentage(100);
        PdfPCell qr = new PdfPCell(qrImage(sheet.codeUrls().get(index)), false);
        qr.setBorder(Rectangle.NO_BORDER);
        qr.setVerticalAlignment(Element.ALIGN_MIDDLE);
        inner.addCell(qr);

        PdfPCell text = new PdfPCell();
        text.setBorder(Rectangle.NO_BORDER);
        text.setVerticalAlignment(Element.ALIGN_MIDDLE);
        text.addElement(new Paragraph(AppMessages.get(locale, "kiosk.title"), label));
        Paragraph where = new Paragraph(wave, small);
        where.setSpacingBefore(4);
        text.addElement(where);
        text.addElement(new Paragraph(sheet.departmentName(), small));
        inner.addCell(text);

        // The code on a line of its own, the card's whole width: it never wraps
        PdfPCell codeLine = new PdfPCell(new Phrase(sheet.codes().get(index), codeFont));
        codeLine.setColspan(2);
        codeLine.setBorder(Rectangle.NO_BORDER);
        codeLine.setHorizontalAlignment(Element.ALIGN_CENTER);
        codeLine.setNoWrap(true);
        codeLine.setPaddingTop(4);
        codeLine.setPaddingBottom(4);
        inner.addCell(codeLine);

        PdfPCell how = new PdfPCell();
        how.setColspan(2);
        how.setBorder(Rectangle.NO_BORDER);
        how.addElement(new Paragraph(AppMessages.get(locale, "kiosk.pdf.how", sheet.kioskUrl()), small));
        inner.addCell(how);

        PdfPCell card = new PdfPCell(inner);
        card.setFixedHeight(CARD_HEIGHT);
        card.setPadding(8);
        card.setBorder(Rectangle.NO_BORDER);
        card.setCellEvent(new CutLine());
        return card;
    }

    /**
     * The QR code as a grey image, one pixel per module, scaled up without smoothing: crisp when printed. (Eight bits a
     * pixel rather than one: OpenPDF would store a one-bit image as CCITT fax data, which many tools cannot read back.)
     */
    private static Image qrImage(String text) {
        BitMatrix matrix = QrCodes.matrix(text);
        int width = matrix.getWidth();
        int height = matrix.getHeight();
        byte[] pixels = new byte[width * height];
        Arrays.fill(pixels, (byte) 0xFF);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                if (matrix.get(x, y)) {
                    pixels[y * width + x] = 0;
                }
            }
        }
        try {
            Image image = Image.getInstance(width, height, 1, 8, pixels);
            image.scaleAbsolute(QR_SIZE, QR_SIZE);
            return image;
        } catch (BadElementException e) {
            throw new IllegalStateException("A QR code always makes a valid image", e);
        }
    }

    /** A dashed frame around each card: where to cut. */
    private static final class CutLine implements PdfPCellEvent {
        @Override
        public void cellLayout(PdfPCell cell, Rectangle position, PdfContentByte[] canvases) {
            PdfContentByte canvas = canvases[PdfPTable.LINECANVAS];
            canvas.saveState();
            canvas.setLineWidth(0.5f);
            canvas.setGrayStroke(0.55f);
            canvas.setLineDash(4, 3, 0);
            canvas.rectangle(position.getLeft(), position.getBottom(), position.getWidth(), position.getHeight());
            canvas.stroke();
            canvas.restoreState();
        }
    }
}
