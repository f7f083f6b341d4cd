package app.symetrie.mail.internal;

import app.symetrie.common.Email;
import app.symetrie.privacy.PersonalData;
import app.symetrie.privacy.RetainedData;
import java.time.Instant;
import java.util.List;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** The outbox's copies of the messages sent to the person (invitations, reminders, sign-in links, trainings). */
@Component
class OutboxPersonalData implements PersonalData, RetainedData {

    private final MongoTemplate mongo;

    OutboxPersonalData(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public String kind() {
        return "outbox";
    }

    @Override
    public List<?> export(Email person) {
        return mongo.find(Query.query(Criteria.where("to").is(person.value())), OutboxDocument.class).stream()
                .map(OutboxDocument::toMessage).toList();
    }

    @Override
    public long erase(Email person) {
        return mongo.remove(Query.query(Criteria.where("to").is(person.value())), OutboxDocument.class)
                .getDeletedCount();
    }

    @Override
    public long purgeBefore(Instant cutoff) {
        return mongo.remove(Query.query(Criteria.where("createdAt").lt(cutoff)), OutboxDocument.class)
                .getDeletedCount();
    }
}
