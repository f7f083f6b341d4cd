package app.symetrie.barometer;

import static app.symetrie.barometer.BarometerFixture.as;
import static app.symetrie.barometer.BarometerFixture.campaign;
import static app.symetrie.barometer.BarometerFixture.complete;
import static app.symetrie.barometer.BarometerFixture.department;
import static org.assertj.core.api.Assertions.assertThat;

import app.symetrie.common.Role;
import app.symetrie.organization.DepartmentKind;
import app.symetrie.organization.Employee;
import app.symetrie.organization.OrganizationService;
import app.symetrie.test.IntegrationTest;
import app.symetrie.test.TestClock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * PRODUCT.md's promise, checked on what is really stored: no field of a stored answer or comment can be joined to
 * a person, and the participation record holds nothing that can be joined to the answer.
 */
@IntegrationTest
@Import(TestClock.Config.class)
class AnonymityIT {

    @Autowired
    CampaignService campaigns;
    @Autowired
    BarometerService barometer;
    @Autowired
    QuestionnaireService questionnaires;
    @Autowired
    OrganizationService organization;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    TestClock clock;

    @Test
    void no_stored_field_of_an_answer_can_be_joined_to_a_person() {
        List<Employee> people = department(organization, "Contrôle de gestion", DepartmentKind.SUPPORT, 5);
        LocalDate opening = LocalDate.of(2026, 3, 2);
        Campaign c = as(Role.LEAD, () -> campaigns.saveCampaign(campaign("Anonymat", opening,
                List.of(people.getFirst().departmentId()))));
        clock.setDay(opening.plusDays(1));
        campaigns.advance(opening.plusDays(1));
        Wave wave = campaigns.waves(c.id()).getFirst();
        Questionnaire q = questionnaires.version(wave.questionnaireVersion());
        Employee author = people.getFirst();
        BarometerFixture.submitAs(author, barometer, wave.id(), complete(q, 2, "Trop de validations."));

        // Everything that identifies the author, in any store.
        Set<String> identifying = new HashSet<>();
        identifying.add(author.id().value());
        identifying.add(author.email().value());
        identifying.add(author.firstName());
        identifying.add(author.lastName());
        Document participation = mongo.findOne(Query.query(Criteria.where("waveId").is(wave.id().value())
                .and("employeeId").is(author.id().value())), Document.class, "participations");
        assertThat(participation).isNotNull();
        identifying.add(participation.getString("_id"));
        Document account = mongo.findOne(Query.query(Criteria.where("email").is(author.email().value())),
                Document.class, "accounts");
        if (account != null) {
            identifying.add(account.getString("_id"));
        }

        Document answer = mongo.findOne(Query.query(Criteria.where("waveId").is(wave.id().value())), Document.class,
                "answers");
        assertThat(answer).isNotNull();
        assertThat(answer.keySet()).as("only these fields, ever").contains("_id", "waveId", "departmentId", "day")
                .isSubsetOf("_id", "waveId", "departmentId", "teamId", "day",
                "questionnaireVersion", "scores", "tools", "painPoints", "recommend", "_class");
        assertThat(answer.get("_id")).as("a random id, not an ObjectId (which embeds a timestamp)")
                .isInstanceOf(String.class).isNotInstanceOf(ObjectId.class);
        assertThat(ObjectId.isValid(answer.getString("_id"))).isFalse();
        assertThat(allValues(answer)).doesNotContainAnyElementsOf(identifying);
        Date day = answer.getDate("day");
        ZonedDateTime stored = day.toInstant().atZone(ZoneId.systemDefault());
        assertThat(stored.toLocalTime().toSecondOfDay()).as("no time finer than the day").isZero();

        Document comment = mongo.findOne(Query.query(Criteria.where("waveId").is(wave.id().value())), Document.class,
                "comments");
        assertThat(comment).isNotNull();
        assertThat(comment.keySet()).isSubsetOf("_id", "waveId", "departmentId", "text", "_class");
        assertThat(allValues(comment)).doesNotContainAnyElementsOf(identifying).doesNotContain(answer.getString("_id"));

        // The participation says "done" and nothing else of the answer: no answer id, no time.
        assertThat(participation.keySet()).isSubsetOf("_id", "waveId", "employeeId", "departmentId",
                "teamId", "done", "reminded", "_class");
        assertThat(allValues(participation)).doesNotContain(answer.getString("_id"), comment.getString("_id"));
        assertThat(participation.getBoolean("done")).isTrue();
    }

    private static List<String> allValues(Object value) {
        List<String> out = new ArrayList<>();
        if (value instanceof Document d) {
            d.values().forEach(v -> out.addAll(allValues(v)));
        } else if (value instanceof List<?> l) {
            l.forEach(v -> out.addAll(allValues(v)));
        } else if (value != null) {
            out.add(String.valueOf(value));
        }
        return out;
    }
}
