package app.symetrie.mirror.internal;

import app.symetrie.common.InvalidValueException;
import app.symetrie.mirror.CustomerFigure;
import app.symetrie.mirror.FigureImport;
import app.symetrie.mirror.MeasureKind;
import app.symetrie.mirror.Quarter;
import app.symetrie.organization.CsvTable;
import app.symetrie.organization.Department;
import app.symetrie.organization.DepartmentKind;
import app.symetrie.organization.DepartmentNames;
import app.symetrie.organization.ImportLineError;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Checks a customer-figure file line by line: columns found by their header in French or English, then on each line
 * the department (with a "did you mean" for a near miss; a support function is refused), the quarter, the measure,
 * the value in its measure's range, the respondents and the source — every problem reported, none fatal to the
 * others — and a department, quarter and measure given twice in the file.
 */
public final class FigureCsv {

    /** The file's columns, required ones first, and the headers accepted for each (compared as name keys). */
    public enum Column {
        DEPARTMENT(true, "departement", "department", "service", "departement / service"),
        PERIOD(true, "periode", "period", "trimestre", "quarter"),
        KIND(true, "mesure", "measure", "indicateur", "indicator", "type"),
        VALUE(true, "valeur", "value", "resultat", "result"),
        RESPONDENTS(false, "repondants", "respondents", "nombre de repondants", "number of respondents",
                "reponses", "responses"),
        SOURCE(false, "source", "origine", "origin");

        private final boolean required;
        private final List<String> headers;

        Column(boolean required, String... headers) {
            this.required = required;
            this.headers = List.of(headers);
        }

        public boolean required() {
            return required;
        }

        /** The headers accepted, the first French, the second English. */
        public List<String> headers() {
            return headers;
        }
    }

    private FigureCsv() {
    }

    /**
     * A small valid file to start from, naming up to two of the company's front-office departments: French headers,
     * semicolons and decimal commas in French (what Excel writes in France), English ones with commas otherwise.
     */
    public static String sample(List<String> departments, Locale locale) {
        List<String> names = departments.isEmpty() ? List.of("Service client") : departments.stream().limit(2).toList();
        boolean french = locale.getLanguage().equals("fr");
        StringBuilder csv = new StringBuilder(french ? "Département;Période;Mesure;Valeur;Répondants;Source\n"
                : "Department,Period,Measure,Value,Respondents,Source\n");
        String[][] rows = {{"2026-Q2", "CSAT", "76.5", "1200"}, {"2026-Q3", "CSAT", "78", "1150"},
            {"2026-Q3", "NPS", "-4", ""}};
        for (String name : names) {
            for (String[] row : rows) {
                String value = french ? row[2].replace('.', ',') : row[2];
                csv.append(String.join(french ? ";" : ",", quoted(name), row[0], row[1], value, row[3],
                        french ? "Enquête" : "Survey")).append('\n');
            }
        }
        return csv.toString();
    }

    private static String quoted(String field) {
        return field.matches(".*[;,\"].*") ? "\"" + field.replace("\"", "\"\"") + "\"" : field;
    }

