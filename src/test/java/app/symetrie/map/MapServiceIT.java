package app.symetrie.map;

import static app.symetrie.barometer.BarometerFixture.as;
import static app.symetrie.barometer.BarometerFixture.campaign;
import static app.symetrie.barometer.BarometerFixture.complete;
import static app.symetrie.barometer.BarometerFixture.department;
import static app.symetrie.barometer.BarometerFixture.submitAs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import app.symetrie.barometer.AnswerForm;
import app.symetrie.barometer.BarometerService;
import app.symetrie.barometer.Campaign;
import app.symetrie.barometer.CampaignService;
import app.symetrie.barometer.CatalogItem;
import app.symetrie.barometer.Dimension;
import app.symetrie.barometer.Questionnaire;
import app.symetrie.barometer.QuestionnaireService;
import app.symetrie.barometer.Wave;
import app.symetrie.common.Role;
import app.symetrie.common.UserFacingException;
import app.symetrie.map.SatisfactionMap.Row;
import app.symetrie.map.SatisfactionMap.Verdict;
import app.symetrie.map.internal.PredictionReminderDocument;
import app.symetrie.organization.DepartmentId;
import app.symetrie.organization.DepartmentKind;
import app.symetrie.organization.Employee;
import app.symetrie.organization.OrganizationService;
import app.symetrie.privacy.PrivacyService;
import app.symetrie.test.IntegrationTest;
import app.symetrie.test.TestClock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.access.AccessDeniedException;

/**
 * A manager predicts while the wave is open, the wave closes (fixed clock), and the map sets the prediction beside
 * the answers with hand-checked gaps; the prediction is locked after the close; a department under k shows no map;
 * the map reaches the team unless the campaign keeps it to management; one reminder per manager who has not predicted.
 */
@IntegrationTest
@Import(TestClock.Config.class)
class MapServiceIT {

    @Autowired
    PredictionService predictions;
    @Autowired
    MapService maps;
    @Autowired
    OrganizationService organization;
    @Autowired
    CampaignService campaigns;
    @Autowired
    BarometerService barometer;
    @Autowired
    QuestionnaireService questionnaires;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    TestClock clock;
    @Autowired
    PrivacyService privacy;

    List<Employee> compta;
    List<Employee> small;
    Employee manager;
    Employee silentManager;
    Employee smallManager;
    DepartmentId comptaId;
    DepartmentId smallId;
    Questionnaire q;

    @BeforeEach
    void organization() {
        clock.setDay(LocalDate.of(2027, 1, 11));
        String suffix = Long.toString(System.nanoTime() % 10_000_000).chars()
                .mapToObj(ch -> String.valueOf((char) ('a' + ch - '0'))).reduce("", String::concat);
        compta = department(organization, "Map Compta " + suffix, DepartmentKind.SUPPORT, 6);
        small = department(organization, "Map Petit " + suffix, DepartmentKind.FRONT_OFFICE, 3);
        manager = asManager(compta.get(0));
        silentManager = asManager(compta.get(1));
        smallManager = asManager(small.get(0));
        comptaId = manager.departmentId();
        smallId = smallManager.departmentId();
        q = questionnaires.current();
    }

    private Employee asManager(Employee e) {
        return as(Role.ADMIN, () -> organization.saveEmployee(new Employee(e.id(), e.firstName(), e.lastName(),
                e.email(), e.departmentId(), e.teamId(), true, Locale.FRENCH, null, true)));
    }

    private Prediction prediction(int dimensions, Map<String, Integer> overrides, int moments) {
        Map<String, Integer> dims = new HashMap<>();
        q.dimensions().forEach(d -> dims.put(d.code(), overrides.getOrDefault(d.code(), dimensions)));
        Map<String, Integer> rated = new HashMap<>();
        q.moments().forEach(m -> rated.put(m.code(), moments));
        return new Prediction(dims, Set.of(q.painPoints().get(1).code()), rated);
    }

    private static AnswerForm withMoments(AnswerForm form, Map<String, Integer> moments) {
        return form.withMoments(moments);
    }

    private Wave open(LocalDate opening, List<DepartmentId> targets) {
        Campaign c = as(Role.LEAD, () -> campaigns.saveCampaign(campaign("Carte " + targets.getFirst().value(),
                opening, targets)));
        clock.setDay(opening);
        campaigns.advance(opening);
        return campaigns.waves(c.id()).getFirst();
    }

