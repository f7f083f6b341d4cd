package app.symetrie.map.internal;

import app.symetrie.common.Email;
import app.symetrie.organization.Employee;
import app.symetrie.organization.OrganizationService;
import app.symetrie.privacy.PersonalData;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** The Satisfaction Map: a manager's (or lead's) predictions, which name them, and the reminders they were sent. */
@Component
class MapPersonalData implements PersonalData {

    private final MongoTemplate mongo;
    private final OrganizationService organization;

    MapPersonalData(MongoTemplate mongo, OrganizationService organization) {
        this.mongo = mongo;
        this.organization = organization;
    }

    @Override
    public String kind() {
        return "predictions";
    }

    /** A prediction names its author by employee id, or by e-mail for a lead without an employee record. */
    private List<String> ids(Email person) {
        List<String> ids = new ArrayList<>();
        ids.add(person.value());
        organization.employeeByEmail(person).map(Employee::id).ifPresent(id -> ids.add(id.value()));
        return ids;
    }

    @Override
    public List<?> export(Email person) {
        List<Object> records = new ArrayList<>(mongo.find(Query.query(Criteria.where("predictorId").in(ids(person))),
                PredictionDocument.class));
        organization.employeeByEmail(person).ifPresent(e -> records.addAll(mongo.find(Query.query(
                Criteria.where("employeeId").is(e.id().value())), PredictionReminderDocument.class)));
        return records;
    }

    @Override
    public long erase(Email person) {
        long erased = mongo.remove(Query.query(Criteria.where("predictorId").in(ids(person))),
                PredictionDocument.class).getDeletedCount();
        var employee = organization.employeeByEmail(person);
        if (employee.isPresent()) {
            erased += mongo.remove(Query.query(Criteria.where("employeeId").is(employee.get().id().value())),
                    PredictionReminderDocument.class).getDeletedCount();
        }
        return erased;
    }
}
