package app.symetrie.mirror.ui;

import app.symetrie.common.InvalidValueException;
import app.symetrie.common.UserFacingException;
import app.symetrie.common.ui.Blocks;
import app.symetrie.common.ui.CsvUpload;
import app.symetrie.common.ui.Formats;
import app.symetrie.common.ui.Notifications;
import app.symetrie.common.ui.ValueBinder;
import app.symetrie.mirror.CustomerFigure;
import app.symetrie.mirror.CustomerMirrorService;
import app.symetrie.mirror.FigureImport;
import app.symetrie.mirror.MeasureKind;
import app.symetrie.mirror.MirrorRecords.StoredFigure;
import app.symetrie.mirror.Quarter;
import app.symetrie.organization.Department;
import app.symetrie.organization.ImportEncoding;
import app.symetrie.organization.ImportLineError;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.server.streams.UploadMetadata;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The customer figures behind the mirror: a CSV import (preview listing every bad line, nothing saved until the lead
 * confirms, then all at once), a form to add or edit one figure, and the list of figures with edit and delete.
 */
class CustomerFiguresPanel extends VerticalLayout {

    static final int MAX_FILE_SIZE = 2 * 1024 * 1024;
    private static final Logger log = LoggerFactory.getLogger(CustomerFiguresPanel.class);

    private final CustomerMirrorService service;
    private final Runnable changed;
    private final Select<ImportEncoding> encoding = new Select<>();
    private final Upload upload;
    private final Div preview = new Div();
    private final Grid<ImportLineError> errors = new Grid<>();
    private final Grid<FigureImport.Line> accepted = new Grid<>();
    private final Button confirm = new Button();
    private final Grid<StoredFigure> figures = new Grid<>();
    private @Nullable Path file;
    private @Nullable FigureImport previewed;