    @Test
    void the_manager_predicts_the_wave_closes_and_the_map_shows_the_hand_checked_gaps_to_them_and_their_team() {
        Wave wave = open(LocalDate.of(2033, 3, 7), List.of(comptaId));
        String first = q.dimensions().get(0).code();
        String second = q.dimensions().get(1).code();
        String arrival = q.moments().get(0).code();
        String askingIt = q.moments().get(2).code();

        assertThat(as(manager, Role.MANAGER, predictions::targets))
                .anySatisfy(t -> assertThat(t.department()).isEqualTo(comptaId));
        as(manager, Role.MANAGER, () -> {
            predictions.save(wave.id(), comptaId, prediction(4, Map.of(first, 5, second, 1), 4));
            return null;
        });
        // Not someone else's department, and not the company unless a lead.
        assertThatThrownBy(() -> as(manager, Role.MANAGER, () -> {
            predictions.save(wave.id(), smallId, prediction(4, Map.of(), 4));
            return null;
        })).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(manager, Role.MANAGER, () -> {
            predictions.save(wave.id(), null, prediction(4, Map.of(), 4));
            return null;
        })).isInstanceOf(AccessDeniedException.class);

        // Three answers of 2 and three of 4 on every statement; "arrival" rated 1, 1, 2, 2, 3, 3; "asking IT" by 4.
        int[] arrivals = {1, 1, 2, 2, 3, 3};
        for (int i = 0; i < 6; i++) {
            Map<String, Integer> moments = new HashMap<>();
            moments.put(arrival, arrivals[i]);
            if (i < 4) {
                moments.put(askingIt, 5);
            }
            submitAs(compta.get(i), barometer, wave.id(), withMoments(complete(q, i < 3 ? 2 : 4, null), moments));
        }
        Query ofWave = Query.query(Criteria.where("waveId").is(wave.id().value()));
        assertThat(mongo.count(ofWave, "moment_rollups")).as("nothing rolled up while the wave is open").isZero();
        as(Role.LEAD, () -> campaigns.closeNow(wave.id()));
        List<org.bson.Document> rollups = mongo.find(ofWave, org.bson.Document.class, "moment_rollups");
        assertThat(rollups).isNotEmpty().allSatisfy(r -> assertThat(r.getList("stats", org.bson.Document.class))
                .allSatisfy(stat -> {
                    assertThat(((Number) stat.get("n")).longValue()).as("every stored moment covers k ratings")
                            .isGreaterThanOrEqualTo(5);
                    assertThat(stat.getString("code")).as("a moment rated by 4 is not stored").isNotEqualTo(askingIt);
                }));

        assertThatThrownBy(() -> as(manager, Role.MANAGER, () -> {
            predictions.save(wave.id(), comptaId, prediction(3, Map.of(), 3));
            return null;
        })).isInstanceOf(UserFacingException.class).hasMessageContaining("map.error.locked");

