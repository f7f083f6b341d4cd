package app.symetrie.organization;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * An HRIS export as a French HR system writes it through Excel's "CSV (séparateur point-virgule)": Windows-1252,
 * {@code ;}, CRLF, and headers of its own — {@code Mat.}, {@code Mail pro} and {@code Nature} are recognized by no
 * synonym and must be mapped; {@code Direction}/{@code Service} give two levels; {@code Responsable} holds the
 * manager's employee number (every tenth person reports to the head of their direction, found by e-mail).
 */
public final class FrenchHrisExport {

    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    static final String HEADER = "Mat.;Nom;Prénom;Mail pro;Direction;Service;Responsable;Nature";
    public static final String PLAIN_HEADER = "Matricule;Nom;Prénom;E-mail;Direction;Service;Responsable";
    static final List<String> DIRECTIONS = List.of("Direction financière", "Direction commerciale",
            "Direction des opérations");
    static final List<List<String>> SERVICES = List.of(
            List.of("Comptabilité", "Économie et prévisions", "Trésorerie"),
            List.of("Ventes Île-de-France", "Service client", "Marketing"),
            List.of("Logistique", "Qualité", "Œuvre sociale"));
    private static final List<String> FIRST_NAMES = List.of("Françoise", "Hélène", "Jérôme", "Zoé", "Anaïs",
            "François", "Cécile", "Noël", "Agnès", "Loïc");
    private static final List<String> LAST_NAMES = List.of("Lefèvre", "Séguin", "Bœuf", "Dupré", "Mercier",
            "Garçon", "Noël", "Thérond", "Müller", "Castaño");

    private FrenchHrisExport() {
    }

    /** The mapping an administrator chooses for this export (our column → its header). */
    static java.util.Map<String, String> mapping() {
        return java.util.Map.of("employee_number", "Mat.", "last_name", "Nom", "first_name", "Prénom",
                "email", "Mail pro", "parent_department", "Direction", "department", "Service",
                "reports_to", "Responsable", "department_kind", "Nature");
    }

    static String number(int i) {
        return String.format("M%05d", i);
    }

    public static String email(int i) {
        return "salarie" + i + "@entreprise.fr";
    }

    /** People 0…n-1; person d (d < 3) heads direction d, person 3+k heads service k, everyone else reports. */
    static List<String> lines(int people) {
        List<String> lines = new ArrayList<>();
        lines.add(HEADER);
        for (int i = 0; i < people; i++) {
            int k = i < 3 ? i * 3 : i < 12 ? i - 3 : i % 9; // the service: direction * 3 + its rank
            int direction = k / 3;
            int service = k % 3;
            String manager;
            if (i < 3) {
                manager = "";
            } else if (i < 12) {
                manager = number(direction);
            } else if (i % 10 == 0) {
                manager = email(direction);
            } else {
                manager = number(3 + k);
            }
            String kind = direction == 0 ? "SUPPORT" : "FRONT_OFFICE";
            lines.add(String.join(";", number(i), LAST_NAMES.get(i % 10), FIRST_NAMES.get((i / 10) % 10),
                    email(i), DIRECTIONS.get(direction), SERVICES.get(direction).get(service), manager, kind));
        }
        return lines;
    }

    /**
     * The same people with the headers most French HRIS exports use — all recognized, so mapping them is a
     * confirmation — and no department kind: {@code Matricule;Nom;Prénom;E-mail;Direction;Service;Responsable}.
     */
    public static List<String> plainLines(int people) {
        List<String> lines = new ArrayList<>();
        lines.add(PLAIN_HEADER);
        lines(people).stream().skip(1).map(line -> line.substring(0, line.lastIndexOf(';'))).forEach(lines::add);
        return lines;
    }

    /** The mapping an administrator confirms for {@link #plainLines}. */
    public static java.util.Map<String, String> plainMapping() {
        return java.util.Map.of("employee_number", "Matricule", "last_name", "Nom", "first_name", "Prénom",
                "email", "E-mail", "parent_department", "Direction", "department", "Service",
                "reports_to", "Responsable");
    }

    public static Path write(Path file, List<String> lines) throws IOException {
        return write(file, lines, UnaryOperator.identity());
    }

    static Path write(Path file, List<String> lines, UnaryOperator<String> change) throws IOException {
        StringBuilder text = new StringBuilder();
        lines.forEach(line -> text.append(change.apply(line)).append("\r\n"));
        Files.write(file, text.toString().getBytes(WINDOWS_1252));
        return file;
    }
}
