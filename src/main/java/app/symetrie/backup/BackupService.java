package app.symetrie.backup;

import app.symetrie.audit.AuditLog;
import app.symetrie.common.UserFacingException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.core.env.Environment;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * Backups and restores, for administrators (decision 025). A backup is streamed to its download as it is read,
 * never kept on the server, while the writers that change many documents at once are paused ({@link WriterPause}).
 * A restore from here is possible on a new instance only: nothing in it but the administrator restoring.
 */
@Service
public class BackupService {

    private static final Logger log = LoggerFactory.getLogger(BackupService.class);
    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmm")
            .withZone(ZoneOffset.UTC);

    private final MongoTemplate mongo;
    private final List<WriterPause> pauses;
    private final Restorer restorer;
    private final AuditLog audit;
    private final Clock clock;
    private final Environment environment;
    private final String appVersion;

    BackupService(MongoTemplate mongo, List<WriterPause> pauses, Restorer restorer, AuditLog audit, Clock clock,
                  Environment environment, ObjectProvider<BuildProperties> build) {
        this.mongo = mongo;
        this.pauses = pauses;
        this.restorer = restorer;
        this.audit = audit;
        this.clock = clock;
        this.environment = environment;
        BuildProperties properties = build.getIfAvailable();
        String version = properties == null ? null : properties.getVersion();
        this.appVersion = version != null ? version : "development";
    }

    /** What a backup made now would be called. */
    @PreAuthorize("hasRole('ADMIN')")
    public String fileName() {
        return "symetrie-backup-" + FILE_TIME.format(clock.instant()) + ".zip";
    }

    /**
     * Writes a backup of the whole store to {@code out} (a ZIP) while wave releases and HRIS imports are paused;
     * returns how many documents it holds.
     *
     * @throws UserFacingException {@code backup.error.busy} when a release or an import is running now
     */
    @PreAuthorize("hasRole('ADMIN')")
    public long download(OutputStream out) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Supplier<BackupArchive.Manifest> read = () -> {
            try {
                return BackupArchive.write(mongo, out, appVersion, now);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
        for (WriterPause pause : pauses) {
            Supplier<BackupArchive.Manifest> inner = read;
            read = () -> pause.whilePaused(inner);
        }
        BackupArchive.Manifest manifest = read.get();
        audit.record("backup.downloaded", manifest.total() + " documents in " + manifest.counts().size()
                + " collections");
        log.info("Backup downloaded: {} documents in {} collections", manifest.total(), manifest.counts().size());
        return manifest.total();
    }

    /**
     * Whether this instance may be restored into from the view: it holds nothing but the account of the signed-in
     * administrator, the first one ({@code symetrie.admin.email}).
     */
    @PreAuthorize("hasRole('ADMIN')")
    public boolean restorable() {
        String kept = keptAccount();
        return kept != null && restorer.occupied(kept).isEmpty();
    }

    /**
     * Restores {@code archive} into this instance, all or nothing; the signed-in administrator's account is replaced
     * by the archive's accounts (they sign in again with one of those).
     *
     * @return how many documents were restored
     * @throws UserFacingException {@code backup.error.*}: the archive is damaged, of another format, or this
     *                             instance is not empty; nothing was restored
     */
    @PreAuthorize("hasRole('ADMIN')")
    public long restore(Path archive) {
        String kept = keptAccount();
        if (kept == null) {
            throw new UserFacingException("backup.error.not-first-admin");
        }
        return restorer.restore(archive, kept).total();
    }

    /** The signed-in administrator's e-mail when they are the first administrator, from the configuration. */
    private @Nullable String keptAccount() {
        String first = environment.getProperty("symetrie.admin.email", "").strip();
        var who = SecurityContextHolder.getContext().getAuthentication();
        if (!app.symetrie.common.Email.isValid(first) || who == null) {
            return null;
        }
        String email = new app.symetrie.common.Email(first).value();
        return email.equalsIgnoreCase(who.getName()) ? email : null;
    }
}