        SatisfactionMap map = as(manager, Role.MANAGER, () -> maps.map(wave.id(), comptaId, Locale.ENGLISH))
                .orElseThrow();
        assertThat(map.visible()).isTrue();
        assertThat(map.n()).isEqualTo(6);
        // Per respondent 2 or 4: mean 3, s² = 6 / 5 = 1.2, se = √(1.2 / 6) = 0.447214, t(0.975; 5) = 2.570582,
        // margin 1.149600: the interval is 1.850400–4.149600.
        Row top = map.dimensions().getFirst();
        assertThat(top.code()).isEqualTo(first);
        assertThat(top.predicted()).isEqualTo(5.0);
        assertThat(top.employees()).isCloseTo(3.0, within(1e-9));
        assertThat(top.low()).isCloseTo(1.850400, within(1e-5));
        assertThat(top.high()).isCloseTo(4.149600, within(1e-5));
        assertThat(top.gap()).isCloseTo(2.0, within(1e-9));
        assertThat(top.verdict()).isEqualTo(Verdict.BLIND_SPOT);
        Row bottom = map.dimensions().getLast();
        assertThat(bottom.code()).isEqualTo(second);
        assertThat(bottom.gap()).isCloseTo(-2.0, within(1e-9));
        assertThat(bottom.verdict()).isEqualTo(Verdict.HIDDEN_STRENGTH);
        assertThat(map.dimensions().subList(1, map.dimensions().size() - 1))
                .allSatisfy(r -> assertThat(r.verdict()).isEqualTo(Verdict.IN_LINE));
        // "arrival": sum 12, sum of squares 28, mean 2, s² = (28 − 24) / 5 = 0.8, se = 0.365148, margin 0.938643.
        Row arrivalRow = map.moments().stream().filter(r -> r.code().equals(arrival)).findFirst().orElseThrow();
        assertThat(arrivalRow.employees()).isCloseTo(2.0, within(1e-9));
        assertThat(arrivalRow.high()).isCloseTo(2.938643, within(1e-5));
        assertThat(arrivalRow.gap()).isCloseTo(2.0, within(1e-9));
        assertThat(arrivalRow.verdict()).isEqualTo(Verdict.BLIND_SPOT);
        assertThat(arrivalRow.n()).isEqualTo(6);
        assertThat(map.moments().stream().filter(r -> r.code().equals(askingIt)).findFirst().orElseThrow().verdict())
                .as("rated by 4, under k = 5: no employees' figure").isEqualTo(Verdict.NOT_ENOUGH_ANSWERS);
        // Everyone ticked the first pain point; the manager expected the second, which nobody ticked.
        assertThat(map.pains().getFirst().code()).isEqualTo(q.painPoints().getFirst().code());
        assertThat(map.pains().getFirst().verdict()).isEqualTo(Verdict.BLIND_SPOT);
        assertThat(map.pains().getFirst().prevalence()).isEqualTo(1.0);
        assertThat(map.predictors()).containsExactly(manager.fullName());
        assertThat(map.missing()).containsExactly(silentManager.firstName() + " " + silentManager.lastName());

