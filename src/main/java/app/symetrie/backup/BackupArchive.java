package app.symetrie.backup;

import app.symetrie.common.UserFacingException;
import app.symetrie.store.WholeCollection;
import com.mongodb.client.MongoCollection;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.bson.Document;
import org.bson.json.JsonMode;
import org.bson.json.JsonParseException;
import org.bson.json.JsonWriterSettings;
import org.jspecify.annotations.Nullable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

/**
 * The backup's format (decision 025): a ZIP holding {@code manifest.json} (format, format version, application
 * version, time, each collection's document count) and one {@code <collection>.jsonl} per collection, one document
 * a line in MongoDB's extended JSON — so that dates, longs, decimals and binary data come back with their exact BSON
 * types. Writes an archive from a store, validates one completely, and inserts a validated one into a store.
 */
final class BackupArchive {

    static final String FORMAT = "symetrie-backup";
    static final int FORMAT_VERSION = 1;
    static final String MANIFEST = "manifest.json";
    static final String SUFFIX = ".jsonl";
    static final String AUDIT = "audit";

    /**
     * Collections that must not travel: sign-in links and throttling (valid minutes only, tied to this instance),
     * job and import locks (held by processes of this instance). The audit log travels.
     */
    static final Set<String> TRANSIENT = Set.of("sign_in_tokens", "sign_in_throttle", "job_locks", "import_lock");

