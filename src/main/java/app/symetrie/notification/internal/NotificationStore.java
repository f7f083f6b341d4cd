package app.symetrie.notification.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** Reads and writes of the module's two collections; the services check who acts before calling it. */
@Component
public class NotificationStore {

    private final MongoTemplate mongo;

    NotificationStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * Inserts the notifications not stored yet (an event sent again — a resumed wave release — finds its
     * notifications there already) and returns those it inserted: only they are e-mailed.
     */
    public List<NotificationDocument> insertNew(List<NotificationDocument> documents) {
        if (documents.isEmpty()) {
            return List.of();
        }
        Set<String> existing = new HashSet<>();
        mongo.find(Query.query(Criteria.where("_id").in(documents.stream().map(NotificationDocument::id).toList())),
                NotificationDocument.class).forEach(d -> existing.add(d.id()));
        List<NotificationDocument> fresh = documents.stream().filter(d -> !existing.contains(d.id())).toList();
        if (fresh.isEmpty()) {
            return List.of();
        }
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, NotificationDocument.class);
        bulk.insert(fresh);
        try {
            bulk.execute();
        } catch (BulkOperationException e) {
            if (e.getErrors().stream().anyMatch(error -> error.getCode() != 11000)) {
                throw e;
            }
            Set<Integer> failed = new HashSet<>();
            e.getErrors().forEach(error -> failed.add(error.getIndex()));
            return java.util.stream.IntStream.range(0, fresh.size()).filter(i -> !failed.contains(i))
                    .mapToObj(fresh::get).toList();
        } catch (DuplicateKeyException written) {
            return List.of();
        }
        return fresh;
    }

    public List<NotificationDocument> latest(String recipientId, int limit) {
        return mongo.find(Query.query(Criteria.where("recipientId").is(recipientId))
                .with(Sort.by(Sort.Direction.DESC, "createdAt").and(Sort.by("_id"))).limit(limit),
                NotificationDocument.class);
    }

    public long unread(String recipientId) {
        // Counted here: a store count is an aggregation, which the embedded server runs by holding every
        // notification of everyone in memory (decision 039); this find keeps only the person's unread ids.
        Query unread = Query.query(Criteria.where("recipientId").is(recipientId).and("read").is(false));
        unread.fields().include("_id");
        return mongo.find(unread, org.bson.Document.class, mongo.getCollectionName(NotificationDocument.class)).size();
    }

    public void markRead(String recipientId, String id) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id).and("recipientId").is(recipientId)),
                new Update().set("read", true), NotificationDocument.class);
    }

    public void markAllRead(String recipientId) {
        mongo.updateMulti(Query.query(Criteria.where("recipientId").is(recipientId).and("read").is(false)),
                new Update().set("read", true), NotificationDocument.class);
    }

    /** Whether the person wants e-mails (yes unless they said no). */
    public boolean emails(String employeeId) {
        NotificationSettingDocument setting = mongo.findById(employeeId, NotificationSettingDocument.class);
        return setting == null || setting.emails();
    }

    /** Of these people, those who turned e-mails off. */
    public Set<String> withoutEmails(Collection<String> employeeIds) {
        Set<String> off = new HashSet<>();
        mongo.find(Query.query(Criteria.where("_id").in(employeeIds).and("emails").is(false)),
                NotificationSettingDocument.class).forEach(s -> off.add(s.employeeId()));
        return off;
    }

    public void setEmails(String employeeId, boolean emails, Instant at) {
        mongo.save(new NotificationSettingDocument(employeeId, emails, at));
    }
}
