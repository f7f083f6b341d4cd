package app.symetrie.board;

import app.symetrie.board.BoardRecords.CompanyOverview;
import app.symetrie.board.BoardRecords.DepartmentBoard;
import app.symetrie.board.BoardRecords.HeatmapRow;
import app.symetrie.board.BoardRecords.Score;
import app.symetrie.barometer.WaveId;
import app.symetrie.common.AppMessages;
import app.symetrie.organization.DepartmentId;
import app.symetrie.organization.DepartmentKind;
import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * CSV, XLSX and PDF exports of the boards. They are built only from the board records, which already went through
 * the anonymity filter: an export never holds a figure the screen would not show (a hidden figure is written as
 * "hidden"). File names carry the department (or "entreprise") and the wave.
 * <p>
 * A file is built from the board read when it is downloaded, through {@link BoardService} and its access rules,
 * never from a board a screen read earlier: a right withdrawn since the screen opened also stops its exports.
 */
@Service
public class BoardExport {

    private final BoardService boards;

    BoardExport(BoardService boards) {
        this.boards = boards;
    }

    /** A file ready to download. */
    public record ExportFile(String name, String contentType, byte[] content) {
    }

    /** One table of an export: a cell is a Double (a figure), a String, or null (hidden). */
    record Table(String title, List<String> headers, List<List<@Nullable Object>> rows) {
    }

    public enum Format {
        CSV("text/csv;charset=UTF-8", "csv"),
        XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
        PDF("application/pdf", "pdf");

        final String contentType;
        final String extension;

        Format(String contentType, String extension) {
            this.contentType = contentType;
            this.extension = extension;
        }
    }

    /** A department's board of that wave (the last one by default), for whoever may read that board now. */
    @PreAuthorize("isAuthenticated()")
    public Optional<ExportFile> department(DepartmentId departmentId, @Nullable WaveId waveId, Format format,
                                           Locale locale) {
        return boards.departmentBoard(departmentId, waveId, locale).map(board -> department(board, format, locale));
    }

    /** The company overview of that wave (the last one by default), for leads. */
    @PreAuthorize("hasRole('LEAD')")
    public Optional<ExportFile> overview(@Nullable WaveId waveId, @Nullable DepartmentKind kind, Format format,
                                         Locale locale) {
        return boards.overview(waveId, kind, locale).map(overview -> overview(overview, format, locale));
    }

    ExportFile department(DepartmentBoard board, Format format, Locale locale) {
        String title = board.name() + " — " + month(board.wave(), locale);
        return write(title, tables(board, locale), format, locale, slug(board.name()) + "-" + board.wave().label());
    }

    ExportFile overview(CompanyOverview overview, Format format, Locale locale) {
        return write(title(overview, locale), tables(overview, locale), format, locale,
                (overview.kind() == null ? "entreprise" : slug(t(locale, "department.kind." + overview.kind().name())))
                        + "-" + overview.wave().label());
    }

    /** "Overview — March 2026", or "Overview — Support functions — March 2026" under a kind filter. */
    static String title(CompanyOverview overview, Locale locale) {
        return t(locale, "nav.overview") + (overview.kind() == null ? ""
                : " — " + t(locale, "department.kind." + overview.kind().name())) + " — "
                + month(overview.wave(), locale);
    }

    private static String month(BoardRecords.WaveRef wave, Locale locale) {
        return wave.opensOn().format(java.time.format.DateTimeFormatter.ofPattern("MMMM yyyy", locale));
    }

