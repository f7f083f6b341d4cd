package app.symetrie.organization.internal.hris;

import app.symetrie.audit.AuditLog;
import app.symetrie.organization.internal.DepartmentDocument;
import app.symetrie.organization.internal.EmployeeDirectory;
import app.symetrie.organization.internal.TeamDocument;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.FindAndReplaceOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Undoes a batch from its journal, last chunk first: restores every before-image, deletes the employees the batch
 * created, then the teams and departments it created. Replaying is idempotent, so a rollback interrupted in turn is
 * simply run again.
 */
@Component
public class ImportRollback {

    private static final Logger log = LoggerFactory.getLogger(ImportRollback.class);
    private static final Duration PREVIEW_KEPT = Duration.ofDays(1);

    private final MongoTemplate mongo;
    private final Clock clock;
    private final AuditLog audit;
    private final EmployeeDirectory directory;

    ImportRollback(MongoTemplate mongo, Clock clock, AuditLog audit, EmployeeDirectory directory) {
        this.audit = audit;
        this.directory = directory;
        this.mongo = mongo;
        this.clock = clock;
    }

    /** Rolls back every batch left applying (call it holding the import lock), and forgets old previews. */
    public void recoverInterrupted() {
        List<ImportBatchDocument> interrupted = mongo.find(
                Query.query(Criteria.where("status").is(ImportBatchStatus.APPLYING)), ImportBatchDocument.class);
        for (ImportBatchDocument batch : interrupted) {
            log.warn("HRIS import {} was interrupted while applying: rolling it back", batch.id());
            rollBack(batch.id(), "interrupted");
            audit.record("hris.interrupted", "started " + batch.startedAt() + " by " + batch.previewedBy()
                    + ": rolled back, the organization is as it was before it; import the file again");
        }
        mongo.remove(Query.query(Criteria.where("status").is(ImportBatchStatus.PREVIEWED)
                .and("previewedAt").lt(clock.instant().minus(PREVIEW_KEPT))), ImportBatchDocument.class);
    }

    public void rollBack(String batchId, @Nullable String failure) {
        Query journalOfBatch = Query.query(Criteria.where("batchId").is(batchId));
        List<ImportJournalDocument> journal = mongo.find(
                Query.of(journalOfBatch).with(Sort.by(Sort.Direction.DESC, "chunk")), ImportJournalDocument.class);
        try {
            for (ImportJournalDocument chunk : journal) {
                undo(chunk);
            }
        } finally {
            directory.changed();
        }
        mongo.updateFirst(Query.query(Criteria.where("_id").is(batchId)),
                new Update().set("status", ImportBatchStatus.ROLLED_BACK).set("finishedAt", clock.instant())
                        .set("failure", failure),
                ImportBatchDocument.class);
        mongo.remove(journalOfBatch, ImportJournalDocument.class);
        log.info("HRIS import {} rolled back ({} journaled chunks undone)", batchId, journal.size());
    }

    private void undo(ImportJournalDocument chunk) {
        List<Document> befores = chunk.entries().stream().map(ImportJournalDocument.Entry::before)
                .filter(b -> b != null).toList();
        if (!befores.isEmpty()) {
            BulkOperations restore = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, "employees");
            for (Document before : befores) {
                restore.replaceOne(Query.query(Criteria.where("_id").is(before.get("_id"))), before,
                        FindAndReplaceOptions.options().upsert());
            }
            restore.execute();
        }
        List<String> created = chunk.entries().stream().filter(e -> e.before() == null)
                .map(ImportJournalDocument.Entry::employeeId).toList();
        if (!created.isEmpty()) {
            mongo.remove(Query.query(Criteria.where("_id").in(created)), "employees");
        }
        if (!chunk.createdTeamIds().isEmpty()) {
            mongo.remove(Query.query(Criteria.where("_id").in(chunk.createdTeamIds())), TeamDocument.class);
        }
        if (!chunk.createdDepartmentIds().isEmpty()) {
            mongo.remove(Query.query(Criteria.where("_id").in(chunk.createdDepartmentIds())),
                    DepartmentDocument.class);
        }
    }
}