        // The team reads it (published by default), large gap or not; another department does not.
        assertThat(as(compta.get(4), () -> maps.map(wave.id(), comptaId, Locale.FRENCH))).isPresent();
        assertThatThrownBy(() -> as(small.get(1), () -> maps.map(wave.id(), comptaId, Locale.FRENCH)))
                .isInstanceOf(AccessDeniedException.class);
        // A lead keeps the campaign's maps to management: the team no longer reads it, the manager still does.
        as(Role.LEAD, () -> {
            maps.setPublishedToEmployees(wave.campaignId(), false);
            return null;
        });
        assertThat(as(compta.get(4), () -> maps.map(wave.id(), comptaId, Locale.FRENCH))).isEmpty();
        assertThat(as(manager, Role.MANAGER, () -> maps.map(wave.id(), comptaId, Locale.FRENCH))).isPresent();
    }

    @Test
    void a_moment_few_people_of_one_department_rated_cannot_be_read_by_subtracting_the_company_and_the_others() {
        List<Employee> others = department(organization, "Map Autres " + comptaId.value(), DepartmentKind.FRONT_OFFICE,
                7);
        DepartmentId othersId = others.getFirst().departmentId();
        Wave wave = open(LocalDate.of(2036, 3, 3), List.of(comptaId, othersId));
        String arrival = q.moments().getFirst().code();
        // Compta: all 6 rate "arrival" 4. The other department: 7 answers (published), 2 of them rate it 1.
        compta.forEach(e -> submitAs(e, barometer, wave.id(), withMoments(complete(q, 3, null), Map.of(arrival, 4))));
        for (int i = 0; i < others.size(); i++) {
            submitAs(others.get(i), barometer, wave.id(), withMoments(complete(q, 3, null),
                    i < 2 ? Map.of(arrival, 1) : Map.of()));
        }
        as(Role.LEAD, () -> campaigns.closeNow(wave.id()));

        Employee lead = compta.get(5);
        SatisfactionMap company = as(lead, Role.LEAD, () -> maps.map(wave.id(), null, Locale.ENGLISH))
                .orElseThrow();
        Row companyArrival = company.moments().stream().filter(r -> r.code().equals(arrival)).findFirst()
                .orElseThrow();
        // The company's 8 ratings (6 × 4 + 2 × 1) are shown: mean 26 / 8 = 3.25.
        assertThat(companyArrival.n()).isEqualTo(8);
        assertThat(companyArrival.employees()).isCloseTo(3.25, within(1e-9));
        // Compta's 6 would leave 8 − 6 = 2 ratings — the other department's two — by subtraction: its moment is
        // hidden, though Compta's own answers are published and each of its people rated the moment.
        SatisfactionMap comptaMap = as(manager, Role.MANAGER, () -> maps.map(wave.id(), comptaId,
                Locale.ENGLISH)).orElseThrow();
        assertThat(comptaMap.visible()).isTrue();
        assertThat(comptaMap.n()).isEqualTo(6);
        assertThat(comptaMap.moments().stream().filter(r -> r.code().equals(arrival)).findFirst().orElseThrow()
                .verdict()).isEqualTo(Verdict.NOT_ENOUGH_ANSWERS);
    }

    @Test
    void below_the_threshold_the_map_shows_no_figure_no_gap_and_no_prediction() {
        Wave wave = open(LocalDate.of(2034, 3, 6), List.of(smallId));
        as(smallManager, Role.MANAGER, () -> {
            predictions.save(wave.id(), smallId, prediction(4, Map.of(), 4));
            return null;
        });
        small.forEach(e -> submitAs(e, barometer, wave.id(), withMoments(complete(q, 2, null),
                Map.of(q.moments().getFirst().code(), 1))));
        as(Role.LEAD, () -> campaigns.closeNow(wave.id()));

        SatisfactionMap map = as(smallManager, Role.MANAGER, () -> maps.map(wave.id(), smallId, Locale.FRENCH))
                .orElseThrow();
        assertThat(map.visible()).isFalse();
        assertThat(map.n()).isZero();
        assertThat(map.dimensions()).isEmpty();
        assertThat(map.moments()).isEmpty();
        assertThat(map.pains()).isEmpty();
        assertThat(as(small.get(2), () -> maps.map(wave.id(), smallId, Locale.FRENCH)).orElseThrow().visible())
                .isFalse();
    }

    @Test
    void managers_who_have_not_predicted_get_one_reminder_before_the_close_and_a_lead_sees_who_they_are() {
        Wave wave = open(LocalDate.of(2035, 3, 5), List.of(comptaId));
        as(manager, Role.MANAGER, () -> {
            predictions.save(wave.id(), comptaId, prediction(4, Map.of(), 4));
            return null;
        });
        assertThat(as(Role.LEAD, () -> predictions.missingInOpenWave(wave.id())))
                .containsEntry(organization.department(comptaId).orElseThrow().name(),
                        List.of(silentManager.firstName() + " " + silentManager.lastName()));

        predictions.remind(wave.opensOn().plusDays(1));
        assertThat(reminders(wave)).as("too early: more than three days before the close").isZero();
        LocalDate near = wave.closesOn().minusDays(2);
        clock.setDay(near);
        predictions.remind(near);
        predictions.remind(near);
        assertThat(reminders(wave)).as("one reminder, to the manager who has not predicted").isEqualTo(1);
        assertThat(mongo.exists(Query.query(Criteria.where("_id").is(wave.id().value() + "|"
                + silentManager.id().value())), PredictionReminderDocument.class)).isTrue();

        // A prediction names its author: it is exported with the person's data, and erased with them.
        PrivacyService.Export export = as(Role.ADMIN, () -> privacy.export(manager.email()));
        assertThat(export.data().get("predictions")).hasSize(1);
        assertThat(as(Role.ADMIN, () -> privacy.export(silentManager.email())).data().get("predictions"))
                .as("the reminder sent to them").hasSize(1);
        as(Role.ADMIN, () -> privacy.erase(manager.email()));
        assertThat(mongo.count(Query.query(Criteria.where("waveId").is(wave.id().value())), "predictions")).isZero();
    }

    private long reminders(Wave wave) {
        return mongo.count(Query.query(Criteria.where("waveId").is(wave.id().value())),
                PredictionReminderDocument.class);
    }

    @Test
    void the_questionnaire_offers_the_default_journey_moments_and_the_survey_refuses_an_unknown_one() {
        assertThat(q.moments()).extracting(CatalogItem::code).contains("arrival", "access_rights", "asking_it",
                "new_tool_learning", "remote_work", "tool_rollout");
        Wave wave = open(LocalDate.of(2036, 3, 3), List.of(comptaId));
        assertThatThrownBy(() -> submitAs(compta.get(5), barometer, wave.id(), withMoments(complete(q, 3, null),
                Map.of("made_up", 3)))).isInstanceOf(UserFacingException.class);
        assertThat(q.dimensions()).extracting(Dimension::code).isNotEmpty();
    }
}
