package app.symetrie.organization.internal.hris;

import app.symetrie.common.AppLocales;
import app.symetrie.common.Email;
import app.symetrie.common.Ids;
import app.symetrie.organization.DepartmentId;
import app.symetrie.organization.DepartmentKind;
import app.symetrie.organization.Employee;
import app.symetrie.organization.EmployeeId;
import app.symetrie.organization.TeamId;
import app.symetrie.organization.internal.DepartmentDocument;
import app.symetrie.organization.internal.EmployeeDocument;
import app.symetrie.organization.internal.TeamDocument;
import com.mongodb.bulk.BulkWriteResult;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Turns a chunk of valid rows into employee documents — compared with the stored ones to tell new, updated and
 * unchanged people — and, for a commit, journals then writes them.
 */
@Component
public class HrisChunkWriter {

    private static final String EMPLOYEES = "employees";

    private final MongoTemplate mongo;

    HrisChunkWriter(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** What the chunk would change. Plans the departments and teams it needs in {@code plan}; writes nothing. */
    public ChunkChanges classify(List<HrisRow> rows, OrganizationPlan plan) {
        List<String> emails = rows.stream().map(HrisRow::email).toList();
        Map<String, Document> stored = new HashMap<>();
        mongo.find(Query.query(Criteria.where("email").in(emails)), Document.class, EMPLOYEES)
                .forEach(d -> stored.put(d.getString("email"), d));
        ChunkChanges changes = new ChunkChanges();
        for (HrisRow row : rows) {
            Document raw = stored.get(row.email());
            EmployeeDocument before = raw == null ? null : mongo.getConverter().read(EmployeeDocument.class, raw);
            EmployeeDocument after = desired(row, before, plan);
            if (before == null) {
                changes.created++;
            } else if (before.equals(after)) {
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

    /**
     * Applies a chunk: classifies it, writes its journal (the before-images and the departments and teams about to
     * be created), then creates those and upserts the employees by e-mail in one unordered bulk: the e-mails were
     * matched just before, so people new to the store are inserted (should someone create the same e-mail
     * meanwhile, the unique index refuses it and the batch rolls back) and known people are replaced by id, which
     * the embedded server does far faster than an upsert by e-mail. Unchanged people are not rewritten.
     */
    public ChunkChanges write(String batchId, int chunk, List<HrisRow> rows, OrganizationPlan plan,
                              Map<String, DepartmentKind> newDepartmentKinds) {
        ChunkChanges changes = classify(rows, plan);
        List<DepartmentDocument> departments = plan.takePlannedDepartments(newDepartmentKinds);
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
            BulkWriteResult result = bulk.execute();
            int written = result.getMatchedCount() + result.getInsertedCount();
            if (written != changes.writes.size()) {
                throw new IllegalStateException("Chunk " + chunk + " of batch " + batchId + ": wrote " + written
                        + " of " + changes.writes.size() + " employees");
            }
        }
        return changes;
    }

    /**
     * The employee as the row wants them. Optional columns absent from the file keep the stored value; the team is
     * dropped when the person changes department and the file says nothing of teams. Built through the domain
     * record and {@link EmployeeDocument#of}, so names and the search key are exactly as a form would store them.
     */
    static EmployeeDocument desired(HrisRow row, @Nullable EmployeeDocument before, OrganizationPlan plan) {
        String departmentId = plan.departmentId(row.departmentKey(), row.departmentName());
        String teamId;
        if (row.team() != null) {
            teamId = plan.teamId(departmentId, row.team());
        } else {
            teamId = before != null && departmentId.equals(before.departmentId()) ? before.teamId() : null;
        }
        boolean manager = row.manager() != null ? row.manager() : before != null && before.manager();
        Locale locale = row.locale() != null ? row.locale()
                : before != null ? AppLocales.orDefault(before.locale()) : AppLocales.FRENCH;
        EmployeeId id = before != null ? new EmployeeId(before.id()) : EmployeeId.random();
        return EmployeeDocument.of(new Employee(id, row.firstName(), row.lastName(), new Email(row.email()),
                new DepartmentId(departmentId), teamId == null ? null : new TeamId(teamId), manager, locale));
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
