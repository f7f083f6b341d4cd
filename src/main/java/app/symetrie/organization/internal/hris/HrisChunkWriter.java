package app.symetrie.organization.internal.hris;

import app.symetrie.common.AppLocales;
import app.symetrie.common.Email;
import app.symetrie.common.Ids;
import app.symetrie.common.UserFacingException;
import app.symetrie.organization.DepartmentId;
import app.symetrie.organization.DepartmentKind;
import app.symetrie.organization.Employee;
import app.symetrie.organization.EmployeeId;
import app.symetrie.organization.TeamId;
import app.symetrie.organization.internal.DepartmentDocument;
import app.symetrie.organization.internal.EmployeeDirectory;
import app.symetrie.organization.internal.EmployeeDocument;
import app.symetrie.organization.internal.TeamDocument;
import com.mongodb.bulk.BulkWriteResult;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Turns a chunk of valid rows into employee documents — compared with the stored ones to tell new, updated and
 * unchanged people — and, for a commit, journals then writes them.
 */
@Component
public class HrisChunkWriter {

    private static final String EMPLOYEES = "employees";

    private final MongoTemplate mongo;
    private final EmployeeDirectory directory;

    HrisChunkWriter(MongoTemplate mongo, EmployeeDirectory directory) {
        this.mongo = mongo;
        this.directory = directory;
    }

    /**
     * What one pass over the file shares between its chunks: the people some line names as manager, the stored
     * people already matched (a person matched twice is refused), the header (for error labels) and the problems
     * that only the store reveals.
     */
    public static final class Pass {
        private final Set<String> managerKeys;
        private final ErrorCollector conflicts;
        private final Map<String, Integer> lineByMatchedId = new HashMap<>();
        private @Nullable HrisHeader header;
        /** Stored employee numbers and whose they are, read once per pass (see {@link #classify}). */
        private @Nullable Map<String, String> idByNumber;

        public Pass(Set<String> managerKeys, ErrorCollector conflicts) {
            this.managerKeys = managerKeys;
            this.conflicts = conflicts;
        }

        public void header(HrisHeader header) {
            this.header = header;
        }

        /** Ids of the stored people some line of the file matched. */
        public Set<String> matchedIds() {
            return lineByMatchedId.keySet();
        }

        public ErrorCollector conflicts() {
            return conflicts;
        }

        private String label(HrisColumn column) {
            return header == null ? column.canonicalName() : header.label(column);
        }
    }

    /** What the chunk would change, without managers named by reports-to cells; writes nothing. */
    public ChunkChanges classify(List<HrisRow> rows, OrganizationPlan plan) {
        return classify(rows, plan, new Pass(Set.of(), new ErrorCollector(0)));
    }

    /**
     * What the chunk would change. Each line is matched to a stored person by employee number when it has one (so a
     * changed e-mail updates the same person), otherwise by e-mail. Plans the departments and teams it needs in
     * {@code plan}; writes nothing. Lines that contradict the store go to the pass's conflicts and are left out.
     */
    public ChunkChanges classify(List<HrisRow> rows, OrganizationPlan plan, Pass pass) {
        List<String> emails = rows.stream().map(HrisRow::email).toList();
        List<String> numbers = rows.stream().map(HrisRow::numberOrNull).filter(n -> n != null).toList();
        Map<String, Document> storedByEmail = new HashMap<>();
        Map<String, Document> storedByNumber = new HashMap<>();
        // By e-mail: exactly the unique index's field, a lookup on every store. By number: the embedded server has
        // no usable index (not unique), so instead of one scan of all employees per chunk, the pass reads every
        // stored number once and the chunk fetches those people by id. Numbers are unique within a file, so people
        // this pass writes are never looked up by it again.
        Set<String> numberIds = new HashSet<>();
        if (!numbers.isEmpty()) {
            Map<String, String> idByNumber = idByNumber(pass);
            numbers.forEach(n -> {
                String id = idByNumber.get(n);
                if (id != null) {
                    numberIds.add(id);
                }
            });
        }
        mongo.find(Query.query(Criteria.where("email").in(emails)), Document.class, EMPLOYEES)
                .forEach(d -> storedByEmail.put(d.getString("email"), d));
        storedByEmail.values().forEach(d -> numberIds.remove(String.valueOf(d.get("_id"))));
        List<Document> byNumber = new ArrayList<>(storedByEmail.values());
        if (!numberIds.isEmpty()) {
            byNumber.addAll(mongo.find(Query.query(Criteria.where("_id").in(numberIds)), Document.class, EMPLOYEES));
        }
        for (Document d : byNumber) {
            storedByEmail.putIfAbsent(d.getString("email"), d);
            String number = d.getString("employeeNumber");
            if (number != null) {
                storedByNumber.putIfAbsent(number, d);
            }
        }
        ChunkChanges changes = new ChunkChanges();
        for (HrisRow row : rows) {
            Document raw = match(row, storedByEmail, storedByNumber, pass);
            if (raw == MISMATCH) {
                continue;
            }
            EmployeeDocument before = raw == null ? null : mongo.getConverter().read(EmployeeDocument.class, raw);
            EmployeeDocument after = desired(row, before, plan, pass.managerKeys);
            if (before == null) {
                changes.created++;
            } else if (EmployeeDocument.of(before.toDomain()).equals(after)) {
                changes.unchanged++;
                continue;
            } else {
                changes.updated++;
            }
            changes.entries.add(new ImportJournalDocument.Entry(row.email(), after.id(), raw));
            changes.writes.add(after);
        }
        return changes;
    }

