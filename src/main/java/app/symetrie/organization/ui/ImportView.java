package app.symetrie.organization.ui;

import app.symetrie.common.UserFacingException;
import app.symetrie.common.ui.CsvUpload;
import app.symetrie.common.ui.Notifications;
import app.symetrie.organization.DepartmentSuggestion;
import app.symetrie.organization.HrisImportService;
import app.symetrie.organization.ImportColumn;
import app.symetrie.organization.ImportEncoding;
import app.symetrie.organization.ImportOptions;
import app.symetrie.organization.ImportLineError;
import app.symetrie.organization.ImportPreview;
import app.symetrie.organization.ImportResult;
import app.symetrie.organization.ProgressListener;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.Command;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.server.streams.UploadMetadata;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The HRIS CSV import for administrators: what the file must hold (with a sample to download), the encoding and
 * whether the file is the whole organization, the upload, a column-mapping step when the headers are not recognized
 * (or to change how they were read), a preview that writes nothing and lists every problem by line, then the
 * all-or-nothing import. Previews and imports of
 * large files run in a background thread and report their progress through server push.
 */
@Route("import")
@RolesAllowed("ADMIN")
@Menu(order = 90, icon = "vaadin:upload", title = "nav.import")
public class ImportView extends VerticalLayout implements HasDynamicTitle {

    static final int MAX_FILE_SIZE = 60 * 1024 * 1024;
    private static final Logger log = LoggerFactory.getLogger(ImportView.class);

    private final HrisImportService imports;
    private final Upload upload;
    private final ProgressBar progressBar = new ProgressBar();
    private final Span progressLabel = new Span();
    private final Div progress = new Div(progressLabel, progressBar);
    private final Div result = new Div();
    private final Grid<ImportLineError> errorGrid = new Grid<>();
    private final Button importButton = new Button();

    private final Select<ImportEncoding> encoding = new Select<>();
    private final Checkbox fullImport = new Checkbox();
    private final Div mappingStep = new Div();
    private final Div suggestionsStep = new Div();

    private @Nullable ImportPreview preview;
    private @Nullable Path file;
    private @Nullable String fileName;
    private boolean running;
    private Map<String, String> mapping = Map.of();
    private Map<String, String> departmentChoices = Map.of();
    private boolean rememberAfterPreview;

    ImportView(HrisImportService imports) {
        this.imports = imports;
        addClassName("import-view");
        setMaxWidth("1100px");

        add(new Paragraph(getTranslation("import.intro")));
        Paragraph kept = new Paragraph(getTranslation("import.not-deleted"));
        kept.addClassName("import-kept");
        add(kept);
        add(columnsHelp());

        encoding.setId("import-encoding");
        encoding.setLabel(getTranslation("import.encoding"));
        encoding.setItems(ImportEncoding.values());
        encoding.setItemLabelGenerator(e -> getTranslation("import.encoding." + e.name().toLowerCase(Locale.ROOT)));
        encoding.setValue(ImportEncoding.AUTO);
        encoding.addValueChangeListener(e -> previewAgain());
        fullImport.setId("import-full");
        fullImport.setLabel(getTranslation("import.full"));
        fullImport.addValueChangeListener(e -> previewAgain());
        Paragraph fullHelp = new Paragraph(getTranslation("import.full.help"));
        fullHelp.addClassName("import-full-help");
        add(new VerticalLayout(encoding, fullImport, fullHelp));

        upload = CsvUpload.of(this, UploadHandler.toTempFile(this::uploaded), MAX_FILE_SIZE);
        upload.setId("import-upload");
        add(upload);

        progress.addClassName("import-progress");
        progressBar.getElement().setAttribute("aria-label", getTranslation("import.progress.aria"));
        progressBar.setMin(0);
        progressBar.setMax(1);
        progress.setVisible(false);
        add(progress);

        result.setId("import-result");
        result.setWidthFull();
        add(result);

        mappingStep.setId("import-mapping");
        mappingStep.setWidthFull();
        mappingStep.setVisible(false);
        add(mappingStep);

        suggestionsStep.setId("import-suggestions");
        suggestionsStep.setWidthFull();
        suggestionsStep.setVisible(false);
        add(suggestionsStep);

        errorGrid.setId("import-errors");
        errorGrid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES,
                GridVariant.LUMO_WRAP_CELL_CONTENT);
        errorGrid.addColumn(ImportLineError::line).setHeader(getTranslation("import.errors.line"))
                .setAutoWidth(true).setFlexGrow(0);
        errorGrid.addColumn(ImportLineError::column).setHeader(getTranslation("import.errors.column"))
                .setAutoWidth(true).setFlexGrow(0);
        errorGrid.addColumn(e -> getTranslation(e.reasonKey(), e.arguments().toArray()))
                .setHeader(getTranslation("import.errors.reason")).setFlexGrow(1);
        errorGrid.addColumn(ImportLineError::value).setHeader(getTranslation("import.errors.value"))
                .setFlexGrow(1);
        errorGrid.setHeight("420px");
        errorGrid.setVisible(false);
        add(errorGrid);

