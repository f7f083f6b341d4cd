package app.symetrie.notification.internal;

import app.symetrie.common.Email;
import app.symetrie.organization.Employee;
import app.symetrie.organization.OrganizationService;
import app.symetrie.privacy.PersonalData;
import app.symetrie.privacy.RetainedData;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * The person's notifications and their e-mail choice. Erasing them also removes the notifications sent to others
 * that name them (a help request's other side): those would keep their name after the erasure.
 */
@Component
class NotificationPersonalData implements PersonalData, RetainedData {

    private final MongoTemplate mongo;
    private final OrganizationService organization;

    NotificationPersonalData(MongoTemplate mongo, OrganizationService organization) {
        this.mongo = mongo;
        this.organization = organization;
    }

    @Override
    public String kind() {
        return "notifications";
    }

    private Optional<String> employeeId(Email person) {
        return organization.employeeByEmail(person).map(Employee::id).map(id -> id.value());
    }

    @Override
    public List<?> export(Email person) {
        Optional<String> id = employeeId(person);
        if (id.isEmpty()) {
            return List.of();
        }
        List<Object> records = new ArrayList<>(mongo.find(Query.query(Criteria.where("recipientId").is(id.get())),
                NotificationDocument.class).stream().map(NotificationDocument::toDomain).toList());
        NotificationSettingDocument setting = mongo.findById(id.get(), NotificationSettingDocument.class);
        if (setting != null) {
            records.add(setting);
        }
        return records;
    }

    @Override
    public long erase(Email person) {
        Optional<String> id = employeeId(person);
        if (id.isEmpty()) {
            return 0;
        }
        return mongo.remove(Query.query(new Criteria().orOperator(Criteria.where("recipientId").is(id.get()),
                        Criteria.where("mentions").is(id.get()))), NotificationDocument.class).getDeletedCount()
                + mongo.remove(Query.query(Criteria.where("_id").is(id.get())), NotificationSettingDocument.class)
                .getDeletedCount();
    }

    @Override
    public long purgeBefore(Instant cutoff) {
        return mongo.remove(Query.query(Criteria.where("createdAt").lt(cutoff)), NotificationDocument.class)
                .getDeletedCount();
    }
}