    private static final Document MISMATCH = new Document();

    private Map<String, String> idByNumber(Pass pass) {
        if (pass.idByNumber == null) {
            Query numbered = Query.query(Criteria.where("employeeNumber").ne(null));
            numbered.fields().include("_id").include("employeeNumber");
            Map<String, String> ids = new HashMap<>();
            for (Document d : mongo.find(numbered, Document.class, EMPLOYEES)) {
                String number = d.getString("employeeNumber");
                if (number != null) {
                    ids.putIfAbsent(number, String.valueOf(d.get("_id")));
                }
            }
            pass.idByNumber = ids;
        }
        return pass.idByNumber;
    }

    /** The stored person this line describes, null for someone new, {@link #MISMATCH} for a refused line. */
    private static @Nullable Document match(HrisRow row, Map<String, Document> storedByEmail,
                                            Map<String, Document> storedByNumber, Pass pass) {
        String number = row.numberOrNull();
        Document byNumber = number == null ? null : storedByNumber.get(number);
        Document byEmail = storedByEmail.get(row.email());
        Document raw;
        if (byNumber != null) {
            if (byEmail != null && !Objects.equals(byEmail.get("_id"), byNumber.get("_id"))) {
                String other = byEmail.getString("employeeNumber");
                pass.conflicts.add(row.line(), pass.label(HrisColumn.EMAIL), ImportReasons.EMAIL_OF_OTHER,
                        row.email(), other == null ? "—" : other);
                return MISMATCH;
            }
            raw = byNumber;
        } else if (byEmail != null) {
            String stored = byEmail.getString("employeeNumber");
            if (number != null && stored != null && !stored.equals(number)) {
                pass.conflicts.add(row.line(), pass.label(HrisColumn.EMPLOYEE_NUMBER), ImportReasons.NUMBER_MISMATCH,
                        number, stored);
                return MISMATCH;
            }
            raw = byEmail;
        } else {
            return null;
        }
        Integer first = pass.lineByMatchedId.putIfAbsent(String.valueOf(raw.get("_id")), row.line());
        if (first != null) {
            pass.conflicts.add(row.line(), pass.label(HrisColumn.EMAIL), ImportReasons.SAME_PERSON_TWICE,
                    row.email(), String.valueOf(first));
            return MISMATCH;
        }
        return raw;
    }

    /**
     * Applies a chunk: classifies it, writes its journal (the before-images and the departments and teams about to
     * be created), then creates those and upserts the employees by e-mail in one unordered bulk: the e-mails were
     * matched just before, so people new to the store are inserted (should someone create the same e-mail
     * meanwhile, the unique index refuses it and the batch rolls back) and known people are replaced by id, which
     * the embedded server does far faster than an upsert by e-mail. Unchanged people are not rewritten.
     */
    public ChunkChanges write(String batchId, int chunk, List<HrisRow> rows, OrganizationPlan plan,
                              Map<String, DepartmentKind> newDepartmentKinds) {
        return write(batchId, chunk, rows, plan, newDepartmentKinds, Map.of(),
                new Pass(Set.of(), new ErrorCollector(0)));
    }