    /**
     * @param departments the organization's departments
     * @param stored      today's figures by key, for what each line replaces
     */
    public static FigureImport check(CsvTable table, List<Department> departments,
                                     Map<CustomerFigure.Key, Double> stored, long version) {
        List<ImportLineError> errors = new ArrayList<>(table.errors());
        if (!errors.isEmpty()) {
            return new FigureImport(table.separator(), table.encoding(), table.rows().size(), errors, List.of(),
                    version);
        }
        Map<Column, Integer> positions = new LinkedHashMap<>();
        for (int i = 0; i < table.headers().size(); i++) {
            String header = DepartmentNames.key(table.headers().get(i).replace("%", "")).strip();
            for (Column column : Column.values()) {
                if (column.headers.contains(header)) {
                    Integer earlier = positions.putIfAbsent(column, i);
                    if (earlier != null) {
                        errors.add(new ImportLineError(1, table.headers().get(i), "mirror.reason.duplicate-column",
                                "", List.of(table.headers().get(earlier))));
                    }
                }
            }
        }
        for (Column column : Column.values()) {
            if (column.required && !positions.containsKey(column)) {
                errors.add(new ImportLineError(1, column.headers.getFirst(), "mirror.reason.missing-column", "",
                        List.of(column.headers.get(0), column.headers.get(1))));
            }
        }
        if (table.rows().isEmpty()) {
            errors.add(new ImportLineError(2, "", "mirror.reason.no-data", ""));
        }
        if (!errors.isEmpty()) {
            return new FigureImport(table.separator(), table.encoding(), table.rows().size(), errors, List.of(),
                    version);
        }
        Function<Column, String> header = c -> positions.containsKey(c) ? table.headers().get(positions.get(c)) : "";
        List<FigureImport.Line> figures = new ArrayList<>();
        Map<CustomerFigure.Key, Integer> firstLine = new HashMap<>();
        for (CsvTable.Row row : table.rows()) {
            Function<Column, String> cell = c -> positions.containsKey(c) ? row.cell(positions.get(c)) : "";
            List<ImportLineError> lineErrors = new ArrayList<>();
            Department department = department(cell.apply(Column.DEPARTMENT), departments, row.line(),
                    header.apply(Column.DEPARTMENT), lineErrors);
            Quarter period = read(() -> Quarter.parse(cell.apply(Column.PERIOD)), row.line(),
                    header.apply(Column.PERIOD), cell.apply(Column.PERIOD), lineErrors);
            MeasureKind kind = MeasureKind.parse(cell.apply(Column.KIND));
            if (kind == null) {
                lineErrors.add(new ImportLineError(row.line(), header.apply(Column.KIND), "mirror.error.kind",
                        cell.apply(Column.KIND)));
            }
            Double value = read(() -> CustomerFigure.parseValue(cell.apply(Column.VALUE)), row.line(),
                    header.apply(Column.VALUE), cell.apply(Column.VALUE), lineErrors);
            Optional<Integer> respondents = read(() -> Optional.ofNullable(
                            CustomerFigure.parseRespondents(cell.apply(Column.RESPONDENTS))), row.line(),
                    header.apply(Column.RESPONDENTS), cell.apply(Column.RESPONDENTS), lineErrors);
            CustomerFigure figure = null;
            if (department != null && period != null && kind != null && value != null && respondents != null) {
                try {
                    figure = new CustomerFigure(department.id(), period, kind, value, respondents.orElse(null),
                            cell.apply(Column.SOURCE));
                } catch (InvalidValueException e) {
                    Column at = switch (e.field()) {
                        case "respondents" -> Column.RESPONDENTS;
                        case "source" -> Column.SOURCE;
                        default -> Column.VALUE;
                    };
                    lineErrors.add(error(row.line(), header.apply(at), cell.apply(at), e));
                }
            }
            if (figure != null) {
                Integer earlier = firstLine.putIfAbsent(figure.key(), row.line());
                if (earlier != null) {
                    lineErrors.add(new ImportLineError(row.line(), header.apply(Column.PERIOD),
                            "mirror.reason.duplicate-key", cell.apply(Column.PERIOD),
                            List.of(String.valueOf(earlier))));
                } else if (lineErrors.isEmpty() && department != null) { // a figure is made with its department
                    figures.add(new FigureImport.Line(row.line(), figure, department.name(), stored.get(figure.key())));
                }
            }
            errors.addAll(lineErrors);
        }
        return new FigureImport(table.separator(), table.encoding(), table.rows().size(), errors, figures, version);
    }

    private static @Nullable Department department(String name, List<Department> departments, int line,
                                                   String header, List<ImportLineError> errors) {
        if (name.isBlank()) {
            errors.add(new ImportLineError(line, header, "mirror.error.department.required", ""));
            return null;
        }
        Optional<Department> found = DepartmentNames.find(name, departments);
        if (found.isEmpty()) {
            Optional<Department> close = DepartmentNames.didYouMean(name, departments);
            errors.add(close.map(d -> new ImportLineError(line, header, "mirror.error.department.did-you-mean", name,
                            List.of(name, d.name())))
                    .orElseGet(() -> new ImportLineError(line, header, "mirror.error.department.unknown", name,
                            List.of(name))));
            return null;
        }
        if (found.get().kind() != DepartmentKind.FRONT_OFFICE) {
            errors.add(new ImportLineError(line, header, "mirror.error.department.support", name,
                    List.of(found.get().name())));
            return null;
        }
        return found.get();
    }

    private static <T> @Nullable T read(Supplier<T> reading, int line, String header, String value,
                                        List<ImportLineError> errors) {
        try {
            return reading.get();
        } catch (InvalidValueException e) {
            errors.add(error(line, header, value, e));
            return null;
        }
    }

    private static ImportLineError error(int line, String header, String value, InvalidValueException e) {
        return new ImportLineError(line, header, e.messageKey(), value,
                Arrays.stream(e.arguments()).map(String::valueOf).toList());
    }
}
