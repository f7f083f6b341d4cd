package app.symetrie.backup;

import app.symetrie.audit.AuditLog;
import app.symetrie.common.UserFacingException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Restores a backup into an empty store, all or nothing: the archive is validated whole before anything is
 * written, and a failure while inserting deletes what was inserted. "Empty" means no document in any collection that
 * travels, but for the audit log (which a restore adds to) and, for a restore from the view, the one account of the
 * administrator doing it — the first administrator, created from {@code symetrie.admin.email} on a new instance.
 */
@Component
class Restorer {

    static final String ACCOUNTS = "accounts";
    private static final Logger log = LoggerFactory.getLogger(Restorer.class);

    private final MongoTemplate mongo;
    private final AuditLog audit;

    Restorer(MongoTemplate mongo, AuditLog audit) {
        this.mongo = mongo;
        this.audit = audit;
    }

    /**
     * The collections whose documents forbid a restore, with their counts ("teams: 12"); empty when a restore may
     * proceed. {@code keptAccount}: the e-mail of the one account a restore from the view may find.
     */
    List<String> occupied(@Nullable String keptAccount) {
        List<String> occupied = new ArrayList<>();
        for (String name : BackupArchive.collections(mongo)) {
            if (name.equals(BackupArchive.AUDIT)) {
                continue;
            }
            // the store's count, not countDocuments: that is an aggregation, which the embedded server runs by
            // holding the whole collection in memory (decision 039)
            long count = mongo.getCollection(name).estimatedDocumentCount();
            if (name.equals(ACCOUNTS) && keptAccount != null && count == 1) {
                Document only = mongo.getCollection(name).find().limit(1).first();
                if (only != null && keptAccount.equals(only.getString("email"))) {
                    continue;
                }
            }
            if (count > 0) {
                occupied.add(name + ": " + count);
            }
        }
        return occupied;
    }

    /**
     * Validates {@code archive}, checks the store is empty, inserts the archive, audits the restore.
     *
     * @param keptAccount the account that may be in the store (a restore from the view), replaced by the archive's
     *                    accounts; null for the command line, where the store must hold no account at all
     * @throws UserFacingException {@code backup.error.*}: nothing was written, but an audit entry saying why
     */
    synchronized BackupArchive.Manifest restore(Path archive, @Nullable String keptAccount) {
        BackupArchive.Manifest manifest;
        try {
            manifest = BackupArchive.validate(archive);
            List<String> occupied = occupied(keptAccount);
            if (!occupied.isEmpty()) {
                throw new UserFacingException("backup.error.not-empty", String.join(", ", occupied));
            }
        } catch (UserFacingException refused) {
            audit.record("backup.restore-refused", refused.messageKey() + " " + List.of(refused.arguments()));
            throw refused;
        }
        @Nullable Document kept = keptAccount == null ? null
                : mongo.getCollection(ACCOUNTS).find(new Document("email", keptAccount)).first();
        if (kept != null) {
            mongo.getCollection(ACCOUNTS).deleteOne(new Document("_id", kept.get("_id")));
        }
        try {
            BackupArchive.insert(mongo, archive);
        } catch (RuntimeException failed) {
            if (kept != null) {
                mongo.getCollection(ACCOUNTS).insertOne(kept);
            }
            log.error("Restore of {} failed while inserting; what was inserted is deleted again", archive, failed);
            audit.record("backup.restore-failed", archive.getFileName() + ": " + failed.getMessage());
            throw new UserFacingException("backup.error.insert");
        }
        audit.record("backup.restored", "backup of " + manifest.createdAt() + " (version " + manifest.appVersion()
                + "): " + manifest.total() + " documents in " + manifest.counts().size() + " collections");
        log.info("Restored the backup of {} (version {}): {} documents in {} collections", manifest.createdAt(),
                manifest.appVersion(), manifest.total(), manifest.counts().size());
        return manifest;
    }
}