    /** Applies a chunk (see above), planning new departments under their parents. */
    public ChunkChanges write(String batchId, int chunk, List<HrisRow> rows, OrganizationPlan plan,
                              Map<String, DepartmentKind> newDepartmentKinds,
                              Map<String, HrisRowValidator.ParentRef> newDepartmentParents, Pass pass) {
        long conflictsBefore = pass.conflicts.count();
        ChunkChanges changes = classify(rows, plan, pass);
        if (pass.conflicts.count() > conflictsBefore) {
            throw new UserFacingException("import.error.changed-since-preview");
        }
        List<DepartmentDocument> departments = plan.takePlannedDepartments(newDepartmentKinds, newDepartmentParents);
        List<TeamDocument> teams = plan.takePlannedTeams();
        changes.createdDepartments = departments.size();
        changes.createdTeams = teams.size();
        if (changes.writes.isEmpty() && departments.isEmpty() && teams.isEmpty()) {
            return changes;
        }
        mongo.insert(new ImportJournalDocument(Ids.random(), batchId, chunk, changes.entries,
                departments.stream().map(DepartmentDocument::id).toList(),
                teams.stream().map(TeamDocument::id).toList()));
        if (!departments.isEmpty()) {
            mongo.insert(departments, DepartmentDocument.class);
        }
        if (!teams.isEmpty()) {
            mongo.insert(teams, TeamDocument.class);
        }
        if (!changes.writes.isEmpty()) {
            BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, EmployeeDocument.class);
            for (int i = 0; i < changes.writes.size(); i++) {
                EmployeeDocument employee = changes.writes.get(i);
                if (changes.entries.get(i).before() == null) {
                    bulk.insert(employee);
                } else {
                    bulk.replaceOne(Query.query(Criteria.where("_id").is(employee.id())), employee);
                }
            }
            BulkWriteResult result;
            try {
                result = bulk.execute();
            } finally {
                directory.changed();
            }
            int written = result.getMatchedCount() + result.getInsertedCount();
            if (written != changes.writes.size()) {
                throw new IllegalStateException("Chunk " + chunk + " of batch " + batchId + ": wrote " + written
                        + " of " + changes.writes.size() + " employees");
            }
        }
        return changes;
    }

    /**
     * Deactivates the people a full import did not find (journaled first, as chunk {@code chunk}, so a rollback
     * brings them back). Their answers are anonymous and stay; they are simply no longer invited nor let in.
     *
     * @return how many were deactivated
     */
    public int deactivate(String batchId, int chunk, List<String> employeeIds) {
        if (employeeIds.isEmpty()) {
            return 0;
        }
        Query query = Query.query(Criteria.where("_id").in(employeeIds).and("active").ne(false));
        List<ImportJournalDocument.Entry> entries = mongo.find(query, Document.class, EMPLOYEES).stream()
                .map(d -> new ImportJournalDocument.Entry(d.getString("email"), String.valueOf(d.get("_id")), d))
                .toList();
        if (entries.isEmpty()) {
            return 0;
        }
        mongo.insert(new ImportJournalDocument(Ids.random(), batchId, chunk, entries, List.of(), List.of()));
        long modified = mongo.updateMulti(query, new Update().set("active", false), EMPLOYEES).getModifiedCount();
        directory.changed();
        if (modified != entries.size()) {
            throw new IllegalStateException("Batch " + batchId + ": deactivated " + modified + " of "
                    + entries.size() + " people");
        }
        return entries.size();
    }

    static EmployeeDocument desired(HrisRow row, @Nullable EmployeeDocument before, OrganizationPlan plan) {
        return desired(row, before, plan, Set.of());
    }

    /**
     * The employee as the row wants them: active (a person in the file is with the company). Optional columns
     * absent from the file keep the stored value; the team is dropped when the person changes department and the
     * file says nothing of teams. A person some line reports to is a manager. Built through the domain record and
     * {@link EmployeeDocument#of}, so names and the search key are exactly as a form would store them.
     */
    static EmployeeDocument desired(HrisRow row, @Nullable EmployeeDocument before, OrganizationPlan plan,
                                    Set<String> managerKeys) {
        String departmentId = plan.departmentId(row.departmentKey(), row.departmentName());
        String teamId;
        if (row.team() != null) {
            teamId = plan.teamId(departmentId, row.team());
        } else {
            teamId = before != null && departmentId.equals(before.departmentId()) ? before.teamId() : null;
        }
        String number = row.employeeNumber() == null ? (before == null ? null : before.employeeNumber())
                : row.numberOrNull();
        boolean named = managerKeys.contains(HrisRow.emailKey(row.email()))
                || (number != null && managerKeys.contains(HrisRow.numberKey(number)));
        boolean manager = named || (row.manager() != null ? row.manager() : before != null && before.manager());
        Locale locale = row.locale() != null ? row.locale()
                : before != null ? AppLocales.orDefault(before.locale()) : AppLocales.FRENCH;
        EmployeeId id = before != null ? new EmployeeId(before.id()) : EmployeeId.random();
        return EmployeeDocument.of(new Employee(id, row.firstName(), row.lastName(), new Email(row.email()),
                new DepartmentId(departmentId), teamId == null ? null : new TeamId(teamId), manager, locale, number,
                true));
    }

    /** What a chunk changes (counts), and for a commit the documents and journal entries behind them. */
    public static final class ChunkChanges {
        // Parallel lists: the i-th write is journaled by the i-th entry.
        private final List<ImportJournalDocument.Entry> entries = new ArrayList<>();
        private final List<EmployeeDocument> writes = new ArrayList<>();
        private int created;
        private int updated;
        private int unchanged;
        private int createdDepartments;
        private int createdTeams;

        public int created() {
            return created;
        }

        public int updated() {
            return updated;
        }

        public int unchanged() {
            return unchanged;
        }

        public int createdDepartments() {
            return createdDepartments;
        }

        public int createdTeams() {
            return createdTeams;
        }
    }
}
