package app.symetrie.action.internal;

import app.symetrie.common.Email;
import app.symetrie.common.Ids;
import app.symetrie.organization.Employee;
import app.symetrie.organization.OrganizationService;
import app.symetrie.privacy.PersonalData;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Action plans: the actions a person owns, accepted as manager or supports (+1), today's contribution counter, and
 * the open check-ins they are asked (whether they have answered: never what). Proposals and comments hold no author
 * (decision 023), so they are neither exported nor erased: nothing finds them. Erasing unlinks the person from the
 * actions (owner, supporter, accepting manager); the support count stays, as the support was given. An open
 * check-in's mark loses the person: an unanswered one is deleted (they will not answer), an answered one is kept
 * under a random id, so the check-in still counts as many people as sealed answers (its release checks it).
 */
@Component
class ActionPersonalData implements PersonalData {

    /** One line of the export: an action and how the person is tied to it. */
    record ActionLink(String actionId, String title, boolean owner, boolean supporter, boolean acceptedAsManager) {
    }

    /** One line of the export: an open check-in the person is asked, and whether they have answered it. */
    record CheckInAsked(String actionId, boolean answered) {
    }

    private final MongoTemplate mongo;
    private final OrganizationService organization;

    ActionPersonalData(MongoTemplate mongo, OrganizationService organization) {
        this.mongo = mongo;
        this.organization = organization;
    }

    @Override
    public String kind() {
        return "action-plans";
    }

    /** Runs before the organization forgets the person (it finds them through it). */
    @Override
    public int eraseOrder() {
        return -10;
    }

    private Optional<String> employeeId(Email person) {
        return organization.employeeByEmail(person).map(Employee::id).map(id -> id.value());
    }

    private static Criteria tiedTo(String id) {
        return new Criteria().orOperator(Criteria.where("ownerIds").is(id), Criteria.where("supporters").is(id),
                Criteria.where("managerId").is(id));
    }

    @Override
    public List<?> export(Email person) {
        Optional<String> id = employeeId(person);
        if (id.isEmpty()) {
            return List.of();
        }
        String me = id.get();
        List<Object> records = new ArrayList<>();
        mongo.find(Query.query(tiedTo(me)), ActionDocument.class).forEach(a -> records.add(new ActionLink(a.id(),
                a.title(), a.ownerIds().contains(me), a.supporters().contains(me), me.equals(a.managerId()))));
        records.addAll(mongo.find(quota(me), ContributionQuota.Counter.class));
        mongo.find(marks(me), CheckInMark.class).forEach(m -> records.add(new CheckInAsked(m.actionId(),
                !Boolean.FALSE.equals(m.answered()))));
        return records;
    }

    @Override
    public long erase(Email person) {
        Optional<String> id = employeeId(person);
        if (id.isEmpty()) {
            return 0;
        }
        String me = id.get();
        long touched = mongo.updateMulti(Query.query(Criteria.where("ownerIds").is(me)),
                new Update().pull("ownerIds", me), ActionDocument.class).getModifiedCount();
        touched += mongo.updateMulti(Query.query(Criteria.where("supporters").is(me)),
                new Update().pull("supporters", me), ActionDocument.class).getModifiedCount();
        touched += mongo.updateMulti(Query.query(Criteria.where("managerId").is(me)),
                new Update().unset("managerId"), ActionDocument.class).getModifiedCount();
        touched += mongo.remove(quota(me), ContributionQuota.Counter.class).getDeletedCount();
        for (CheckInMark mark : mongo.find(marks(me), CheckInMark.class)) {
            // Unanswered: deleted only while it still is (the person may be answering at this very moment).
            if (mongo.remove(Query.query(Criteria.where("_id").is(mark.id()).and("answered").is(false)),
                    CheckInMark.class).getDeletedCount() == 1) {
                touched++;
                continue;
            }
            // Answered: the anonymous mark first, then the named one goes — a crash in between leaves one mark too
            // many (the release only refuses more sealed answers than marks), never one too few.
            mongo.insert(new CheckInMark(CheckInMark.idOf(mark.actionId(), "erased-" + Ids.random()),
                    mark.actionId(), true));
            touched += mongo.remove(Query.query(Criteria.where("_id").is(mark.id())), CheckInMark.class)
                    .getDeletedCount();
        }
        return touched;
    }

    /** The person's check-in marks: their id ends with the person's id ({@link CheckInMark#idOf}). */
    private static Query marks(String employeeId) {
        return Query.query(Criteria.where("_id").regex(Pattern.quote("|" + employeeId) + "$"));
    }

    private static Query quota(String employeeId) {
        return Query.query(Criteria.where("_id").regex("^" + Pattern.quote(employeeId + "|")));
    }
}
