package app.symetrie.board;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** Exports as a French (or English) manager opens them: their number format, no formula run, every character. */
class BoardExportTest {

    private static List<BoardExport.Table> tables() {
        List<List<@Nullable Object>> rows = new ArrayList<>();
        rows.add(new ArrayList<>(java.util.Arrays.asList("Équipe « Café » — 5 €", -6.3, 71.26, null)));
        rows.add(new ArrayList<>(java.util.Arrays.asList("=HYPERLINK(\"http://x\")", 0.0, Double.NaN, "+33 1 23")));
        rows.add(new ArrayList<>(java.util.Arrays.asList("@SUM(A1)", 1.0, 2.0, "-2+3")));
        rows.add(new ArrayList<>(java.util.Arrays.asList("\tcmd", 1.0, 2.0, "\r=1")));
        return List.of(new BoardExport.Table("Tableau ▲ ▼ → ", List.of("Nom", "Variation (points)", "Score",
                "Note"), rows));
    }

    private static List<CSVRecord> parse(byte[] csv, char delimiter) throws Exception {
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        return CSVFormat.Builder.create(CSVFormat.EXCEL).setDelimiter(delimiter).get()
                .parse(new StringReader(text.substring(1))).getRecords();
    }

    @Test
    void french_csv_has_decimal_commas_semicolons_and_neutralised_formulas() throws Exception {
        List<CSVRecord> records = parse(BoardExport.csv("Titre", tables(), Locale.FRENCH), ';');
        // title, blank line, table title, headers, four rows
        assertThat(records.get(3).toList()).containsExactly("Nom", "Variation (points)", "Score", "Note");
        assertThat(records.get(4).toList()).containsExactly("Équipe « Café » — 5 €", "-6,3", "71,3", "masqué");
        assertThat(records.get(5).toList()).containsExactly("'=HYPERLINK(\"http://x\")", "0", "masqué", "'+33 1 23");
        assertThat(records.get(6).toList()).containsExactly("'@SUM(A1)", "1", "2", "'-2+3");
        assertThat(records.get(7).toList()).containsExactly("'\tcmd", "1", "2", "'\r=1");
        String raw = new String(BoardExport.csv("Titre", tables(), Locale.FRENCH), StandardCharsets.UTF_8);
        assertThat(raw).contains("\"-6,3\";\"71,3\"").contains("\r\n");
    }

    @Test
    void english_csv_has_decimal_points_and_commas_between_cells() throws Exception {
        List<CSVRecord> records = parse(BoardExport.csv("Title", tables(), Locale.ENGLISH), ',');
        assertThat(records.get(4).toList()).containsExactly("Équipe « Café » — 5 €", "-6.3", "71.3", "hidden");
        assertThat(records.get(6).get(0)).isEqualTo("'@SUM(A1)");
    }

    @Test
    void xlsx_writes_figures_as_numbers_and_formula_like_text_as_quoted_text() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(BoardExport.xlsx(tables(),
                Locale.FRENCH)))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(1).getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(sheet.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(-6.3);
            assertThat(sheet.getRow(1).getCell(3).getStringCellValue()).isEqualTo("masqué");
            var formula = sheet.getRow(2).getCell(0);
            assertThat(formula.getCellType()).isEqualTo(CellType.STRING);
            assertThat(formula.getStringCellValue()).isEqualTo("=HYPERLINK(\"http://x\")");
            assertThat(formula.getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(sheet.getRow(1).getCell(0).getCellStyle().getQuotePrefixed()).isFalse();
        }
    }

    @Test
    void pdf_embeds_a_font_that_has_every_character_it_prints() throws Exception {
        String needed = "▲▼→€éèàçôÉ«»—−·–’";
        for (char c : needed.toCharArray()) {
            assertThat(BoardExport.font().charExists(c)).as("font has %s", c).isTrue();
        }
        byte[] pdf = BoardExport.pdf("Café — mars 2026 → avril", tables(), Locale.FRENCH);
        PdfReader reader = new PdfReader(pdf);
        String text = new PdfTextExtractor(reader).getTextFromPage(1);
        assertThat(text).contains("Café — mars 2026 → avril").contains("Tableau ▲ ▼ →").contains("5 €")
                .contains("-6,3").contains("masqué");
        String raw = new String(pdf, StandardCharsets.ISO_8859_1);
        assertThat(raw).contains("LiberationSans").contains("/FontFile2").doesNotContain("/Helvetica");
    }
}
