package app.symetrie.organization.internal.hris;

import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The column mapping an administrator chose to remember: which header of their HRIS export holds which of our
 * columns (canonical name → header). One per organization ({@link #ID}); the next import whose headers include all
 * of them uses it.
 */
@Document("import_mappings")
public record ImportMappingDocument(@Id String id, Map<String, String> mapping, Instant savedAt,
                                    @Nullable String savedBy) {
    public static final String ID = "hris";
}
