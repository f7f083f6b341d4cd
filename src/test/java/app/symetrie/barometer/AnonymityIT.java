package app.symetrie.barometer;

import static app.symetrie.barometer.BarometerFixture.as;
import static app.symetrie.barometer.BarometerFixture.campaign;
import static app.symetrie.barometer.BarometerFixture.complete;
import static app.symetrie.barometer.BarometerFixture.submitAs;
import static org.assertj.core.api.Assertions.assertThat;

import app.symetrie.common.Email;
import app.symetrie.common.Role;
import app.symetrie.organization.Department;
import app.symetrie.organization.DepartmentId;
import app.symetrie.organization.DepartmentKind;
import app.symetrie.organization.Employee;
import app.symetrie.organization.EmployeeId;
import app.symetrie.organization.OrganizationService;
import app.symetrie.organization.Team;
import app.symetrie.organization.TeamId;
import app.symetrie.test.IntegrationTest;
import app.symetrie.test.TestClock;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.bson.Document;
import org.bson.types.Binary;
import org.bson.types.ObjectId;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * The anonymity promise checked on what is really stored (docs/ANONYMITY.md): while a wave is open its answers are
 * sealed ballots of one length; once it is closed, no stored answer, comment, rollup or participation narrows an
 * answer below k — here with a one-person team, a three-person team and a department of six with two respondents.
 */
@IntegrationTest
@Import(TestClock.Config.class)
class AnonymityIT {

    static final int K = AnonymityThresholds.DEFAULT.k();

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

