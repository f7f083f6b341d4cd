package app.symetrie.action.internal;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * How many unattributed contributions (comments, proposals) each person made today, to stop a flood without storing
 * who wrote what. Only today's counters exist: older ones are deleted at the next contribution. The counter says
 * "this person contributed n times today", never to which action (decision 023).
 */
@Component
public class ContributionQuota {

    /** Contributions a person may make in a day, across every action plan. */
    public static final int PER_DAY = 10;

    @Document("action_contribution_quota")
    record Counter(@Id String id, LocalDate day, int count) {
    }

    private final MongoTemplate mongo;

    ContributionQuota(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Takes one contribution of today's quota; false when the person has used it all. Atomic. */
    public boolean take(String employeeId, LocalDate today) {
        mongo.remove(Query.query(Criteria.where("day").lt(today)), Counter.class);
        String key = employeeId + "|" + today;
        mongo.upsert(Query.query(Criteria.where("_id").is(key)), new Update().setOnInsert("day", today)
                .setOnInsert("count", 0), Counter.class);
        return mongo.updateFirst(Query.query(Criteria.where("_id").is(key).and("count").lt(PER_DAY)),
                new Update().inc("count", 1), Counter.class).getMatchedCount() == 1;
    }

    /** Gives back a contribution taken for something that was then refused. */
    public void giveBack(String employeeId, LocalDate today) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(employeeId + "|" + today).and("count").gt(0)),
                new Update().inc("count", -1), Counter.class);
    }

    /** Today's count (tests). */
    public int used(String employeeId, LocalDate today) {
        @Nullable Counter counter = mongo.findById(employeeId + "|" + today, Counter.class);
        return counter == null ? 0 : counter.count();
    }
}