    private static String day(java.time.LocalDate date, Locale locale) {
        return date.format(java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.MEDIUM)
                .withLocale(locale));
    }

    private static String t(Locale locale, String key, Object... args) {
        return AppMessages.get(locale, key, args);
    }

    static List<Table> tables(DepartmentBoard b, Locale locale) {
        List<Table> tables = new ArrayList<>();
        List<List<Object>> summary = new ArrayList<>();
        summary.add(row(t(locale, "board.department"), b.name()));
        summary.add(row(t(locale, "department.kind"), t(locale, "department.kind." + b.kind().name())));
        summary.add(row(t(locale, "board.wave"), day(b.wave().opensOn(), locale) + " → "
                + day(b.wave().closesOn(), locale)));
        summary.add(row(t(locale, "export.invited"), (double) b.invited()));
        summary.add(row(t(locale, "board.answers"), b.visible() ? (double) b.n() : null));
        summary.add(row(t(locale, "board.participation") + " (%)", b.participation() == null ? null
                : b.participation() * 100));
        summary.add(row(t(locale, "board.dci"), b.dci() == null ? null : b.dci().value()));
        summary.add(row(t(locale, "export.margin"), b.dci() == null ? null : b.dci().margin()));
        summary.add(row(t(locale, "export.indicative"), b.dci() == null ? null
                : t(locale, b.dci().indicative() ? "export.yes" : "export.no")));
        summary.add(row(t(locale, "export.change"), b.dciChange() == null ? null : b.dciChange().delta()));
        summary.add(row(t(locale, "export.change.low"), b.dciChange() == null ? null : b.dciChange().low()));
        summary.add(row(t(locale, "export.change.high"), b.dciChange() == null ? null : b.dciChange().high()));
        summary.add(row(t(locale, "export.change.called"), b.dciChange() == null ? null
                : t(locale, b.dciChange().significant() ? "export.yes" : "export.no")));
        summary.add(row(t(locale, "board.enps"), b.enps() == null ? null : (double) b.enps().value()));
        summary.add(row(t(locale, "export.margin"), b.enps() == null ? null : b.enps().margin()));
        summary.add(row(t(locale, "export.enps.promoters"), b.enps() == null ? null : (double) b.enps().promoters()));
        summary.add(row(t(locale, "export.enps.passives"), b.enps() == null ? null : (double) b.enps().passives()));
        summary.add(row(t(locale, "export.enps.detractors"), b.enps() == null ? null
                : (double) b.enps().detractors()));
        tables.add(new Table(t(locale, "export.summary"), List.of(t(locale, "export.indicator"),
                t(locale, "export.value")), cast(summary)));
        if (!b.visible()) {
            return tables;
        }
        List<List<Object>> dims = new ArrayList<>();
        b.trends().stream().filter(tr -> !tr.code().equals("dci")).forEach(tr -> {
            Score s = b.dimensions().get(tr.code());
            dims.add(row(tr.label(), s == null ? null : s.value(), s == null ? null : s.margin(),
                    s == null || s.favourable() == null ? null : s.favourable() * 100, s == null ? null : (double) s.n()));
        });
        tables.add(new Table(t(locale, "board.dimensions"), List.of(t(locale, "export.dimension"),
                t(locale, "export.score"), t(locale, "export.margin"), t(locale, "board.favourable") + " (%)",
                t(locale, "board.answers")), cast(dims)));
        List<List<Object>> statements = new ArrayList<>();
        b.statements().forEach(st -> statements.add(row(b.trends().stream().filter(tr -> tr.code()
                        .equals(st.dimensionCode())).findFirst().map(BoardRecords.Trend::label).orElse(st.dimensionCode()),
                st.label(), st.score().value(), st.score().margin(),
                st.score().favourable() == null ? null : st.score().favourable() * 100, (double) st.score().n())));
        tables.add(new Table(t(locale, "board.statements"), List.of(t(locale, "export.dimension"),
                t(locale, "board.statement"), t(locale, "export.score"), t(locale, "export.margin"),
                t(locale, "board.favourable") + " (%)", t(locale, "board.answers")), cast(statements)));
        List<List<Object>> trend = new ArrayList<>();
        b.trends().getFirst().points().forEach(p -> trend.add(row(month(p.wave(), locale), p.value(),
                p.sameKind(), p.company())));
        tables.add(new Table(t(locale, "board.trend"), List.of(t(locale, "board.wave"), b.name(),
                t(locale, b.kind().name().equals("SUPPORT") ? "board.ref.support" : "board.ref.front"),
                t(locale, "board.ref.company")), cast(trend)));
        List<List<Object>> tools = new ArrayList<>();
        b.tools().forEach(tool -> tools.add(row(tool.label(), tool.weeklyShare() * 100, tool.dailyShare() * 100,
                tool.comfort())));
        tables.add(new Table(t(locale, "board.adoption"), List.of(t(locale, "board.tool"),
                t(locale, "board.adoption.weekly") + " (%)", t(locale, "board.adoption.daily") + " (%)",
                t(locale, "board.tool.comfort")), cast(tools)));
        List<List<Object>> pains = new ArrayList<>();
        b.pains().forEach(p -> pains.add(row(p.label(), p.prevalence() * 100,
                p.previous() == null ? null : p.previous() * 100, p.delta() == null ? null : p.delta() * 100,
                p.pValue() == null ? null : t(locale, p.significant() ? "export.yes" : "export.no"))));
        tables.add(new Table(t(locale, "board.pains"), List.of(t(locale, "board.pain"),
                t(locale, "board.prevalence") + " (%)", t(locale, "export.previous.prevalence"),
                t(locale, "export.change.points"), t(locale, "export.change.called")), cast(pains)));
        if (!b.teams().isEmpty()) {
            List<List<Object>> teams = new ArrayList<>();
            b.teams().forEach(team -> teams.add(row(team.name(), (double) team.n(), team.dci())));
            tables.add(new Table(t(locale, "board.teams"), List.of(t(locale, "employee.team"),
                    t(locale, "board.answers"), t(locale, "board.dci")), cast(teams)));
        }
        if (!b.subDepartments().isEmpty()) {
            List<List<Object>> parts = new ArrayList<>();
            b.subDepartments().forEach(part -> parts.add(row(part.name(), (double) part.n(), part.dci())));
            tables.add(new Table(t(locale, "board.parts"), List.of(t(locale, "board.department"),
                    t(locale, "board.answers"), t(locale, "board.dci")), cast(parts)));
        }
        if (b.comments() != null && !b.comments().isEmpty()) {
            List<List<Object>> comments = new ArrayList<>();
            b.comments().forEach(c -> comments.add(row(c)));
            tables.add(new Table(t(locale, "board.comments"), List.of(t(locale, "board.comments.note")),
                    cast(comments)));
        }
        return tables;
    }

    static List<Table> tables(CompanyOverview o, Locale locale) {
        List<Table> tables = new ArrayList<>();
        // The tiles of the screen, for the scope the filter chose (the company or one kind); hidden stays empty.
        tables.add(new Table(o.kind() == null ? t(locale, "overview.scope.company")
                : t(locale, "department.kind." + o.kind().name()), List.of(t(locale, "board.answers"),
                t(locale, "board.participation") + " (%)", t(locale, "board.dci"), t(locale, "export.margin"),
                t(locale, "board.enps")), cast(List.of(row(o.dci() == null ? null : (double) o.n(),
                o.participation() == null ? null : o.participation() * 100, o.dci() == null ? null : o.dci().value(),
                o.dci() == null || Double.isNaN(o.dci().margin()) ? null : o.dci().margin(),
                o.enps() == null ? null : (double) o.enps().value())))));
        List<String> headers = new ArrayList<>(List.of(t(locale, "department.name"), t(locale, "department.kind"),
                t(locale, "board.dci")));
        o.dimensionCodes().forEach(c -> headers.add(o.dimensionLabels().get(c)));
        headers.add(t(locale, "board.enps"));
        headers.add(t(locale, "board.participation") + " (%)");
        headers.add(t(locale, "board.answers"));
        headers.add(t(locale, "export.change"));
        headers.add(t(locale, "export.change.called"));
        List<List<Object>> rows = new ArrayList<>();
        for (HeatmapRow r : o.rows()) {
            List<Object> row = new ArrayList<>(List.of(r.name(), t(locale, "department.kind." + r.kind().name())));
            row.add(r.dci());
            o.dimensionCodes().forEach(c -> row.add(r.dimensions().get(c)));
            row.add(r.enps() == null ? null : (double) r.enps().value());
            row.add(r.participation() == null ? null : r.participation() * 100);
            row.add(r.dci() == null ? null : (double) r.n());
            // Published but not comparable with the previous wave: a dash, not "hidden".
            row.add(r.dci() == null ? null : r.dciChange() == null ? "—" : r.dciChange().delta());
            row.add(r.dci() == null ? null : r.dciChange() == null ? "—"
                    : t(locale, r.dciChange().significant() ? "export.yes" : "export.no"));
            rows.add(row);
        }
        tables.add(new Table(t(locale, "overview.heatmap"), headers, cast(rows)));
        List<List<Object>> equity = new ArrayList<>();
        if (o.kind() == null) {
            o.equity().forEach(p -> equity.add(row(month(p.wave(), locale), p.supportDci(), p.frontDci(),
                    p.supportParticipation() == null ? null : p.supportParticipation() * 100,
                    p.frontParticipation() == null ? null : p.frontParticipation() * 100)));
            tables.add(new Table(t(locale, "overview.equity"), List.of(t(locale, "board.wave"),
                    t(locale, "overview.support.dci"), t(locale, "overview.front.dci"),
                    t(locale, "overview.support.part") + " (%)", t(locale, "overview.front.part") + " (%)"),
                    cast(equity)));
        } else {
            boolean support = o.kind() == DepartmentKind.SUPPORT;
            o.equity().forEach(p -> {
                Double part = support ? p.supportParticipation() : p.frontParticipation();
                equity.add(row(month(p.wave(), locale), support ? p.supportDci() : p.frontDci(),
                        part == null ? null : part * 100));
            });
            tables.add(new Table(t(locale, "overview.equity"), List.of(t(locale, "board.wave"),
                    t(locale, support ? "overview.support.dci" : "overview.front.dci"),
                    t(locale, support ? "overview.support.part" : "overview.front.part") + " (%)"), cast(equity)));
        }
        return tables;
    }

    private static List<Object> row(@Nullable Object... cells) {
        List<Object> row = new ArrayList<>();
        java.util.Collections.addAll(row, cells);
        return row;
    }

    @SuppressWarnings("unchecked")
    private static List<List<@Nullable Object>> cast(List<List<Object>> rows) {
        return (List<List<@Nullable Object>>) (List<?>) rows;
    }

    static String slug(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    private ExportFile write(String title, List<Table> tables, Format format, Locale locale, String baseName) {
        byte[] bytes = switch (format) {
            case CSV -> csv(title, tables, locale);
            case XLSX -> xlsx(tables, locale);
            case PDF -> pdf(title, tables, locale);
        };
        return new ExportFile("symetrie-" + baseName + "." + format.extension, format.contentType, bytes);
    }

    static String text(@Nullable Object cell, Locale locale) {
        if (cell == null) {
            return AppMessages.get(locale, "board.hidden");
        }
        if (cell instanceof Double d) {
            if (d.isNaN()) {
                return AppMessages.get(locale, "board.hidden");
            }
            NumberFormat f = NumberFormat.getNumberInstance(locale);
            f.setMaximumFractionDigits(1);
            f.setGroupingUsed(false);
            return f.format(d);
        }
        return String.valueOf(cell);
    }

    /**
     * CSV as the reader's Excel opens it (Commons CSV writes the quoting): UTF-8 with a byte-order mark, every cell
     * quoted, numbers in the reader's format — decimal comma and ";" between cells where the decimal separator is a
     * comma (French), "," otherwise. A text cell that Excel would run as a formula is neutralised ({@link #safe}).
     */
    static byte[] csv(String title, List<Table> tables, Locale locale) {
        char delimiter = DecimalFormatSymbols.getInstance(locale).getDecimalSeparator() == ',' ? ';' : ',';
        CSVFormat format = CSVFormat.Builder.create(CSVFormat.EXCEL).setDelimiter(delimiter)
                .setRecordSeparator("\r\n").setQuoteMode(QuoteMode.ALL).get();
        StringBuilder out = new StringBuilder("\uFEFF");
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            printer.printRecord(safe(title));
            for (Table table : tables) {
                printer.println();
                printer.printRecord(safe(table.title()));
                printer.printRecord(table.headers().stream().map(BoardExport::safe).toList());
                for (List<@Nullable Object> row : table.rows()) {
                    // A figure is written as a number (a negative change stays "-6,3"); only text is neutralised.
                    printer.printRecord(row.stream().map(c -> isNumber(c) ? text(c, locale) : safe(text(c, locale)))
                            .toList());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static boolean isNumber(@Nullable Object cell) {
        return cell instanceof Double d && !d.isNaN();
    }

    /**
     * Text that a spreadsheet would read as a formula (OWASP "CSV injection": a cell starting with = + - @, a tab or a
     * carriage return) gets a leading apostrophe, so Excel and LibreOffice show it as text.
     */
    static String safe(String text) {
        return startsAsFormula(text) ? "'" + text : text;
    }

    static boolean startsAsFormula(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0;
    }

    static byte[] xlsx(List<Table> tables, Locale locale) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = workbook.createCellStyle();
            var font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle number = workbook.createCellStyle();
            // Excel shows the decimal separator of the reader's own settings (a comma in French).
            number.setDataFormat(workbook.createDataFormat().getFormat("0.0"));
            // Text that looks like a formula is kept as text, as if typed with a leading apostrophe.
            CellStyle quoted = workbook.createCellStyle();
            quoted.setQuotePrefixed(true);
            int index = 1;
            for (Table table : tables) {
                String name = (index++ + " " + table.title()).replaceAll("[\\\\/?*\\[\\]:]", " ");
                Sheet sheet = workbook.createSheet(name.substring(0, Math.min(31, name.length())));
                Row header = sheet.createRow(0);
                for (int c = 0; c < table.headers().size(); c++) {
                    Cell cell = header.createCell(c);
                    cell.setCellValue(table.headers().get(c));
                    cell.setCellStyle(bold);
                }
                for (int r = 0; r < table.rows().size(); r++) {
                    Row row = sheet.createRow(r + 1);
                    List<@Nullable Object> values = table.rows().get(r);
                    for (int c = 0; c < values.size(); c++) {
                        Cell cell = row.createCell(c);
                        Object v = values.get(c);
                        if (v instanceof Double d && !d.isNaN()) {
                            cell.setCellValue(d);
                            cell.setCellStyle(number);
                        } else {
                            String text = text(v, locale);
                            cell.setCellValue(text);
                            if (startsAsFormula(text)) {
                                cell.setCellStyle(quoted);
                            }
                        }
                    }
                }
                for (int c = 0; c < table.headers().size(); c++) {
                    sheet.setColumnWidth(c, c == 0 ? 40 * 256 : 18 * 256);
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The PDF's font, embedded (a subset of the glyphs used): Liberation Sans, shipped inside OpenPDF, which has
     * accents, €, arrows (→ ▲ ▼), dashes and French quotes — the 14 standard PDF fonts have no ▲ or →, and a
     * reader without them would show blanks.
     */
    static BaseFont font() {
        try {
            return BaseFont.createFont(PDF_FONT, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static final String PDF_FONT = "font-fallback/LiberationSans-Regular.ttf";

    static byte[] pdf(String title, List<Table> tables, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
        PdfWriter.getInstance(document, out);
        document.open();
        BaseFont embedded = font();
        Font h1 = new Font(embedded, 16, Font.BOLD);
        Font h2 = new Font(embedded, 12, Font.BOLD);
        Font body = new Font(embedded, 9, Font.NORMAL);
        Font head = new Font(embedded, 9, Font.BOLD);
        document.add(new Paragraph("Symétrie — " + title, h1));
        document.add(new Paragraph(AppMessages.get(locale, "export.pdf.note"), body));
        for (Table table : tables) {
            Paragraph heading = new Paragraph(table.title(), h2);
            heading.setSpacingBefore(12);
            heading.setSpacingAfter(4);
            document.add(heading);
            PdfPTable pdf = new PdfPTable(table.headers().size());
            pdf.setWidthPercentage(100);
            pdf.setHeaderRows(1);
            table.headers().forEach(h -> pdf.addCell(new PdfPCell(new Phrase(h, head))));
            for (List<@Nullable Object> row : table.rows()) {
                for (Object v : row) {
                    PdfPCell cell = new PdfPCell(new Phrase(text(v, locale), body));
                    if (v instanceof Double) {
                        cell.setHorizontalAlignment(PdfPCell.ALIGN_RIGHT);
                    }
                    pdf.addCell(cell);
                }
            }
            document.add(pdf);
        }
        document.close();
        return out.toByteArray();
    }
}
