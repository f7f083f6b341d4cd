package app.symetrie.organization.internal.hris;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The columns an HRIS file may have. Headers are matched case-, accent- and punctuation-insensitively against the
 * aliases, so {@code E-mail}, {@code Courriel} and {@code email} are the same column.
 */
public enum HrisColumn {
    EMAIL(true, "email", "e-mail", "courriel", "mail", "adresse e-mail", "email address"),
    FIRST_NAME(true, "first_name", "prénom", "firstname", "given name"),
    LAST_NAME(true, "last_name", "nom", "lastname", "surname", "nom de famille", "family name"),
    DEPARTMENT(true, "department", "département", "service", "direction"),
    TEAM(false, "team", "équipe"),
    MANAGER(false, "manager", "est_manager", "responsable"),
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
