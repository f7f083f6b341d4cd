package app.symetrie.privacy;

import app.symetrie.audit.AuditLog;
import app.symetrie.common.Email;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The audit log as personal data: exported (what the person did, what was done to their access) but not erased by a
 * person's erasure — it is the record of who changed access and figures, kept for its own period
 * ({@code symetrie.retention.audit}) and then deleted by the retention job.
 */
@Component
class AuditData implements PersonalData, RetainedData {

    private final AuditLog audit;

    AuditData(AuditLog audit) {
        this.audit = audit;
    }

    @Override
    public String kind() {
        return "audit";
    }

    @Override
    public List<?> export(Email person) {
        return audit.about(person.value());
    }

    @Override
    public long erase(Email person) {
        return 0;
    }

    @Override
    public long purgeBefore(Instant cutoff) {
        return audit.purgeBefore(cutoff);
    }
}
