package app.symetrie.organization.internal.hris;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * What one chunk of an import is about to change, written before the change (one document, so it is journaled
 * whole or not at all): for each e-mail, the employee as it was (null: the import creates it), and the departments
 * and teams the chunk creates. Rolling back replays it backwards; an applied batch's journal is deleted.
 */
@Document("import_journal")
public record ImportJournalDocument(@Id String id, @Indexed String batchId, int chunk, List<Entry> entries,
                                    List<String> createdDepartmentIds, List<String> createdTeamIds) {

    /**
     * @param employeeId the id the import writes the employee with
     * @param before     the stored document as it was (raw, so a rollback restores it field for field), or null
     */
    public record Entry(String email, String employeeId, org.bson.@Nullable Document before) {
    }
}
