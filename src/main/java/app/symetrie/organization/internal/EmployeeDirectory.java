package app.symetrie.organization.internal;

import app.symetrie.common.Ids;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
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
 * The employees in list order — by last name, first name and e-mail, case and accents ignored, then by id — kept
 * in memory per instance, so that the admin list reads a page by {@code _id} (the one lookup every store answers
 * from an index) instead of sorting every employee for every page (decision 029).
 *
 * <p>Whether the order is current is told by a <em>stamp</em>: a random value in one document, replaced after each
 * write to the employees (by this instance or another). A read that finds another stamp than the one the order was
 * built at builds it again from one projected scan. A change made through this instance is applied to the order
 * in place when nobody else changed anything since, so an administrator's edit does not cost a rebuild.
 *
 * <p>Every write to the {@code employees} collection must be followed by {@link #changed()} or
 * {@link #changed(String)}: the stamp is replaced after the write, so a reader that sees the new stamp sees the
 * new documents.
 */
@Component
public class EmployeeDirectory {

    private static final Logger log = LoggerFactory.getLogger(EmployeeDirectory.class);
    static final String STAMPS = "employee_directory_stamp";
    private static final String STAMP_ID = "employees";
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final int FILTERS_KEPT = 16;
    private static final Comparator<Entry> ORDER = Comparator.comparing(Entry::sortKey).thenComparing(Entry::id);

    /** One person in the list: what orders it and what the list's filters look at. */
    record Entry(String id, String departmentId, String sortKey, String searchKey) {
    }

    /** The order at one stamp; immutable, so readers need no lock. */
    private record Snapshot(String stamp, Entry[] entries, Map<Filter, int[]> filtered) {
    }

    /** A filter as the list applies it: lower-cased stripped text (or empty), department id (or null). */
    public record Filter(String text, @Nullable String departmentId) {
        public static Filter of(@Nullable String text, @Nullable String departmentId) {
            return new Filter(text == null ? "" : text.strip().toLowerCase(Locale.ROOT), departmentId);
        }

        boolean isEmpty() {
            return text.isEmpty() && departmentId == null;
        }

        boolean matches(Entry entry) {
            return (departmentId == null || departmentId.equals(entry.departmentId()))
                    && (text.isEmpty() || entry.searchKey().contains(text));
        }
    }

    private static final Snapshot EMPTY = new Snapshot("", new Entry[0], filterCache());

    private final MongoTemplate mongo;
    private volatile @Nullable Snapshot snapshot;

    EmployeeDirectory(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** The order's key: last name, first name, e-mail, lower-cased, accents removed, separated by U+0000. */
    static String sortKey(String lastName, String firstName, String email) {
        return normalized(lastName) + '\u0000' + normalized(firstName) + '\u0000' + email.toLowerCase(Locale.ROOT);
    }

    private static String normalized(String text) {
        String lower = text.strip().toLowerCase(Locale.ROOT);
        return MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
    }

    /** The ids of the people at {@code offset .. offset + limit} of the filtered list, in list order. */
    public List<String> page(Filter filter, int offset, int limit) {
        Snapshot current = current();
        Entry[] entries = current.entries();
        List<String> ids = new ArrayList<>(Math.max(0, Math.min(limit, entries.length)));
        if (filter.isEmpty()) {
            for (int i = Math.max(0, offset); i < entries.length && ids.size() < limit; i++) {
                ids.add(entries[i].id());
            }
            return ids;
        }
        int[] positions = positions(current, filter);
        for (int i = Math.max(0, offset); i < positions.length && ids.size() < limit; i++) {
            ids.add(entries[positions[i]].id());
        }
        return ids;
    }

    /** How many people the filtered list holds. */
    public int count(Filter filter) {
        Snapshot current = current();
        return filter.isEmpty() ? current.entries().length : positions(current, filter).length;
    }

    private static int[] positions(Snapshot snapshot, Filter filter) {
        synchronized (snapshot.filtered()) {
            int[] cached = snapshot.filtered().get(filter);
            if (cached != null) {
                return cached;
            }
        }
        Entry[] entries = snapshot.entries();
        int[] matching = new int[entries.length];
        int n = 0;
        for (int i = 0; i < entries.length; i++) {
            if (filter.matches(entries[i])) {
                matching[n++] = i;
            }
        }
        int[] positions = Arrays.copyOf(matching, n);
        synchronized (snapshot.filtered()) {
            snapshot.filtered().put(filter, positions);
        }
        return positions;
    }

    /** After a write that may have changed many people (an import, its rollback): the next read rebuilds. */
    public void changed() {
        replaceStamp(Ids.random());
        snapshot = null;
    }

    /**
     * After a write to one person (saved or erased): applied to the order in place when the order was current
     * just before, otherwise left to the next read's rebuild.
     */
    public void changed(String employeeId) {
        String next = Ids.random();
        String previous = replaceStamp(next);
        synchronized (this) {
            Snapshot current = snapshot;
            if (current == null || !current.stamp().equals(previous)) {
                snapshot = null;
                return;
            }
            // the stored document as it is now, whatever the order in which concurrent saves reached the store
            Document stored = mongo.findById(employeeId, Document.class, EmployeeDocument.COLLECTION);
            List<Entry> entries = new ArrayList<>(current.entries().length + 1);
            for (Entry e : current.entries()) {
                if (!e.id().equals(employeeId)) {
                    entries.add(e);
                }
            }
            if (stored != null) {
                Entry entry = entry(stored, new HashMap<>());
                int at = Collections.binarySearch(entries, entry, ORDER);
                entries.add(at < 0 ? -at - 1 : at, entry);
            }
            // labelled with our stamp: if another instance wrote since, the stored stamp differs and the next read
            // rebuilds
            snapshot = new Snapshot(next, entries.toArray(Entry[]::new), filterCache());
        }
    }

    /** Replaces the stamp with {@code next}; returns the one before (empty when there was none). */
    private String replaceStamp(String next) {
        Document before = mongo.findAndModify(Query.query(Criteria.where("_id").is(STAMP_ID)),
                new Update().set("stamp", next), FindAndModifyOptions.options().upsert(true).returnNew(false),
                Document.class, STAMPS);
        return before == null ? "" : String.valueOf(before.get("stamp"));
    }

    private Snapshot current() {
        Document stamp = mongo.findById(STAMP_ID, Document.class, STAMPS);
        Snapshot current = snapshot;
        if (current != null && stamp != null && current.stamp().equals(stamp.get("stamp"))) {
            return current;
        }
        synchronized (this) {
            current = snapshot;
            stamp = mongo.findById(STAMP_ID, Document.class, STAMPS);
            if (stamp == null) {
                if (mongo.getCollection(EmployeeDocument.COLLECTION).estimatedDocumentCount() == 0) {
                    // nobody, and no stamp: nothing to remember, and a store left without any document stays one
                    // a backup may be restored into (decision 025)
                    return EMPTY;
                }
                // people stored before the stamp existed, or restored from a backup made before it: give the store
                // a stamp, so that the order is built at a known one
                replaceStamp(Ids.random());
                stamp = mongo.findById(STAMP_ID, Document.class, STAMPS);
            }
            String value = String.valueOf(stamp == null ? "" : stamp.get("stamp"));
            if (current != null && current.stamp().equals(value)) {
                return current;
            }
            long start = System.nanoTime();
            Snapshot built = new Snapshot(value, readAll(), filterCache());
            snapshot = built;
            log.debug("Employee list order built: {} people in {} ms", built.entries().length,
                    (System.nanoTime() - start) / 1_000_000);
            return built;
        }
    }

    private Entry[] readAll() {
        Document fields = new Document("firstName", 1).append("lastName", 1).append("email", 1)
                .append("departmentId", 1).append("searchKey", 1).append("employeeNumber", 1);
        Map<String, String> departments = new HashMap<>();
        List<Entry> entries = new ArrayList<>();
        for (Document d : mongo.getCollection(EmployeeDocument.COLLECTION).find().projection(fields)) {
            entries.add(entry(d, departments));
        }
        Entry[] sorted = entries.toArray(Entry[]::new);
        Arrays.sort(sorted, ORDER);
        return sorted;
    }

    private static Entry entry(Document d, Map<String, String> departments) {
        String firstName = text(d, "firstName");
        String lastName = text(d, "lastName");
        String email = text(d, "email");
        String searchKey = d.getString("searchKey");
        if (searchKey == null) {
            String number = d.getString("employeeNumber");
            searchKey = (firstName + " " + lastName + " " + email + (number == null ? "" : " " + number))
                    .toLowerCase(Locale.ROOT);
        }
        String department = text(d, "departmentId");
        return new Entry(String.valueOf(d.get("_id")), departments.computeIfAbsent(department, k -> k),
                sortKey(lastName, firstName, email), searchKey);
    }

    private static String text(Document d, String field) {
        Object value = d.get(field);
        return value == null ? "" : value.toString();
    }

    private static Map<Filter, int[]> filterCache() {
        return new LinkedHashMap<>(FILTERS_KEPT, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Filter, int[]> eldest) {
                return size() > FILTERS_KEPT;
            }
        };
    }
}