    /**
     * Read first: a ballot is cast after its participation was claimed (BarometerService), so ballots read before
     * participations are each matched by a claimed participation — never more ballots than people who answered,
     * which a release would refuse. A claim read without its ballot is what a crash between the two leaves.
     */
    static final List<String> READ_FIRST = List.of("ballots");

    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,99}");
    private static final JsonWriterSettings JSON = JsonWriterSettings.builder().outputMode(JsonMode.EXTENDED).build();
    private static final int BATCH = 500;
    /** A manifest lists collections and counts: a few kilobytes; anything far larger is not one. */
    private static final int MANIFEST_LIMIT = 1024 * 1024;

    private BackupArchive() {
    }

    /** What an archive says of itself. */
    record Manifest(int formatVersion, String appVersion, Instant createdAt, Map<String, Long> counts) {

        long total() {
            return counts.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /** The collections a backup holds, in the order they are read. */
    static List<String> collections(MongoTemplate mongo) {
        List<String> names = new ArrayList<>(mongo.getCollectionNames().stream()
                .filter(n -> !TRANSIENT.contains(n) && !n.startsWith("system.")).sorted().toList());
        names.sort(Comparator.comparingInt(n -> READ_FIRST.contains(n) ? READ_FIRST.indexOf(n) : READ_FIRST.size()));
        return names;
    }

    /**
     * Writes the archive of {@code mongo} to {@code out}, collection by collection, without holding it in memory;
     * the manifest comes last in the ZIP (its counts are those written). Does not close {@code out}.
     */
    static Manifest write(MongoTemplate mongo, OutputStream out, String appVersion, Instant now) throws IOException {
        Map<String, Long> counts = new LinkedHashMap<>();
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        Writer writer = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8));
        for (String name : collections(mongo)) {
            zip.putNextEntry(new ZipEntry(name + SUFFIX));
            // In the store's natural order, which the restore inserts in again: a restored store reads its documents
            // in the same order — released answers stay in their shuffled order, figures sum in the same order.
            // A batch at a time: the embedded server would hold one query's whole result in memory.
            long count = WholeCollection.forEach(mongo.getCollection(name), BATCH, document -> {
                writer.write(document.toJson(JSON));
                writer.write('\n');
            });
            writer.flush();
            zip.closeEntry();
            counts.put(name, count);
        }
        Manifest manifest = new Manifest(FORMAT_VERSION, appVersion, now, counts);
        zip.putNextEntry(new ZipEntry(MANIFEST));
        writer.write(new Document("format", FORMAT).append("formatVersion", FORMAT_VERSION)
                .append("appVersion", appVersion).append("createdAt", Date.from(now))
                .append("collections", new Document(new LinkedHashMap<String, Object>(counts))).toJson(JSON));
        writer.write('\n');
        writer.flush();
        zip.closeEntry();
        zip.finish();
        return manifest;
    }

    /**
     * Reads the whole archive and checks it: a manifest of this format and version, one entry per collection it
     * lists and nothing else, every line a JSON document with an {@code _id}, no {@code _id} twice, each count as
     * the manifest says. Inserts nothing.
     *
     * @throws UserFacingException {@code backup.error.*} saying what is wrong
     */
    static Manifest validate(Path archive) {
        Map<String, Long> read = new HashMap<>();
        @Nullable Manifest manifest = null;
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(archive), StandardCharsets.UTF_8)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                String entryName = entry.getName();
                if (entryName.equals(MANIFEST)) {
                    if (manifest != null) {
                        throw new UserFacingException("backup.error.entry", entryName);
                    }
                    byte[] bytes = zip.readNBytes(MANIFEST_LIMIT + 1);
                    if (bytes.length > MANIFEST_LIMIT) {
                        throw new UserFacingException("backup.error.no-manifest");
                    }
                    manifest = manifest(new String(bytes, StandardCharsets.UTF_8));
                    continue;
                }
                String collection = collectionOf(entryName);
                if (read.containsKey(collection)) {
                    throw new UserFacingException("backup.error.entry", entryName);
                }
                read.put(collection, checkLines(collection, zip));
            }
        } catch (IOException | IllegalArgumentException e) {
            // a damaged ZIP: a bad CRC, a truncated entry, not a ZIP at all
            throw new UserFacingException("backup.error.unreadable");
        }
        if (manifest == null) {
            throw new UserFacingException("backup.error.no-manifest");
        }
        for (var expected : manifest.counts().entrySet()) {
            Long found = read.get(expected.getKey());
            if (found == null || found.longValue() != expected.getValue()) {
                throw new UserFacingException("backup.error.count", expected.getKey(), expected.getValue(),
                        found == null ? 0 : found);
            }
        }
        for (String collection : read.keySet()) {
            if (!manifest.counts().containsKey(collection)) {
                throw new UserFacingException("backup.error.entry", collection + SUFFIX);
            }
        }
        return manifest;
    }

    private static String collectionOf(String entryName) {
        if (!entryName.endsWith(SUFFIX)) {
            throw new UserFacingException("backup.error.entry", entryName);
        }
        String collection = entryName.substring(0, entryName.length() - SUFFIX.length());
        if (!NAME.matcher(collection).matches() || TRANSIENT.contains(collection)) {
            throw new UserFacingException("backup.error.entry", entryName);
        }
        return collection;
    }

    private static long checkLines(String collection, InputStream in) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        Set<Object> ids = new HashSet<>();
        long count = 0;
        String line;
        while ((line = reader.readLine()) != null) {
            count++;
            Document document = parse(collection, count, line);
            if (!ids.add(document.get("_id"))) {
                throw new UserFacingException("backup.error.line", collection, count);
            }
        }
        return count;
    }

    private static Document parse(String collection, long lineNumber, String line) {
        try {
            Document document = Document.parse(line);
            if (!document.containsKey("_id")) {
                throw new UserFacingException("backup.error.line", collection, lineNumber);
            }
            return document;
        } catch (JsonParseException | org.bson.BsonInvalidOperationException | IllegalArgumentException e) {
            throw new UserFacingException("backup.error.line", collection, lineNumber);
        }
    }

    private static Manifest manifest(String json) {
        Document manifest;
        try {
            manifest = Document.parse(json);
        } catch (RuntimeException e) {
            throw new UserFacingException("backup.error.no-manifest");
        }
        if (!FORMAT.equals(manifest.get("format"))) {
            throw new UserFacingException("backup.error.no-manifest");
        }
        if (!(manifest.get("formatVersion") instanceof Integer version) || version != FORMAT_VERSION) {
            throw new UserFacingException("backup.error.version", String.valueOf(manifest.get("formatVersion")),
                    FORMAT_VERSION);
        }
        if (!(manifest.get("collections") instanceof Document collections)
                || !(manifest.get("createdAt") instanceof Date createdAt)) {
            throw new UserFacingException("backup.error.no-manifest");
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        for (var entry : collections.entrySet()) {
            if (!NAME.matcher(entry.getKey()).matches() || TRANSIENT.contains(entry.getKey())
                    || !(entry.getValue() instanceof Number n) || n.longValue() < 0) {
                throw new UserFacingException("backup.error.no-manifest");
            }
            counts.put(entry.getKey(), n.longValue());
        }
        return new Manifest(version, String.valueOf(manifest.get("appVersion")), createdAt.toInstant(), counts);
    }

    /**
     * Inserts a {@linkplain #validate validated} archive, collection by collection, in batches. On any failure,
     * deletes everything inserted so far ({@link #undo}) and rethrows: the store is as empty as before.
     */
    static void insert(MongoTemplate mongo, Path archive) {
        List<String> touched = new ArrayList<>();
        List<Object> auditIds = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(archive), StandardCharsets.UTF_8)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (entry.getName().equals(MANIFEST)) {
                    continue;
                }
                String collection = collectionOf(entry.getName());
                touched.add(collection);
                MongoCollection<Document> target = mongo.getCollection(collection);
                BufferedReader reader = new BufferedReader(new InputStreamReader(zip, StandardCharsets.UTF_8));
                List<Document> batch = new ArrayList<>(BATCH);
                String line;
                long lineNumber = 0;
                while ((line = reader.readLine()) != null) {
                    Document document = parse(collection, ++lineNumber, line);
                    if (collection.equals(AUDIT)) {
                        auditIds.add(document.get("_id"));
                    }
                    batch.add(document);
                    if (batch.size() == BATCH) {
                        target.insertMany(batch);
                        batch.clear();
                    }
                }
                if (!batch.isEmpty()) {
                    target.insertMany(batch);
                }
            }
        } catch (IOException | RuntimeException e) {
            undo(mongo, touched, auditIds);
            if (e instanceof IOException io) {
                throw new UncheckedIOException(io);
            }
            throw (RuntimeException) e;
        }
    }

    /** Removes what a failed insert wrote: every collection it touched was empty, but for the audit log. */
    static void undo(MongoTemplate mongo, List<String> touched, List<Object> auditIds) {
        for (String collection : touched) {
            if (collection.equals(AUDIT)) {
                for (int from = 0; from < auditIds.size(); from += BATCH) {
                    mongo.getCollection(collection).deleteMany(new Document("_id", new Document("$in",
                            auditIds.subList(from, Math.min(auditIds.size(), from + BATCH)))));
                }
            } else {
                mongo.remove(new Query(), collection);
            }
        }
    }
}
