package app.symetrie.organization.internal.hris;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The columns an HRIS file may have. Headers are matched case-, accent- and punctuation-insensitively against the
 * aliases, so {@code E-mail}, {@code Courriel} and {@code email} are the same column. A file whose headers match
 * none of them is mapped by the administrator ({@link HrisHeader#of(java.util.List, java.util.Map, ErrorCollector)}).
 * {@code Direction} alone is the department; next to a {@code Service} column it is the parent department.
 */
public enum HrisColumn {
    EMAIL(true, "email", "e-mail", "courriel", "mail", "adresse e-mail", "adresse mail", "adresse électronique",
            "e-mail professionnel", "courriel professionnel", "email address", "work email"),
    FIRST_NAME(true, "first_name", "prénom", "firstname", "prénom usuel", "given name"),
    LAST_NAME(true, "last_name", "nom", "lastname", "surname", "nom de famille", "nom usuel", "family name"),
    DEPARTMENT(true, "department", "département", "service", "unité", "department name"),
    EMPLOYEE_NUMBER(false, "employee_number", "matricule", "numéro de matricule", "n° matricule",
            "numéro de salarié", "n° salarié", "matricule salarié", "id salarié", "employee number", "employee id",
            "personnel number"),
    PARENT_DEPARTMENT(false, "parent_department", "direction", "département parent", "pôle", "division",
            "parent department"),
    TEAM(false, "team", "équipe"),
    MANAGER(false, "manager", "est_manager", "est manager", "manager (o/n)", "manager o/n", "encadrant",
            "is manager"),
    REPORTS_TO(false, "reports_to", "responsable", "responsable hiérarchique", "n+1", "supérieur hiérarchique",
            "manager e-mail", "e-mail du responsable", "courriel du responsable", "matricule du responsable",
            "matricule responsable", "manager id", "line manager", "reports to"),
    LOCALE(false, "locale", "langue", "language"),
    DEPARTMENT_KIND(false, "department_kind", "type_departement", "type", "type de département", "kind");

    private final boolean required;
    private final List<String> aliases;

    HrisColumn(boolean required, String... aliases) {
        this.required = required;
        this.aliases = List.of(aliases);
    }

    public boolean required() {
        return required;
    }

    /** The header written in our sample and in file-level errors, e.g. {@code first_name}. */
    public String canonicalName() {
        return aliases.getFirst();
    }

    /** Every header accepted for this column, as a person would write it. */
    public List<String> aliases() {
        return aliases;
    }

    public static Optional<HrisColumn> forCanonicalName(String name) {
        return Arrays.stream(values()).filter(c -> c.canonicalName().equals(name)).findFirst();
    }

    public static Optional<HrisColumn> forHeader(String header) {
        String key = normalize(header);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        return Arrays.stream(values())
                .filter(c -> c.aliases.stream().anyMatch(alias -> normalize(alias).equals(key)))
                .findFirst();
    }

    /** Lower case, no accents, letters and digits only: {@code "Prénom "} and {@code "PRENOM"} give {@code prenom}. */
    static String normalize(String text) {
        String decomposed = Normalizer.normalize(text.strip(), Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }
}