        importButton.setId("import-commit");
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importButton.setDisableOnClick(true);
        importButton.setVisible(false);
        importButton.addClickListener(e -> startCommit());
        add(importButton);
    }

    private Details columnsHelp() {
        Grid<ImportColumn> columns = new Grid<>();
        columns.setId("import-columns");
        columns.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        columns.setAllRowsVisible(true);
        columns.addColumn(ImportColumn::name).setHeader(getTranslation("import.columns.name")).setAutoWidth(true)
                .setFlexGrow(0);
        columns.addColumn(c -> getTranslation(c.required() ? "import.columns.required" : "import.columns.optional"))
                .setHeader(getTranslation("import.columns.status")).setAutoWidth(true).setFlexGrow(0);
        columns.addColumn(c -> String.join(", ", c.aliases())).setHeader(getTranslation("import.columns.aliases"))
                .setFlexGrow(1);
        columns.addColumn(c -> getTranslation("import.column." + c.name()))
                .setHeader(getTranslation("import.columns.content")).setFlexGrow(2);
        columns.setItems(imports.columns());

        HrisImportService.SampleFile sample = imports.sampleFile(getLocale());
        byte[] sampleBytes = sample.content().getBytes(StandardCharsets.UTF_8);
        Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                new ByteArrayInputStream(sampleBytes), sample.name(), "text/csv;charset=UTF-8", sampleBytes.length)),
                AttachmentType.DOWNLOAD, getTranslation("import.sample"));
        download.setId("import-sample");

        Details details = new Details(getTranslation("import.columns.title"),
                new VerticalLayout(new Paragraph(getTranslation("import.columns.format")), columns, download));
        details.setOpened(true);
        details.setWidthFull();
        return details;
    }

    /** Vaadin calls this in the UI's lock once the file is stored in a temporary file. */
    private void uploaded(UploadMetadata metadata, File uploaded) {
        upload.clearFileList();
        if (running) {
            delete(uploaded.toPath());
            Notifications.error(this, "import.busy");
            return;
        }
        discardFile();
        file = uploaded.toPath();
        fileName = metadata.fileName();
        mapping = Map.of();
        departmentChoices = Map.of();
        startPreview();
    }

    /** Reads the file again after a change of encoding, mapping or full-import choice. */
    private void previewAgain() {
        if (file != null && !running) {
            startPreview();
        }
    }

    private void startPreview() {
        Path toRead = file;
        if (toRead == null) {
            return;
        }
        showNothing();
        result.add(new H3(getTranslation("import.file", fileName)));
        ImportOptions options = new ImportOptions(encoding.getValue(), mapping, fullImport.getValue(),
                departmentChoices);
        runInBackground("import.progress.reading", listener -> imports.preview(toRead, options, listener),
                this::showPreview, true);
    }

    /**
     * The mapping step: for each of our columns, which header of the file holds it (the proposal pre-selected),
     * whether to remember the mapping, and a button that reads the file again with it.
     */
    private void showMapping(ImportPreview previewed, boolean open) {
        mappingStep.removeAll();
        if (previewed.headers().isEmpty()) {
            mappingStep.setVisible(false);
            return;
        }
        Map<String, ComboBox<String>> fields = new LinkedHashMap<>();
        FormLayout form = new FormLayout();
        for (ImportColumn column : imports.columns()) {
            ComboBox<String> field = new ComboBox<>(getTranslation("import.field." + column.name()));
            field.setId("map-" + column.name());
            field.setItems(previewed.headers());
            field.setClearButtonVisible(true);
            field.setRequired(column.required());
            field.setHelperText(getTranslation("import.column." + column.name()));
            String proposed = previewed.mapping().get(column.name());
            if (proposed != null && previewed.headers().contains(proposed)) {
                field.setValue(proposed);
            }
            fields.put(column.name(), field);
            form.add(field);
        }
        Checkbox remember = new Checkbox(getTranslation("import.mapping.remember"));
        remember.setId("import-remember");
        Button apply = new Button(getTranslation("import.mapping.apply"), e -> {
            Map<String, String> chosen = new LinkedHashMap<>();
            fields.forEach((name, field) -> {
                if (field.getValue() != null && !field.getValue().isBlank()) {
                    chosen.put(name, field.getValue());
                }
            });
            mapping = Map.copyOf(chosen);
            rememberAfterPreview = remember.getValue();
            previewAgain();
        });
        apply.setId("import-apply-mapping");
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Paragraph intro = new Paragraph(getTranslation(previewed.needsMapping() ? "import.mapping.needed"
                : "import.mapping.intro"));
        intro.addClassName(previewed.needsMapping() ? "import-warning" : "import-mapping-intro");
        Details details = new Details(getTranslation("import.mapping.title"),
                new VerticalLayout(intro, form, remember, apply));
        details.setOpened(open);
        details.setWidthFull();
        mappingStep.add(details);
        mappingStep.setVisible(true);
    }

    /**
     * The "did you mean …?" step: for each name of the file close to an existing department's, map it to that
     * department or create it as new; nothing is created before the administrator chooses, then reads the file again.
     */
    private void showSuggestions(ImportPreview previewed) {
        suggestionsStep.removeAll();
        List<DepartmentSuggestion> suggestions = previewed.departmentSuggestions();
        suggestionsStep.setVisible(!suggestions.isEmpty());
        if (suggestions.isEmpty()) {
            return;
        }
        VerticalLayout list = new VerticalLayout();
        list.setPadding(false);
        Paragraph intro = new Paragraph(getTranslation("import.suggestions.intro"));
        intro.addClassName(previewed.needsDepartmentChoice() ? "import-warning" : "import-suggestions-intro");
        list.add(new H3(getTranslation("import.suggestions.title")), intro);
        Map<String, RadioButtonGroup<DepartmentSuggestion.Choice>> fields = new LinkedHashMap<>();
        int index = 0;
        for (DepartmentSuggestion suggestion : suggestions) {
            RadioButtonGroup<DepartmentSuggestion.Choice> choice = new RadioButtonGroup<>(
                    getTranslation("import.suggestions.question", suggestion.nameInFile(),
                            suggestion.suggestedName()));
            choice.setId("import-suggestion-" + index++);
            choice.setItems(DepartmentSuggestion.Choice.values());
            choice.setItemLabelGenerator(c -> c == DepartmentSuggestion.Choice.MAP_TO_SUGGESTED
                    ? getTranslation("import.suggestions.map", suggestion.suggestedName())
                    : getTranslation("import.suggestions.create", suggestion.nameInFile()));
            choice.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
            choice.setValue(suggestion.choice());
            choice.setWidthFull();
            fields.put(suggestion.nameInFile(), choice);
            list.add(choice);
        }
        Button apply = new Button(getTranslation("import.suggestions.apply"), e -> {
            Map<String, String> chosen = new LinkedHashMap<>();
            for (DepartmentSuggestion suggestion : suggestions) {
                DepartmentSuggestion.Choice value = Objects.requireNonNull(fields.get(suggestion.nameInFile()),
                        "one field per suggestion").getValue();
                if (value == DepartmentSuggestion.Choice.MAP_TO_SUGGESTED) {
                    chosen.put(suggestion.nameInFile(), suggestion.suggested().value());
                } else if (value == DepartmentSuggestion.Choice.CREATE_NEW) {
                    chosen.put(suggestion.nameInFile(), ImportOptions.CREATE_NEW);
                }
            }
            departmentChoices = Map.copyOf(chosen);
            previewAgain();
        });
        apply.setId("import-apply-suggestions");
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        list.add(apply);
        suggestionsStep.add(list);
    }

    private void showPreview(ImportPreview previewed) {
        preview = previewed;
        if (previewed.acceptable() && rememberAfterPreview) {
            imports.rememberMapping(previewed.mapping());
            Notifications.success(this, "import.mapping.remembered");
        }
        rememberAfterPreview = false;
        showMapping(previewed, previewed.needsMapping());
        showSuggestions(previewed);
        Paragraph read = new Paragraph(getTranslation("import.read-as",
                getTranslation("import.encoding." + previewed.encoding().name().toLowerCase(Locale.ROOT)),
                previewed.separator() == '\t' ? getTranslation("import.separator.tab")
                        : String.valueOf(previewed.separator())));
        read.setId("import-read-as");
        result.add(read);
        if (previewed.mappingRemembered()) {
            result.add(new Paragraph(getTranslation("import.mapping.used-remembered")));
        }
        Div counts = new Div();
        counts.addClassName("import-counts");
        counts.add(count("import.count.lines", previewed.lines()),
                count("import.count.new", previewed.newEmployees()),
                count("import.count.updated", previewed.updatedEmployees()),
                count("import.count.unchanged", previewed.unchangedEmployees()),
                count("import.count.new-departments", previewed.newDepartments()),
                count("import.count.new-teams", previewed.newTeams()));
        result.add(counts);
        if (previewed.options().fullImport() && previewed.acceptable()) {
            Paragraph leaving = new Paragraph(getTranslation("import.full.deactivated", previewed.deactivated()));
            leaving.setId("import-deactivated");
            leaving.addClassName(previewed.deactivated() > 0 ? "import-warning" : "import-full-none");
            result.add(leaving);
        }
        if (!previewed.ignoredColumns().isEmpty()) {
            Paragraph warning = new Paragraph(getTranslation("import.warning.ignored-columns",
                    String.join(", ", previewed.ignoredColumns())));
            warning.addClassName("import-warning");
            result.add(warning);
        }
        if (previewed.acceptable()) {
            result.add(new Paragraph(getTranslation(previewed.hasChanges() ? "import.preview.ready"
                    : "import.preview.nothing-to-do")));
            importButton.setText(getTranslation("import.commit", previewed.lines()));
            importButton.setVisible(true);
            importButton.setEnabled(previewed.hasChanges());
        } else if (previewed.errorCount() == 0 && previewed.needsDepartmentChoice()) {
            Paragraph waiting = new Paragraph(getTranslation("import.suggestions.pending"));
            waiting.setId("import-suggestions-pending");
            waiting.addClassName("import-warning");
            result.add(waiting);
        } else {
            Paragraph rejected = new Paragraph(getTranslation("import.preview.rejected", previewed.errorCount()));
            rejected.addClassName("import-rejected");
            result.add(rejected);
            if (previewed.errorsTruncated()) {
                result.add(new Paragraph(getTranslation("import.preview.truncated", previewed.errors().size())));
            }
            errorGrid.setItems(previewed.errors());
            errorGrid.setVisible(true);
        }
    }

    private Span count(String key, long value) {
        Span span = new Span(getTranslation(key, value));
        span.addClassName("import-count");
        return span;
    }

    private void startCommit() {
        ImportPreview toApply = preview;
        if (running || toApply == null || !toApply.acceptable()) {
            return;
        }
        runInBackground("import.progress.checking", listener -> imports.commit(toApply, listener),
                this::showResult, false);
    }

    private void showResult(ImportResult done) {
        Notifications.success(this, "import.done", done.createdEmployees(), done.updatedEmployees(),
                done.unchangedEmployees(), done.createdDepartments(), done.createdTeams(),
                done.deactivatedEmployees());
        discardFile();
        showNothing();
        mappingStep.removeAll();
        mappingStep.setVisible(false);
        suggestionsStep.removeAll();
        suggestionsStep.setVisible(false);
        Paragraph summary = new Paragraph(getTranslation("import.done", done.createdEmployees(),
                done.updatedEmployees(), done.unchangedEmployees(), done.createdDepartments(), done.createdTeams(),
                done.deactivatedEmployees()));
        summary.setId("import-done");
        result.add(summary);
    }

    /**
     * Runs {@code work} in a virtual thread with the signed-in user's security context (the service checks the
     * role), shows its progress through {@code ui.access}, then hands the outcome to {@code done} in the UI.
     *
     * @param reading true for a preview (progress in bytes read), false for a commit (progress in lines written)
     */
    private <T> void runInBackground(String startKey, Function<ProgressListener, T> work, Consumer<T> done,
                                     boolean reading) {
        UI ui = UI.getCurrent();
        SecurityContext security = SecurityContextHolder.getContext();
        setRunning(true, startKey, reading);
        AtomicInteger shown = new AtomicInteger(-1);
        ProgressListener listener = (current, total) -> {
            int percent = total <= 0 ? 0 : (int) Math.min(100, current * 100 / total);
            if (shown.getAndSet(percent) != percent) {
                access(ui, () -> showProgress(percent, current, total, reading));
            }
        };
        Runnable task = () -> {
            try {
                T outcome = work.apply(listener);
                access(ui, () -> done.accept(outcome));
            } catch (UserFacingException refused) {
                access(ui, () -> failed(refused.messageKey(), refused.arguments()));
            } catch (RuntimeException unexpected) {
                log.error("HRIS import failed", unexpected);
                access(ui, () -> failed(reading ? "import.error.unexpected-preview" : "import.error.unexpected"));
            } finally {
                access(ui, () -> setRunning(false, startKey, reading));
            }
        };
        Thread.ofVirtual().name("hris-import").start(new DelegatingSecurityContextRunnable(task, security));
    }

    private void showProgress(int percent, long current, long total, boolean reading) {
        progressBar.setIndeterminate(false);
        progressBar.setValue(percent / 100.0);
        progressLabel.setText(reading ? getTranslation("import.progress.reading", percent)
                : getTranslation("import.progress.writing", current, total));
    }

    private void failed(String key, Object... arguments) {
        Notifications.error(this, key, arguments);
        if (!"import.error.busy".equals(key)) {
            preview = null;
            discardFile();
            showNothing();
        }
    }

    private void setRunning(boolean running, String key, boolean reading) {
        this.running = running;
        upload.setEnabled(!running);
        encoding.setEnabled(!running);
        fullImport.setEnabled(!running);
        progress.setVisible(running);
        progressBar.setValue(0);
        // a commit first checks the file again, without progress to report
        progressBar.setIndeterminate(running && !reading);
        progressLabel.setText(getTranslation(key, 0));
        importButton.setEnabled(!running && preview != null && preview.acceptable() && preview.hasChanges());
    }

    private void showNothing() {
        result.removeAll();
        errorGrid.setItems(List.of());
        errorGrid.setVisible(false);
        importButton.setVisible(false);
        preview = null;
    }

    /** Runs in the UI if it is still there; a view closed meanwhile only loses its temporary file. */
    private void access(UI ui, Command command) {
        try {
            ui.access(command);
        } catch (UIDetachedException closed) {
            discardFile();
        }
    }

    private void discardFile() {
        if (file != null) {
            delete(file);
            file = null;
        }
    }

    private static void delete(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            log.warn("Could not delete the uploaded file {}", path, e);
        }
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (!running) {
            discardFile();
        }
        super.onDetach(detachEvent);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.import");
    }
}