    private List<Employee> people(Department department, @Nullable Team team, int size, String prefix) {
        return as(Role.ADMIN, () -> {
            List<Employee> people = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                people.add(organization.saveEmployee(new Employee(EmployeeId.random(), "P" + i, "Person " + prefix,
                        new Email(prefix + i + "@anonymity.example"), department.id(),
                        team == null ? null : team.id(), false, Locale.FRENCH)));
            }
            return people;
        });
    }

    private Department department(String name, DepartmentKind kind) {
        return as(Role.ADMIN, () -> organization.saveDepartment(new Department(DepartmentId.random(), name, kind,
                null)));
    }

    private Team team(Department department, String name) {
        return as(Role.ADMIN, () -> organization.saveTeam(new Team(TeamId.random(), department.id(), name)));
    }

    @Test
    void nothing_stored_narrows_an_answer_below_k_once_the_wave_is_closed() {
        // Atelier (support): a team of one, a team of three, a team of six; Boutique (front): six people, two answer;
        // Plateau (front): eight people, all answer.
        Department atelier = department("Atelier", DepartmentKind.SUPPORT);
        Department boutique = department("Boutique", DepartmentKind.FRONT_OFFICE);
        Department plateau = department("Plateau", DepartmentKind.FRONT_OFFICE);
        List<Employee> solo = people(atelier, team(atelier, "Solo"), 1, "solo");
        List<Employee> trio = people(atelier, team(atelier, "Trio"), 3, "trio");
        List<Employee> six = people(atelier, team(atelier, "Six"), 6, "six");
        List<Employee> shop = people(boutique, null, 6, "shop");
        List<Employee> floor = people(plateau, null, 8, "floor");
        LocalDate opening = LocalDate.of(2026, 3, 2);
        Campaign c = as(Role.LEAD, () -> campaigns.saveCampaign(campaign("Anonymat", opening,
                List.of(atelier.id(), boutique.id(), plateau.id()))));
        clock.setDay(opening.plusDays(1));
        campaigns.advance(opening.plusDays(1));
        Wave wave = campaigns.waves(c.id()).getFirst();
        Questionnaire q = questionnaires.version(wave.questionnaireVersion());

        List<Employee> respondents = new ArrayList<>();
        respondents.addAll(solo);
        respondents.addAll(trio);
        respondents.addAll(six);
        respondents.addAll(shop.subList(0, 2));
        respondents.addAll(floor);
        Map<String, Employee> byMarker = new HashMap<>();
        for (int i = 0; i < respondents.size(); i++) {
            String marker = "Commentaire-" + i + "-" + respondents.get(i).lastName().replace(' ', '-');
            byMarker.put(marker, respondents.get(i));
            submitAs(respondents.get(i), barometer, wave.id(), complete(q, 1 + i % 5, marker));
        }
        Query ofWave = Query.query(Criteria.where("waveId").is(wave.id().value()));

        // Open: nothing readable — no answer, comment or rollup; ballots all of one length, without the comment.
        assertThat(mongo.count(ofWave, "answers")).isZero();
        assertThat(mongo.count(ofWave, "comments")).isZero();
        assertThat(mongo.count(ofWave, "rollups")).isZero();
        List<Document> ballots = mongo.find(ofWave, Document.class, "ballots");
        assertThat(ballots).hasSize(respondents.size());
        Set<Integer> lengths = new HashSet<>();
        for (Document ballot : ballots) {
            assertThat(ballot.keySet()).isSubsetOf("_id", "waveId", "sealed", "released", "_class");
            byte[] sealed = ballot.get("sealed", Binary.class).getData();
            lengths.add(sealed.length);
            String raw = new String(sealed, StandardCharsets.ISO_8859_1);
            byMarker.keySet().forEach(marker -> assertThat(raw).doesNotContain(marker));
        }
        assertThat(lengths).as("one length for every ballot, whatever its comment").hasSize(1);

        as(Role.LEAD, () -> campaigns.closeNow(wave.id()));

        // Closed: who answered is kept as counts per department only.
        assertThat(mongo.count(ofWave, "participations")).isZero();
        assertThat(mongo.count(ofWave, "ballots")).isZero();
        Wave closed = campaigns.wave(wave.id()).orElseThrow();
        assertThat(closed.status()).isEqualTo(WaveStatus.CLOSED);
        assertThat(closed.answered()).containsEntry(atelier.id().value(), 10)
                .containsEntry(boutique.id().value(), 2).containsEntry(plateau.id().value(), 8);

        List<Document> answers = mongo.find(ofWave, Document.class, "answers");
        assertThat(answers).hasSize(respondents.size());
        Map<List<String>, Integer> classes = new HashMap<>();
        Set<String> identifying = new HashSet<>();
        respondents.forEach(e -> {
            identifying.add(e.id().value());
            identifying.add(e.email().value());
        });
        for (Document answer : answers) {
            assertThat(answer.keySet()).as("only these fields, ever").isSubsetOf("_id", "waveId", "kind",
                    "departmentId", "teamId", "questionnaireVersion", "scores", "tools", "painPoints", "recommend",
                    "moments", "_class");
            assertThat(ObjectId.isValid(answer.getString("_id"))).as("a random id, not a dated ObjectId").isFalse();
            assertThat(allValues(answer)).doesNotContainAnyElementsOf(identifying);
            classes.merge(labels(answer), 1, Integer::sum);
        }
        assertThat(classes).as("every combination of units an answer names is shared by at least k answers")
                .allSatisfy((labels, count) -> assertThat(count).as(labels.toString()).isGreaterThanOrEqualTo(K));
        Set<String> named = new HashSet<>();
        answers.forEach(a -> named.addAll(labels(a).stream().filter(Objects::nonNull).toList()));
        assertThat(named).as("Atelier (10) and both kinds (10 each) are named")
                .containsExactlyInAnyOrder(atelier.id().value(), DepartmentKind.SUPPORT.name(),
                        DepartmentKind.FRONT_OFFICE.name());
        // Not named: Solo and Trio (under k); Six, which would leave Solo and Trio's 4 as Atelier's rest; Boutique
        // (2); and Plateau (8), which would leave Boutique's 2 as the front office's rest.

        List<Document> comments = mongo.find(ofWave, Document.class, "comments");
        assertThat(comments).hasSize(respondents.size());
        for (Document comment : comments) {
            assertThat(comment.keySet()).isSubsetOf("_id", "waveId", "kind", "departmentId", "text", "_class");
            assertThat(allValues(comment)).doesNotContainAnyElementsOf(identifying);
            List<String> unit = labels(comment);
            int shared = classes.entrySet().stream().filter(e -> e.getKey().get(0) == null ? unit.get(0) == null
                            : e.getKey().get(0).equals(unit.get(0)))
                    .filter(e -> Objects.equals(e.getKey().get(1), unit.get(1)))
                    .mapToInt(Map.Entry::getValue).sum();
            assertThat(shared).as("a comment's units are those of at least k answers").isGreaterThanOrEqualTo(K);
        }
        for (Document rollup : mongo.find(ofWave, Document.class, "rollups")) {
            assertThat(rollup.getInteger("n")).as(rollup.getString("_id")).isGreaterThanOrEqualTo(K);
        }
    }

    private static List<String> labels(Document d) {
        List<String> labels = new ArrayList<>();
        labels.add(d.getString("kind"));
        labels.add(d.getString("departmentId"));
        labels.add(d.getString("teamId"));
        return labels;
    }

    static List<String> allValues(Object value) {
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
