package app.symetrie.common.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadHandler;

/** The upload of one CSV file, as every import takes it: one file, a size limit, its texts and refusals translated. */
public final class CsvUpload {

    private CsvUpload() {
    }

    /**
     * An upload of one {@code .csv} file of at most {@code maxFileSize} bytes into {@code handler}, its texts in
     * {@code owner}'s language; a refused or failed file says so in a notification.
     */
    public static Upload of(Component owner, UploadHandler handler, int maxFileSize) {
        Upload upload = new Upload(handler);
        upload.setMaxFiles(1);
        upload.setMaxFileSize(maxFileSize);
        upload.setAcceptedFileTypes(".csv", "text/csv");
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(owner.getTranslation("import.upload.button")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(owner.getTranslation("import.upload.drop")));
        i18n.setError(new UploadI18N.Error()
                .setTooManyFiles(owner.getTranslation("import.upload.too-many"))
                .setFileIsTooBig(owner.getTranslation("import.upload.too-big", maxFileSize / (1024 * 1024)))
                .setIncorrectFileType(owner.getTranslation("import.upload.wrong-type")));
        upload.setI18n(i18n);
        upload.addFileRejectedListener(e -> Notifications.error(owner, "import.upload.rejected",
                e.getFileName(), e.getErrorMessage()));
        upload.addFailedListener(e -> Notifications.error(owner, "import.upload.failed", e.getFileName()));
        return upload;
    }
}
