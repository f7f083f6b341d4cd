package app.symetrie.backup.ui;

import app.symetrie.backup.BackupService;
import app.symetrie.common.Role;
import app.symetrie.common.UserFacingException;
import app.symetrie.common.ui.Notifications;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.server.streams.UploadMetadata;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Backup and restore for administrators (docs/OPERATIONS.md): download a backup of the whole store, streamed as it
 * is read; on a new instance — nothing in it but the first administrator — restore one.
 */
@Route("backup")
@RolesAllowed(Role.ADMIN_ROLE)
@Menu(order = 95, icon = "vaadin:archive", title = "nav.backup")
public class BackupView extends VerticalLayout implements HasDynamicTitle {

    static final int MAX_ARCHIVE_SIZE = 1024 * 1024 * 1024;
    private static final Logger log = LoggerFactory.getLogger(BackupView.class);

    private final BackupService backups;
    private final AuthenticationContext authentication;

    BackupView(BackupService backups, AuthenticationContext authentication) {
        this.backups = backups;
        this.authentication = authentication;
        add(new H3(getTranslation("backup.download.title")));
        add(new Paragraph(getTranslation("backup.download.intro")));
        Anchor download = new Anchor((DownloadHandler) event -> {
            UI ui = event.getUI();
            try {
                event.setFileName(backups.fileName());
                event.setContentType("application/zip");
                backups.download(event.getOutputStream());
            } catch (UserFacingException refused) {
                event.getResponse().setStatus(409);
                ui.access(() -> Notifications.error(this, refused));
            }
        }, getTranslation("backup.download"));
        download.setId("backup-download");
        add(download);

        add(new H3(getTranslation("backup.restore.title")));
        if (!backups.restorable()) {
            add(new Paragraph(getTranslation("backup.restore.not-here")));
            return;
        }
        add(new Paragraph(getTranslation("backup.restore.intro")));
        Upload upload = new Upload(UploadHandler.toTempFile(this::uploaded));
        upload.setId("backup-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_ARCHIVE_SIZE);
        upload.setAcceptedFileTypes(".zip", "application/zip");
        upload.addFileRejectedListener(e -> Notifications.error(this, "backup.upload.rejected", e.getFileName(),
                e.getErrorMessage()));
        add(upload);
    }

    private void uploaded(UploadMetadata metadata, File archive) {
        try {
            long restored = backups.restore(archive.toPath());
            Notifications.success(this, "backup.restored", restored);
            // The account signed in was replaced by the backup's accounts: sign in again with one of those.
            authentication.logout();
        } catch (UserFacingException refused) {
            Notifications.error(this, refused);
        } finally {
            try {
                Files.deleteIfExists(archive.toPath());
            } catch (IOException e) {
                log.warn("Could not delete the uploaded backup {}", archive, e);
            }
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.backup");
    }
}
