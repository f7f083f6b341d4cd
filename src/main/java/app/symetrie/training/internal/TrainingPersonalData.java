package app.symetrie.training.internal;

import app.symetrie.common.Email;
import app.symetrie.organization.Employee;
import app.symetrie.organization.OrganizationService;
import app.symetrie.privacy.PersonalData;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** Trainings: the person's enrolments (status, attendance, rating, comment) and their training notifications. */
@Component
class TrainingPersonalData implements PersonalData {

    private final MongoTemplate mongo;
    private final OrganizationService organization;

    TrainingPersonalData(MongoTemplate mongo, OrganizationService organization) {
        this.mongo = mongo;
        this.organization = organization;
    }

    @Override
    public String kind() {
        return "enrolments";
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
        List<Object> records = new ArrayList<>(mongo.find(Query.query(Criteria.where("employeeId").is(id.get())),
                EnrolmentDocument.class));
        records.addAll(mongo.find(Query.query(Criteria.where("employeeId").is(id.get())),
                NotificationDocument.class));
        return records;
    }

    @Override
    public long erase(Email person) {
        Optional<String> id = employeeId(person);
        if (id.isEmpty()) {
            return 0;
        }
        return mongo.remove(Query.query(Criteria.where("employeeId").is(id.get())), EnrolmentDocument.class)
                .getDeletedCount()
                + mongo.remove(Query.query(Criteria.where("employeeId").is(id.get())), NotificationDocument.class)
                .getDeletedCount();
    }
}