    CustomerFiguresPanel(CustomerMirrorService service, Runnable changed) {
        this.service = service;
        this.changed = changed;
        setPadding(false);
        setId("mirror-figures");
        add(new H2(getTranslation("mirror.figures.title")), new Paragraph(getTranslation("mirror.figures.intro")));

        byte[] sample = service.sampleFile(getLocale()).getBytes(StandardCharsets.UTF_8);
        Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                new ByteArrayInputStream(sample), getTranslation("mirror.import.sample.file"),
                "text/csv;charset=UTF-8", sample.length)), AttachmentType.DOWNLOAD,
                getTranslation("mirror.import.sample"));
        download.setId("mirror-sample");
        add(new H3(getTranslation("mirror.import.title")), new Paragraph(getTranslation("mirror.import.format")),
                download);
        encoding.setId("mirror-encoding");
        encoding.setLabel(getTranslation("import.encoding"));
        encoding.setItems(ImportEncoding.values());
        encoding.setItemLabelGenerator(e -> getTranslation("import.encoding." + e.name().toLowerCase(Locale.ROOT)));
        encoding.setValue(ImportEncoding.AUTO);
        encoding.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                readFile();
            }
        });
        upload = CsvUpload.of(this, UploadHandler.toTempFile(this::uploaded), MAX_FILE_SIZE);
        upload.setId("mirror-upload");
        add(encoding, upload);

        preview.setId("mirror-preview");
        preview.setWidthFull();
        errors.setId("mirror-import-errors");
        errors.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES,
                GridVariant.LUMO_WRAP_CELL_CONTENT);
        errors.addColumn(ImportLineError::line).setHeader(getTranslation("import.errors.line")).setAutoWidth(true)
                .setFlexGrow(0);
        errors.addColumn(ImportLineError::column).setHeader(getTranslation("import.errors.column"))
                .setAutoWidth(true).setFlexGrow(0);
        errors.addColumn(e -> getTranslation(e.reasonKey(), e.arguments().toArray()))
                .setHeader(getTranslation("import.errors.reason")).setFlexGrow(2);
        errors.addColumn(ImportLineError::value).setHeader(getTranslation("import.errors.value")).setFlexGrow(1);
        errors.setVisible(false);
        accepted.setId("mirror-import-lines");
        accepted.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        accepted.addColumn(FigureImport.Line::line).setHeader(getTranslation("import.errors.line"))
                .setAutoWidth(true).setFlexGrow(0);
        accepted.addColumn(FigureImport.Line::departmentName).setHeader(getTranslation("mirror.field.department"));
        accepted.addColumn(l -> l.figure().period().toString()).setHeader(getTranslation("mirror.field.period"));
        accepted.addColumn(l -> getTranslation("mirror.kind." + l.figure().kind().name()))
                .setHeader(getTranslation("mirror.field.kind"));
        accepted.addColumn(l -> value(l.figure().value())).setHeader(getTranslation("mirror.field.value"));
        accepted.addColumn(l -> l.replaces() == null ? getTranslation("mirror.import.new")
                        : getTranslation("mirror.import.replaces", value(l.replaces())))
                .setHeader(getTranslation("mirror.import.effect"));
        accepted.setVisible(false);
        confirm.setId("mirror-import-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setDisableOnClick(true);
        confirm.setVisible(false);
        confirm.addClickListener(e -> confirmImport());
        add(preview, errors, accepted, confirm);

        Button add = new Button(getTranslation("mirror.figure.add"), e -> openForm(null));
        add.setId("mirror-add");
        add(new H3(getTranslation("mirror.figures.list")), add);
        figures.setId("mirror-figures-grid");
        figures.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        figures.addColumn(StoredFigure::departmentName).setHeader(getTranslation("mirror.field.department"))
                .setSortable(true).setFlexGrow(2);
        figures.addColumn(s -> s.figure().period().toString()).setHeader(getTranslation("mirror.field.period"))
                .setAutoWidth(true);
        figures.addColumn(s -> getTranslation("mirror.kind." + s.figure().kind().name()))
                .setHeader(getTranslation("mirror.field.kind")).setAutoWidth(true);
        figures.addColumn(s -> value(s.figure().value())).setHeader(getTranslation("mirror.field.value"))
                .setAutoWidth(true);
        figures.addColumn(s -> s.figure().respondents() == null ? "" : Formats.decimal(getLocale(),
                s.figure().respondents(), 0)).setHeader(getTranslation("mirror.field.respondents")).setAutoWidth(true);
        figures.addColumn(s -> s.figure().source() == null ? "" : s.figure().source())
                .setHeader(getTranslation("mirror.field.source")).setFlexGrow(2);
        figures.addComponentColumn(s -> {
            Button edit = new Button(getTranslation("action.edit"), e -> openForm(s));
            Button delete = new Button(getTranslation("action.delete"), e -> confirmDelete(s));
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
            return new HorizontalLayout(edit, delete);
        }).setAutoWidth(true).setFlexGrow(0);
        figures.setHeight("420px");
        add(figures);
        refreshFigures();
        addDetachListener(e -> discardFile());
    }

    // ----- import

    private void uploaded(UploadMetadata metadata, File uploaded) {
        upload.clearFileList();
        discardFile();
        file = uploaded.toPath();
        readFile();
    }

    private void readFile() {
        Path toRead = file;
        if (toRead == null) {
            return;
        }
        showPreview(service.preview(toRead, encoding.getValue()));
    }

    private void showPreview(FigureImport result) {
        previewed = result;
        preview.removeAll();
        String summary = getTranslation("mirror.import.read", result.lines(),
                getTranslation("import.encoding." + result.encoding().name().toLowerCase(Locale.ROOT)),
                String.valueOf(result.separator()).replace("\t", "⇥"));
        preview.add(new Paragraph(summary));
        errors.setItems(result.errors());
        fit(errors, result.errors().size());
        errors.setVisible(!result.errors().isEmpty());
        accepted.setItems(result.figures());
        fit(accepted, result.figures().size());
        accepted.setVisible(!result.figures().isEmpty());
        if (result.acceptable()) {
            preview.add(new Paragraph(getTranslation("mirror.import.ready", result.added(), result.replaced())));
            confirm.setText(getTranslation("mirror.import.confirm", result.figures().size()));
            confirm.setEnabled(true);
            confirm.setVisible(true);
        } else {
            preview.add(Blocks.emptyState(getTranslation("mirror.import.refused", result.errors().size())));
            confirm.setVisible(false);
        }
    }

    /** A short list shows whole; a long one scrolls. */
    private static void fit(Grid<?> grid, int rows) {
        boolean few = rows <= 12;
        grid.setAllRowsVisible(few);
        if (!few) {
            grid.setHeight("420px");
        }
    }

    private void confirmImport() {
        FigureImport toSave = previewed;
        if (toSave == null) {
            return;
        }
        try {
            int saved = service.confirm(toSave);
            Notifications.success(this, "mirror.import.saved", saved);
            clearPreview();
            refreshFigures();
            changed.run();
        } catch (UserFacingException e) {
            Notifications.error(this, e);
            confirm.setEnabled(true);
        }
    }

    private void clearPreview() {
        discardFile();
        previewed = null;
        preview.removeAll();
        errors.setVisible(false);
        accepted.setVisible(false);
        confirm.setVisible(false);
    }

    private void discardFile() {
        Path toDelete = file;
        file = null;
        if (toDelete != null) {
            try {
                Files.deleteIfExists(toDelete);
            } catch (IOException e) {
                log.warn("Could not delete the uploaded file {}", toDelete, e);
            }
        }
    }

    // ----- one figure

    /** The form's values, as typed. */
    private static final class FigureBean {
        @Nullable Department department;
        @Nullable String period;
        @Nullable MeasureKind kind;
        @Nullable String value;
        @Nullable Integer respondents;
        @Nullable String source;
    }

    private void openForm(@Nullable StoredFigure existing) {
        Dialog dialog = new Dialog(getTranslation(existing == null ? "mirror.figure.add" : "mirror.figure.edit"));
        dialog.setId("mirror-figure-dialog");
        List<Department> frontOffice = service.frontOffice();
        Select<Department> department = new Select<>();
        department.setId("mirror-figure-department");
        department.setLabel(getTranslation("mirror.field.department"));
        department.setItems(frontOffice);
        department.setItemLabelGenerator(Department::name);
        TextField period = new TextField(getTranslation("mirror.field.period"));
        period.setId("mirror-figure-period");
        period.setHelperText(getTranslation("mirror.field.period.help"));
        Select<MeasureKind> kind = new Select<>();
        kind.setId("mirror-figure-kind");
        kind.setLabel(getTranslation("mirror.field.kind"));
        kind.setItems(MeasureKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("mirror.kind." + k.name()));
        kind.setValue(MeasureKind.CSAT);
        TextField value = new TextField(getTranslation("mirror.field.value"));
        value.setId("mirror-figure-value");
        value.setHelperText(getTranslation("mirror.field.value.help." + MeasureKind.CSAT.name()));
        kind.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                value.setHelperText(getTranslation("mirror.field.value.help." + e.getValue().name()));
            }
        });
        IntegerField respondents = new IntegerField(getTranslation("mirror.field.respondents"));
        respondents.setId("mirror-figure-respondents");
        TextField source = new TextField(getTranslation("mirror.field.source"));
        source.setId("mirror-figure-source");
        source.setMaxLength(CustomerFigure.SOURCE_MAX);

        FigureBean bean = new FigureBean();
        if (existing != null) {
            CustomerFigure f = existing.figure();
            bean.department = frontOffice.stream().filter(d -> d.id().equals(f.departmentId())).findFirst()
                    .orElse(null);
            bean.period = f.period().toString();
            bean.kind = f.kind();
            bean.value = editable(f.value());
            bean.respondents = f.respondents();
            bean.source = f.source() == null ? "" : f.source();
        }
        ValueBinder<FigureBean> binder = new ValueBinder<>(this);
        binder.bind("departmentId", department, b -> b.department, (b, v) -> b.department = v);
        binder.bind("period", period, b -> b.period == null ? "" : b.period, (b, v) -> b.period = v);
        binder.bind("kind", kind, b -> b.kind == null ? MeasureKind.CSAT : b.kind, (b, v) -> b.kind = v);
        binder.bind("value", value, b -> b.value == null ? "" : b.value, (b, v) -> b.value = v);
        binder.bind("respondents", respondents, b -> b.respondents, (b, v) -> b.respondents = v);
        binder.bind("source", source, b -> b.source == null ? "" : b.source, (b, v) -> b.source = v);
        binder.read(bean);

        FormLayout form = new FormLayout(department, period, kind, value, respondents, source);
        dialog.add(form);
        Button save = new Button(getTranslation("action.save"));
        save.setId("mirror-figure-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setDisableOnClick(true);
        save.addClickListener(e -> {
            binder.write(new FigureBean(), CustomerFiguresPanel::build).ifPresent(figure -> {
                try {
                    service.save(figure, existing == null ? null : existing.figure().key()).ifPresentOrElse(
                            before -> Notifications.success(this, "mirror.figure.replaced", value(before)),
                            () -> Notifications.success(this, "mirror.figure.saved"));
                    dialog.close();
                    refreshFigures();
                    changed.run();
                } catch (InvalidValueException ex) {
                    binder.show(ex);
                } catch (UserFacingException ex) {
                    Notifications.error(this, ex);
                }
            });
            save.setEnabled(true);
        });
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    /** Builds the figure from the form; a refusal names the field at fault. */
    static CustomerFigure build(FigureBean b) {
        if (b.department == null) {
            throw new InvalidValueException("departmentId", "mirror.error.department.required");
        }
        if (b.kind == null) {
            throw new InvalidValueException("kind", "mirror.error.kind");
        }
        Quarter period = Quarter.parse(b.period == null ? "" : b.period);
        double value = CustomerFigure.parseValue(b.value == null ? "" : b.value);
        return new CustomerFigure(b.department.id(), period, b.kind, value, b.respondents, b.source);
    }

    private void confirmDelete(StoredFigure s) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("mirror.figure.delete"));
        dialog.setText(getTranslation("mirror.figure.delete.text", s.departmentName(), s.figure().period().toString(),
                getTranslation("mirror.kind." + s.figure().kind().name()), value(s.figure().value())));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(getTranslation("action.delete"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> {
            service.delete(s.figure().key());
            Notifications.success(this, "mirror.figure.deleted");
            refreshFigures();
            changed.run();
        });
        dialog.open();
    }

    private void refreshFigures() {
        List<StoredFigure> stored = service.figures();
        figures.setItems(stored);
    }

    /** The value as typed back into the form: every decimal kept, no grouping. */
    private String editable(double v) {
        java.text.NumberFormat format = java.text.NumberFormat.getNumberInstance(getLocale());
        format.setGroupingUsed(false);
        format.setMaximumFractionDigits(6);
        return format.format(v);
    }

    private String value(double v) {
        return Formats.decimal(getLocale(), v, 1);
    }
}
