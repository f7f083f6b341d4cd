package app.symetrie.organization;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Whether a department serves customers directly or supports the rest of the company (docs/PRODUCT.md). */
public enum DepartmentKind {
    FRONT_OFFICE,
    SUPPORT;

    /** Accepts the enum name and the words an HR file uses in French or English; null when unknown. */
    public static @Nullable DepartmentKind parse(@Nullable String value) {
        String v = value == null ? "" : value.strip().toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        return switch (v) {
            case "front_office", "front", "frontoffice", "front_office_", "client", "commercial" -> FRONT_OFFICE;
            case "support", "fonction_support", "support_function", "back_office", "backoffice" -> SUPPORT;
            default -> null;
        };
    }
}
