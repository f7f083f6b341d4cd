package app.symetrie.ambassador.internal;

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
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * What the ambassador programme holds about a person: their help requests (as the one asking), and if they were an
 * ambassador, their profile, applications and the coaching sessions they logged. Erasure deletes the person's own
 * records; coaching sessions they logged and requests addressed to them stay for the programme's counts, unlinked
 * from them and without their free text.
 */
@Component
class AmbassadorPersonalData implements PersonalData {

    static final String ERASED = "erased";

    private final MongoTemplate mongo;
    private final OrganizationService organization;

    AmbassadorPersonalData(MongoTemplate mongo, OrganizationService organization) {
        this.mongo = mongo;
        this.organization = organization;
    }

    @Override
    public String kind() {
        return "ambassador-programme";
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
        List<Object> records = new ArrayList<>();
        records.addAll(mongo.find(Query.query(Criteria.where("requesterId").is(id.get())), HelpRequestDocument.class));
        records.addAll(mongo.find(Query.query(Criteria.where("employeeId").is(id.get())), ApplicationDocument.class));
        AmbassadorDocument ambassador = mongo.findOne(Query.query(Criteria.where("employeeId").is(id.get())),
                AmbassadorDocument.class);
        if (ambassador != null) {
            records.add(ambassador);
            records.addAll(mongo.find(Query.query(Criteria.where("ambassadorId").is(ambassador.id())),
                    CoachingSessionDocument.class));
        }
        return records;
    }

    @Override
    public long erase(Email person) {
        Optional<String> id = employeeId(person);
        if (id.isEmpty()) {
            return 0;
        }
        long touched = mongo.remove(Query.query(Criteria.where("requesterId").is(id.get())),
                HelpRequestDocument.class).getDeletedCount();
        touched += mongo.remove(Query.query(Criteria.where("employeeId").is(id.get())), ApplicationDocument.class)
                .getDeletedCount();
        AmbassadorDocument ambassador = mongo.findOne(Query.query(Criteria.where("employeeId").is(id.get())),
                AmbassadorDocument.class);
        if (ambassador != null) {
            touched += mongo.updateMulti(Query.query(Criteria.where("ambassadorId").is(ambassador.id())),
                    new Update().set("ambassadorId", ERASED).set("coachees", "").set("outcome", ""),
                    CoachingSessionDocument.class).getModifiedCount();
            touched += mongo.updateMulti(Query.query(Criteria.where("ambassadorId").is(ambassador.id())),
                    new Update().set("ambassadorId", ERASED).set("message", ""), HelpRequestDocument.class)
                    .getModifiedCount();
            mongo.remove(ambassador);
            touched++;
        }
        return touched;
    }
}
