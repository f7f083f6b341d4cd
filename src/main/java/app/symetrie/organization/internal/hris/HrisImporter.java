package app.symetrie.organization.internal.hris;

import app.symetrie.common.Ids;
import app.symetrie.common.UserFacingException;
import app.symetrie.organization.ImportPreview;
import app.symetrie.organization.ImportResult;
import app.symetrie.organization.ProgressListener;
import app.symetrie.organization.internal.DepartmentRepository;
import app.symetrie.organization.internal.TeamRepository;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Preview and all-or-nothing commit of an HRIS file (see {@code HrisImportService}). MongoDB's embedded stand-in has
 * no multi-document transactions, so the commit keeps a journal: each chunk's before-images are written before the
 * chunk, and any failure replays the journal backwards.
 */
@Component
public class HrisImporter {

    private static final Logger log = LoggerFactory.getLogger(HrisImporter.class);

    private final MongoTemplate mongo;
    private final DepartmentRepository departments;
    private final TeamRepository teams;
    private final HrisChunkWriter writer;
    private final ImportLock lock;
    private final ImportRollback rollback;
    private final Clock clock;

    HrisImporter(MongoTemplate mongo, DepartmentRepository departments, TeamRepository teams, HrisChunkWriter writer,
                 ImportLock lock, ImportRollback rollback, Clock clock) {
        this.mongo = mongo;
        this.departments = departments;
        this.teams = teams;
        this.writer = writer;
        this.lock = lock;
        this.rollback = rollback;
        this.clock = clock;
    }

    public ImportPreview preview(Path file, ProgressListener progress, @Nullable String previewedBy) {
        OrganizationPlan plan = loadPlan();
        Counts counts = new Counts();
        HrisScanner.Outcome outcome = scan(file, plan,
                (rows, linesRead) -> counts.add(writer.classify(rows, plan)), progress);
        String batchId = null;
        if (outcome.errors().isEmpty()) {
            batchId = Ids.random();
            mongo.insert(new ImportBatchDocument(batchId, ImportBatchStatus.PREVIEWED, outcome.checksum(),
                    outcome.lines(), counts.created, counts.updated, counts.unchanged,
                    plan.plannedDepartmentCount(), plan.plannedTeamCount(), previewedBy, clock.instant(),
                    null, null, null));
        }
        return new ImportPreview(batchId, file, outcome.checksum(), outcome.separator(), outcome.lines(),
                counts.created, counts.updated, counts.unchanged, plan.plannedDepartmentCount(),
                plan.plannedTeamCount(), outcome.errors().errors(), outcome.errors().count(),
                outcome.ignoredColumns());
    }

    public ImportResult commit(ImportPreview preview, ProgressListener progress) {
        if (!preview.acceptable() || preview.batchId() == null) {
            throw new UserFacingException("import.error.not-acceptable");
        }
        String owner = lock.tryClaim().orElseThrow(() -> new UserFacingException("import.error.busy"));
        try {
            rollback.recoverInterrupted();
            Instant start = clock.instant();
            ImportBatchDocument batch = mongo.findAndModify(
                    Query.query(Criteria.where("_id").is(preview.batchId())
                            .and("status").is(ImportBatchStatus.PREVIEWED)),
                    new Update().set("status", ImportBatchStatus.APPLYING).set("startedAt", start),
                    FindAndModifyOptions.options().returnNew(true), ImportBatchDocument.class);
            if (batch == null) {
                throw new UserFacingException("import.error.preview-expired");
            }
            try {
                return apply(batch.id(), preview, progress, owner, start);
            } catch (UserFacingException refused) {
                rollback.rollBack(batch.id(), refused.messageKey());
                throw refused;
            } catch (RuntimeException failure) {
                log.error("HRIS import {} failed: rolling it back", batch.id(), failure);
                try {
                    rollback.rollBack(batch.id(), failure.toString());
                } catch (RuntimeException rollbackFailure) {
                    log.error("HRIS import {}: rollback failed, it will be retried", batch.id(), rollbackFailure);
                    throw new UserFacingException("import.error.interrupted");
                }
                throw new UserFacingException("import.error.rolled-back");
            }
        } finally {
            lock.release(owner);
        }
    }

    private ImportResult apply(String batchId, ImportPreview preview, ProgressListener progress, String owner,
                               Instant start) {
        Path file = preview.file();
        if (!Files.isRegularFile(file)) {
            throw new UserFacingException("import.error.file-gone");
        }
        try {
            if (!HrisScanner.checksum(file).equals(preview.checksum())) {
                throw new UserFacingException("import.error.file-changed");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        OrganizationPlan plan = loadPlan();
        // A first pass writes nothing: the organization may have changed since the preview.
        HrisScanner.Outcome check = scan(file, plan, (rows, linesRead) -> {
        }, ProgressListener.NONE);
        if (!check.errors().isEmpty() || !check.checksum().equals(preview.checksum())) {
            throw new UserFacingException("import.error.changed-since-preview");
        }
        Counts counts = new Counts();
        int[] chunk = {0};
        long total = check.lines();
        HrisScanner.Outcome written = scan(file, plan, (rows, linesRead) -> {
            counts.add(writer.write(batchId, chunk[0]++, rows, plan, check.newDepartmentKinds()));
            lock.heartbeat(owner);
            progress.progress(linesRead, total);
        }, ProgressListener.NONE);
        if (!written.errors().isEmpty() || !written.checksum().equals(preview.checksum())) {
            throw new IllegalStateException("The file changed while it was being imported");
        }
        Instant end = clock.instant();
        mongo.updateFirst(Query.query(Criteria.where("_id").is(batchId)), new Update()
                        .set("status", ImportBatchStatus.APPLIED).set("finishedAt", end).set("lines", total)
                        .set("createdEmployees", counts.created).set("updatedEmployees", counts.updated)
                        .set("unchangedEmployees", counts.unchanged)
                        .set("createdDepartments", counts.createdDepartments)
                        .set("createdTeams", counts.createdTeams),
                ImportBatchDocument.class);
        mongo.remove(Query.query(Criteria.where("batchId").is(batchId)), ImportJournalDocument.class);
        progress.progress(total, total);
        log.info("HRIS import {} applied: {} lines, {} created, {} updated, {} unchanged, {} departments and {} "
                        + "teams created, in {}", batchId, total, counts.created, counts.updated, counts.unchanged,
                counts.createdDepartments, counts.createdTeams, Duration.between(start, end));
        return new ImportResult(batchId, total, counts.created, counts.updated, counts.unchanged,
                counts.createdDepartments, counts.createdTeams, Duration.between(start, end));
    }

    private OrganizationPlan loadPlan() {
        return OrganizationPlan.of(departments.findAll(), teams.findAll());
    }

    private static HrisScanner.Outcome scan(Path file, OrganizationPlan plan, HrisScanner.ChunkHandler handler,
                                            ProgressListener progress) {
        try {
            return HrisScanner.scan(file, plan.existingDepartmentKeys(), HrisScanner.CHUNK_SIZE, handler, progress);
        } catch (NoSuchFileException e) {
            throw new UserFacingException("import.error.file-gone");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class Counts {
        private int created;
        private int updated;
        private int unchanged;
        private int createdDepartments;
        private int createdTeams;

        void add(HrisChunkWriter.ChunkChanges changes) {
            created += changes.created();
            updated += changes.updated();
            unchanged += changes.unchanged();
            createdDepartments += changes.createdDepartments();
            createdTeams += changes.createdTeams();
        }
    }
}
