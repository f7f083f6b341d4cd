package app.symetrie.barometer.internal;

import app.symetrie.common.Email;
import app.symetrie.common.Ids;
import app.symetrie.organization.Employee;
import app.symetrie.organization.OrganizationService;
import app.symetrie.privacy.PersonalData;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Participation flags of open waves (invited, answered or not, reminded when, by kiosk or not): they are deleted when
 * their wave closes, so only open waves hold any. Never the answer: nothing links a person to it. Erasure unlinks the
 * flag from the person (a random id in place of theirs, no personal link) instead of deleting it, so that the wave's
 * participation count stays right and the person cannot answer twice.
 */
@Component
class ParticipationPersonalData implements PersonalData {

    record Participation(String waveId, String campaignName, int slot, boolean invited, boolean answered,
                         boolean byKiosk, List<LocalDate> reminded, boolean personalLink) {
    }

    private final MongoTemplate mongo;
    private final OrganizationService organization;

    ParticipationPersonalData(MongoTemplate mongo, OrganizationService organization) {
        this.mongo = mongo;
        this.organization = organization;
    }

    @Override
    public String kind() {
        return "participations";
    }

    private @Nullable String employeeId(Email person) {
        return organization.employeeByEmail(person).map(Employee::id).map(id -> id.value()).orElse(null);
    }

    @Override
    public List<?> export(Email person) {
        String id = employeeId(person);
        if (id == null) {
            return List.of();
        }
        return mongo.find(Query.query(Criteria.where("employeeId").is(id)), ParticipationDocument.class).stream()
                .map(p -> {
                    WaveDocument wave = mongo.findById(p.waveId(), WaveDocument.class);
                    return new Participation(p.waveId(), wave == null ? "" : wave.campaignName(),
                            wave == null ? 0 : wave.slot(), p.invited(), p.done(), p.kiosk(),
                            p.reminded() == null ? List.of() : p.reminded(), p.linkHash() != null);
                }).toList();
    }

    @Override
    public long erase(Email person) {
        String id = employeeId(person);
        if (id == null) {
            return 0;
        }
        long touched = 0;
        for (ParticipationDocument p : mongo.find(Query.query(Criteria.where("employeeId").is(id)),
                ParticipationDocument.class)) {
            touched += mongo.updateFirst(Query.query(Criteria.where("_id").is(p.id())), new Update()
                    .set("employeeId", "erased-" + Ids.random()).unset("linkHash").set("reminded", List.of()),
                    ParticipationDocument.class).getModifiedCount();
        }
        return touched;
    }
}
