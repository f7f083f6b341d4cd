package app.symetrie.privacy;

import app.symetrie.audit.AuditLog;
import app.symetrie.common.Email;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A person's rights and the retention of data (docs/PRIVACY.md), for administrators: export everything held about one
 * identified person, erase it, read the retention settings. Collects each module's {@link PersonalData} and
 * {@link RetainedData}; every export, erasure and retention run is audited.
 */
@Service
public class PrivacyService {

    private final List<PersonalData> personalData;
    private final List<RetainedData> retained;
    private final RetentionSettings settings;
    private final AuditLog audit;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    PrivacyService(List<PersonalData> personalData, List<RetainedData> retained, RetentionSettings settings,
                   AuditLog audit, Clock clock) {
        this.personalData = personalData.stream().sorted(Comparator.comparingInt(PersonalData::eraseOrder)
                .thenComparing(PersonalData::kind)).toList();
        this.retained = retained;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    /** One line of the retention table. */
    public record Retention(String kind, Period keptFor) {
    }

    /** What is erased, per kind, and how many records. */
    public record Erasure(Email person, Map<String, Long> byKind) {

        public long total() {
            return byKind.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /** The export: who, when, and each kind of data held. */
    public record Export(String person, Instant exportedAt, Map<String, List<?>> data) {
    }

    @PreAuthorize("hasRole('ADMIN')")
    public List<Retention> retention() {
        List<Retention> rows = new ArrayList<>();
        settings.byKind().forEach((kind, period) -> rows.add(new Retention(kind, period)));
        return rows;
    }

    /** Everything held about the person, kind by kind (empty kinds included, so that the answer is complete). */
    @PreAuthorize("hasRole('ADMIN')")
    public Export export(Email person) {
        Map<String, List<?>> data = new LinkedHashMap<>();
        personalData.stream().sorted(Comparator.comparing(PersonalData::kind))
                .forEach(p -> data.put(p.kind(), p.export(person)));
        audit.record("privacy.exported", person.value());
        return new Export(person.value(), clock.instant(), data);
    }

    /** The export as a JSON file's bytes (UTF-8). */
    @PreAuthorize("hasRole('ADMIN')")
    public byte[] exportJson(Email person) {
        return json.writeValueAsString(export(person)).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Erases everything held about the person in every module. Their anonymous answers stay: nothing links them to
     * anyone. Someone still in the HRIS comes back at the next import — erase them there too.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public Erasure erase(Email person) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (PersonalData p : personalData) {
            counts.merge(p.kind(), p.erase(person), Long::sum);
        }
        Erasure erasure = new Erasure(person, counts);
        audit.record("privacy.erased", person.value() + ": " + erasure.total() + " records " + counts);
        return erasure;
    }

    /**
     * Applies every retention setting now (the daily job's work); returns how many records each kind lost. Runs as
     * the system: called by {@link RetentionJob} under its lock, or by an administrator.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public Map<String, Long> applyRetention() {
        Map<String, Period> periods = settings.byKind();
        Map<String, Long> purged = new LinkedHashMap<>();
        ZonedDateTime today = clock.instant().atZone(clock.getZone()).toLocalDate().atStartOfDay(clock.getZone());
        for (RetainedData r : retained) {
            Period period = periods.get(r.kind());
            if (period == null) {
                throw new IllegalStateException("No retention setting for " + r.kind());
            }
            purged.merge(r.kind(), r.purgeBefore(today.minus(period).toInstant()), Long::sum);
        }
        audit.record("retention.run", purged.toString());
        return purged;
    }
}
