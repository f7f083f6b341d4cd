package app.symetrie.organization.internal.hris;

import app.symetrie.common.Ids;
import app.symetrie.common.UserFacingException;
import app.symetrie.organization.DepartmentId;
import app.symetrie.organization.DepartmentSuggestion;
import app.symetrie.organization.ImportEncoding;
import app.symetrie.organization.ImportLineError;
import app.symetrie.organization.ImportOptions;
import app.symetrie.organization.ImportPreview;
import app.symetrie.organization.ImportResult;
import app.symetrie.organization.ProgressListener;
import app.symetrie.organization.internal.DepartmentDocument;
import app.symetrie.organization.internal.DepartmentRepository;
import app.symetrie.organization.internal.TeamRepository;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.bson.Document;
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
    private static final int HEADER_MAX = 200;

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
        return preview(file, ImportOptions.DEFAULT, progress, previewedBy);
    }

    /**
     * Detects (or checks) the encoding, reads the header with the mapping asked — or the one remembered, when it
     * fits the file — and checks every line against the organization. When a column named as a manager exists, the
     * file is read once more first: whether someone is a manager depends on lines further down.
     */
    public ImportPreview preview(Path file, ImportOptions options, ProgressListener progress,
                                 @Nullable String previewedBy) {
        Map<HrisColumn, String> asked = columns(options.mapping());
        EncodingDetector.Detected detected = detect(file, options.encoding());
        ImportEncoding encoding = encodingOf(detected.charset());
        if (detected.error() != null) {
            return refused(file, options, encoding, detected.error());
        }
        Charset charset = detected.charset();
        HrisHeader plainHeader = header(file, charset, Map.of());
        Map<HrisColumn, String> mapping = asked;
        boolean remembered = false;
        if (mapping.isEmpty() && plainHeader != null) {
            Map<HrisColumn, String> saved = columns(rememberedMapping());
            if (!saved.isEmpty() && fits(saved, plainHeader.names())) {
                mapping = saved;
                remembered = true;
            }
        }
        List<DepartmentDocument> stored = departments.findAll();
        Choices choices = choices(options.departmentChoices(), stored);
        OrganizationPlan plan = OrganizationPlan.of(stored, teams.findAll(), choices.aliases());
        HrisScanner.Settings settings = new HrisScanner.Settings(charset, mapping, plan.existingDepartments(),
                this::storedPeople);
        HrisHeader header = mapping.isEmpty() ? plainHeader : header(file, charset, mapping);
        Set<String> managerKeys = Set.of();
        if (header != null && !header.missingRequired() && header.has(HrisColumn.REPORTS_TO)) {
            managerKeys = scan(file, settings, (rows, linesRead) -> {
            }, ProgressListener.NONE).managerKeys();
        }
        ErrorCollector conflicts = new ErrorCollector(ImportPreview.MAX_ERRORS_SHOWN);
        HrisChunkWriter.Pass pass = new HrisChunkWriter.Pass(managerKeys, conflicts);
        Counts counts = new Counts();
        HrisScanner.Outcome outcome = scan(file, settings, new HrisScanner.ChunkHandler() {
            @Override
            public void handle(List<HrisRow> rows, long linesRead) {
                counts.add(writer.classify(rows, plan, pass));
            }

            @Override
            public void header(HrisHeader read) {
                pass.header(read);
            }
        }, progress);
        ErrorCollector errors = outcome.errors();
        errors.addAll(conflicts);
        int deactivated = 0;
        if (options.fullImport() && errors.isEmpty()) {
            deactivated = leavers(pass.matchedIds()).size();
        }
        HrisHeader read = outcome.header();
        boolean needsMapping = read != null && read.missingRequired();
        int newDepartments = errors.isEmpty() ? outcome.newDepartmentKinds().size() : plan.plannedDepartmentCount();
        String batchId = null;
        Map<String, String> used = read == null ? Map.of() : canonical(read.mapping());
        List<DepartmentSuggestion> suggestions = suggestions(outcome.newDepartmentNames(), choices, stored);
        boolean unanswered = suggestions.stream().anyMatch(s -> s.choice() == null);
        if (errors.isEmpty() && !unanswered) {
            batchId = Ids.random();
            mongo.insert(new ImportBatchDocument(batchId, ImportBatchStatus.PREVIEWED, outcome.checksum(),
                    outcome.lines(), counts.created, counts.updated, counts.unchanged, newDepartments,
                    plan.plannedTeamCount(), previewedBy, clock.instant(), null, null, null, charset.name(), used,
                    options.fullImport(), deactivated, choices.aliases().entrySet().stream()
                    .map(a -> new ImportBatchDocument.Alias(a.getKey(), a.getValue())).toList()));
        }
        return new ImportPreview(batchId, file, outcome.checksum(), outcome.separator(), outcome.lines(),
                counts.created, counts.updated, counts.unchanged, newDepartments, plan.plannedTeamCount(),
                errors.errors(), errors.count(), outcome.ignoredColumns(), options, encoding,
                read == null ? List.of() : read.names(), used, needsMapping, remembered, deactivated, suggestions);
    }

    /**
     * The administrator's answers to "did you mean …?", by name key: names mapped to a department that exists
     * (others are ignored, and asked again) and names to create as new. A name that now matches a department exactly
     * needs no answer.
     */
    private record Choices(Map<String, String> aliases, Map<String, String> namesByAlias, Set<String> created) {
    }

    private static Choices choices(Map<String, String> asked, List<DepartmentDocument> stored) {
        Set<String> existingKeys = new HashSet<>();
        Set<String> ids = new HashSet<>();
        stored.forEach(d -> {
            existingKeys.add(DepartmentDocument.key(d.name()));
            ids.add(d.id());
        });
        Map<String, String> aliases = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        Set<String> created = new HashSet<>();
        new java.util.TreeMap<>(asked).forEach((name, choice) -> {
            String key = DepartmentDocument.key(name);
            if (key.isEmpty() || existingKeys.contains(key)) {
                return;
            }
            if (ImportOptions.CREATE_NEW.equals(choice)) {
                created.add(key);
            } else if (ids.contains(choice)) {
                aliases.put(key, choice);
                names.put(key, name);
            }
        });
        return new Choices(aliases, names, created);
    }

    /** A "did you mean …?" for each name the file would create that is close to an existing department's. */
    private static List<DepartmentSuggestion> suggestions(Map<String, String> newNames, Choices choices,
                                                          List<DepartmentDocument> stored) {
        Map<String, String> existingNames = new LinkedHashMap<>();
        Map<String, String> idsByKey = new HashMap<>();
        Map<String, String> namesById = new HashMap<>();
        stored.forEach(d -> {
            existingNames.putIfAbsent(DepartmentDocument.key(d.name()), d.name());
            idsByKey.putIfAbsent(DepartmentDocument.key(d.name()), d.id());
            namesById.put(d.id(), d.name());
        });
        List<DepartmentSuggestion> suggestions = new ArrayList<>();
        // An alias has its name (put together) and names a stored department; a match is a key of existingNames.
        choices.aliases().forEach((key, id) -> suggestions.add(new DepartmentSuggestion(
                Objects.requireNonNull(choices.namesByAlias().get(key)), new DepartmentId(id),
                Objects.requireNonNull(namesById.get(id)), DepartmentSuggestion.Choice.MAP_TO_SUGGESTED)));
        newNames.forEach((key, name) -> DepartmentMatcher.suggest(key, existingNames).ifPresent(match ->
                suggestions.add(new DepartmentSuggestion(name,
                        new DepartmentId(Objects.requireNonNull(idsByKey.get(match))),
                        Objects.requireNonNull(existingNames.get(match)), choices.created().contains(key)
                        ? DepartmentSuggestion.Choice.CREATE_NEW : null))));
        suggestions.sort(java.util.Comparator.comparing(DepartmentSuggestion::nameInFile,
                String.CASE_INSENSITIVE_ORDER));
        return suggestions;
    }

    private static ImportPreview refused(Path file, ImportOptions options, ImportEncoding encoding,
                                         ImportLineError error) {
        return new ImportPreview(null, file, "", ',', 0, 0, 0, 0, 0, 0, List.of(error), 1, List.of(), options,
                encoding, List.of(), Map.of(), false, false, 0, List.of());
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
                return apply(batch, preview, progress, owner, start);
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

    /**
     * Reads the file as its preview did (the encoding and mapping recorded with the batch), checks it again against
     * the organization as it is now, writes it chunk by chunk, then — for a full import — deactivates the people it
     * does not name, provided they are exactly as many as the preview announced.
     */
    private ImportResult apply(ImportBatchDocument batch, ImportPreview preview, ProgressListener progress,
                               String owner, Instant start) {
        String batchId = batch.id();
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
        Charset charset = batch.encoding() == null ? StandardCharsets.UTF_8 : Charset.forName(batch.encoding());
        Map<HrisColumn, String> mapping = columns(batch.mapping() == null ? Map.of() : batch.mapping());
        // A first pass writes nothing: the organization may have changed since the preview.
        Map<String, String> aliases = batch.aliases();
        OrganizationPlan checkPlan = loadPlan(aliases);
        ErrorCollector conflicts = new ErrorCollector(1);
        HrisChunkWriter.Pass checkPass = new HrisChunkWriter.Pass(Set.of(), conflicts);
        HrisScanner.Outcome check = scan(file, new HrisScanner.Settings(charset, mapping,
                checkPlan.existingDepartments(), this::storedPeople), (rows, linesRead) -> writer.classify(rows,
                checkPlan, checkPass), ProgressListener.NONE);
        if (!check.errors().isEmpty() || !conflicts.isEmpty() || !check.checksum().equals(preview.checksum())) {
            throw new UserFacingException("import.error.changed-since-preview");
        }
        OrganizationPlan plan = loadPlan(aliases);
        HrisChunkWriter.Pass pass = new HrisChunkWriter.Pass(check.managerKeys(), conflicts);
        Counts counts = new Counts();
        int[] chunk = {0};
        long total = check.lines();
        HrisScanner.Outcome written = scan(file, new HrisScanner.Settings(charset, mapping,
                plan.existingDepartments(), this::storedPeople), new HrisScanner.ChunkHandler() {
            @Override
            public void handle(List<HrisRow> rows, long linesRead) {
                counts.add(writer.write(batchId, chunk[0]++, rows, plan, check.newDepartmentKinds(),
                        check.newDepartmentParents(), pass));
                lock.heartbeat(owner);
                progress.progress(linesRead, total);
            }

            @Override
            public void header(HrisHeader read) {
                pass.header(read);
            }
        }, ProgressListener.NONE);
        if (!written.errors().isEmpty() || !written.checksum().equals(preview.checksum())) {
            throw new IllegalStateException("The file changed while it was being imported");
        }
        int deactivated = 0;
        if (batch.fullImport()) {
            List<String> leavers = leavers(pass.matchedIds());
            if (leavers.size() != batch.deactivated()) {
                throw new UserFacingException("import.error.changed-since-preview");
            }
            for (int from = 0; from < leavers.size(); from += HrisScanner.CHUNK_SIZE) {
                deactivated += writer.deactivate(batchId, chunk[0]++,
                        leavers.subList(from, Math.min(leavers.size(), from + HrisScanner.CHUNK_SIZE)));
                lock.heartbeat(owner);
            }
        }
        Instant end = clock.instant();
        mongo.updateFirst(Query.query(Criteria.where("_id").is(batchId)), new Update()
                        .set("status", ImportBatchStatus.APPLIED).set("finishedAt", end).set("lines", total)
                        .set("createdEmployees", counts.created).set("updatedEmployees", counts.updated)
                        .set("unchangedEmployees", counts.unchanged)
                        .set("createdDepartments", counts.createdDepartments)
                        .set("createdTeams", counts.createdTeams).set("deactivated", deactivated),
                ImportBatchDocument.class);
        mongo.remove(Query.query(Criteria.where("batchId").is(batchId)), ImportJournalDocument.class);
        progress.progress(total, total);
        log.info("HRIS import {} applied: {} lines, {} created, {} updated, {} unchanged, {} deactivated, {} "
                        + "departments and {} teams created, in {}", batchId, total, counts.created, counts.updated,
                counts.unchanged, deactivated, counts.createdDepartments, counts.createdTeams,
                Duration.between(start, end));
        return new ImportResult(batchId, total, counts.created, counts.updated, counts.unchanged,
                counts.createdDepartments, counts.createdTeams, deactivated, Duration.between(start, end));
    }

    /** Active people that no line of the file matched: those a full import deactivates. */
    private List<String> leavers(Set<String> matchedIds) {
        Query active = Query.query(Criteria.where("active").ne(false));
        active.fields().include("_id");
        List<String> leavers = new ArrayList<>();
        for (Document d : mongo.find(active, Document.class, "employees")) {
            String id = String.valueOf(d.get("_id"));
            if (!matchedIds.contains(id)) {
                leavers.add(id);
            }
        }
        return leavers;
    }

    /** Which of these reports-to keys (e-mail or employee number) name someone stored. */
    private Set<String> storedPeople(Set<String> keys) {
        List<String> emails = keys.stream().filter(k -> k.startsWith("e:")).map(k -> k.substring(2)).toList();
        List<String> numbers = keys.stream().filter(k -> k.startsWith("n:")).map(k -> k.substring(2)).toList();
        Set<String> known = new HashSet<>();
        Query query = Query.query(new Criteria().orOperator(Criteria.where("email").in(emails),
                Criteria.where("employeeNumber").in(numbers)));
        query.fields().include("email").include("employeeNumber");
        for (Document d : mongo.find(query, Document.class, "employees")) {
            known.add(HrisRow.emailKey(d.getString("email")));
            String number = d.getString("employeeNumber");
            if (number != null) {
                known.add(HrisRow.numberKey(number));
            }
        }
        known.retainAll(keys);
        return known;
    }

    // ----- remembered mapping

    public Map<String, String> rememberedMapping() {
        ImportMappingDocument saved = mongo.findById(ImportMappingDocument.ID, ImportMappingDocument.class);
        return saved == null ? Map.of() : saved.mapping();
    }

    public void rememberMapping(Map<String, String> mapping, @Nullable String savedBy) {
        Map<HrisColumn, String> columns = columns(mapping);
        if (columns.isEmpty()) {
            mongo.remove(Query.query(Criteria.where("_id").is(ImportMappingDocument.ID)), ImportMappingDocument.class);
            return;
        }
        mongo.save(new ImportMappingDocument(ImportMappingDocument.ID, canonical(columns), clock.instant(), savedBy));
    }

    /**
     * A mapping from the outside (canonical name → header) as columns. Unknown names, blank or over-long headers
     * are refused: the mapping comes from a form, and a wrong one must not quietly read the wrong column.
     */
    static Map<HrisColumn, String> columns(Map<String, String> mapping) {
        Map<HrisColumn, String> columns = new EnumMap<>(HrisColumn.class);
        mapping.forEach((name, header) -> {
            HrisColumn column = HrisColumn.forCanonicalName(name)
                    .orElseThrow(() -> new UserFacingException("import.error.mapping-invalid"));
            if (header == null || header.isBlank() || header.length() > HEADER_MAX) {
                throw new UserFacingException("import.error.mapping-invalid");
            }
            columns.put(column, header.strip());
        });
        return columns;
    }

    private static Map<String, String> canonical(Map<HrisColumn, String> mapping) {
        Map<String, String> names = new LinkedHashMap<>();
        mapping.forEach((column, header) -> names.put(column.canonicalName(), header));
        return names;
    }

    private static boolean fits(Map<HrisColumn, String> mapping, List<String> headers) {
        Set<String> keys = new HashSet<>();
        headers.forEach(h -> keys.add(HrisColumn.normalize(h)));
        return mapping.values().stream().allMatch(h -> keys.contains(HrisColumn.normalize(h)));
    }

    private static EncodingDetector.Detected detect(Path file, ImportEncoding wanted) {
        try {
            return EncodingDetector.detect(file, wanted);
        } catch (NoSuchFileException e) {
            throw new UserFacingException("import.error.file-gone");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ImportEncoding encodingOf(Charset charset) {
        return charset.equals(StandardCharsets.UTF_8) ? ImportEncoding.UTF_8 : ImportEncoding.WINDOWS_1252;
    }

    private static @Nullable HrisHeader header(Path file, Charset charset, Map<HrisColumn, String> mapping) {
        try {
            return HrisScanner.header(file, charset, mapping);
        } catch (NoSuchFileException e) {
            throw new UserFacingException("import.error.file-gone");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The organization as it is now, with the preview's names mapped to departments: one deleted since is a change. */
    private OrganizationPlan loadPlan(Map<String, String> aliases) {
        try {
            return OrganizationPlan.of(departments.findAll(), teams.findAll(), aliases);
        } catch (OrganizationPlan.UnknownAlias gone) {
            throw new UserFacingException("import.error.changed-since-preview");
        }
    }

    private static HrisScanner.Outcome scan(Path file, HrisScanner.Settings settings,
                                            HrisScanner.ChunkHandler handler, ProgressListener progress) {
        try {
            return HrisScanner.scan(file, settings, HrisScanner.CHUNK_SIZE, handler, progress);
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
