package app.symetrie.mirror.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Every customer figure of the company in one document, so that an import replaces them all at once or not at all
 * (one atomic single-document update, conditional on {@code version}; docs/decisions/035-customer-mirror.md).
 */
@Document("customer_mirror")
public record MirrorDocument(@Id String id, long version, List<Entry> entries) {

    public static final String ID = "figures";

    public MirrorDocument {
        entries = List.copyOf(entries);
    }

    /** One figure; {@code period} as {@code 2026-Q3}, {@code kind} a {@code MeasureKind} name. */
    public record Entry(String departmentId, String period, String kind, double value, @Nullable Integer respondents,
                        @Nullable String source) {
    }
}
