package app.symetrie.board;

import static app.symetrie.barometer.BarometerFixture.as;
import static org.assertj.core.api.Assertions.assertThat;

import app.symetrie.audit.AuditEntry;
import app.symetrie.audit.AuditLog;
import app.symetrie.barometer.BarometerFixture;
import app.symetrie.barometer.BarometerService;
import app.symetrie.barometer.Campaign;
import app.symetrie.barometer.CampaignService;
import app.symetrie.barometer.Questionnaire;
import app.symetrie.barometer.QuestionnaireService;
import app.symetrie.barometer.Wave;
import app.symetrie.board.internal.BoardFiguresStore;
import app.symetrie.board.internal.RollupKeys;
import app.symetrie.board.internal.RollupStore;
import app.symetrie.common.Role;
import app.symetrie.organization.DepartmentKind;
import app.symetrie.organization.Employee;
import app.symetrie.organization.OrganizationService;
import app.symetrie.test.Added;
import app.symetrie.test.IntegrationTest;
import app.symetrie.test.TestClock;
import java.time.LocalDate;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/** A closed wave of its own (6 answers in "FRI Recette", k = 5) whose rollups are damaged, then reconciled. */
@IntegrationTest
@Import(TestClock.Config.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FiguresReconciliationIT {

    @Autowired
    CampaignService campaigns;
    @Autowired
    BarometerService barometer;
    @Autowired
    QuestionnaireService questionnaires;
    @Autowired
    OrganizationService organization;
    @Autowired
    FiguresReconciliation reconciliation;
    @Autowired
    RollupStore rollups;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    AuditLog audit;
    @Autowired
    ClosedWaveFigures figures;
    @Autowired
    TestClock clock;

    Wave wave;
    String departmentId;

    @BeforeAll
    void closedWave() {
        List<Employee> people = BarometerFixture.department(organization, "FRI Recette", DepartmentKind.SUPPORT, 6);
        departmentId = people.getFirst().departmentId().value();
        LocalDate opening = LocalDate.of(2034, 2, 6);
        Campaign campaign = as(Role.LEAD, () -> campaigns.saveCampaign(
                BarometerFixture.campaign("FRI", opening, List.of(people.getFirst().departmentId()))));
        clock.setDay(opening);
        campaigns.advance(opening);
        wave = campaigns.waves(campaign.id()).getFirst();
        as(Role.LEAD, () -> campaigns.saveCampaign(new Campaign(campaign.id(), campaign.name(), campaign.cadence(),
                campaign.firstOpening(), campaign.waveLengthDays(), campaign.targetDepartments(),
                campaign.reminderDays(), campaign.thresholds(), false)));
        Questionnaire q = questionnaires.version(wave.questionnaireVersion());
        people.forEach(e -> BarometerFixture.submitAs(e, barometer, wave.id(), BarometerFixture.complete(q, 4, "")));
        as(Role.LEAD, () -> campaigns.closeNow(wave.id()));
    }

    private List<Document> stored() {
        return rollups.raw(wave.id()).stream()
                .sorted(java.util.Comparator.comparing(d -> String.valueOf(d.get("_id")))).toList();
    }

    private List<AuditEntry> reconciledEntries() {
        return as(Role.ADMIN, () -> audit.latest(500)).stream()
                .filter(e -> e.action().equals("figures.reconciled") && e.detail().contains(wave.id().value()))
                .toList();
    }

    @Test
    void aDamagedRollupIsRebuiltFromTheAnswersAndAudited() {
        List<Document> right = stored();
        Added<AuditEntry> audited = Added.since(this::reconciledEntries);
        String departmentRollup = RollupKeys.id(wave.id().value(), UnitType.DEPARTMENT.name(), departmentId);
        String companyRollup = RollupKeys.id(wave.id().value(), UnitType.COMPANY.name(), RollupKeys.COMPANY);
        mongo.updateFirst(Query.query(Criteria.where("_id").is(departmentRollup)), new Update().inc("n", -1),
                RollupKeys.COLLECTION);
        mongo.remove(Query.query(Criteria.where("_id").is(companyRollup)), RollupKeys.COLLECTION);
        assertThat(stored()).isNotEqualTo(right);

        assertThat(reconciliation.reconcile()).contains(wave.id());

        assertThat(stored()).isEqualTo(right);
        assertThat(rollups.find(wave.id(), UnitType.DEPARTMENT, departmentId).orElseThrow().n()).isEqualTo(6);
        assertThat(rollups.find(wave.id(), UnitType.COMPANY, RollupKeys.COMPANY).orElseThrow().n()).isEqualTo(6);
        assertThat(audited.now()).singleElement().satisfies(e -> {
            assertThat(e.detail()).contains("FRI", "2 rollups rebuilt from 6 answers");
            assertThat(e.actor()).isEqualTo("system");
        });
    }

    @Test
    void nothingChangesWhenTheRollupsCountTheAnswers() {
        reconciliation.reconcile(); // whatever other tests left, this wave starts right
        List<Document> right = stored();
        Added<AuditEntry> audited = Added.since(this::reconciledEntries);

        assertThat(reconciliation.reconcile()).doesNotContain(wave.id());

        assertThat(stored()).isEqualTo(right);
        assertThat(audited.now()).as("nothing to say, nothing audited").isEmpty();
    }

    @Test
    void boardFiguresMadeFromOtherRollupsAreMadeAgainFromTheStoredOnes() {
        reconciliation.reconcile(); // whatever other tests left, this wave starts right
        Added<AuditEntry> audited = Added.since(this::reconciledEntries);
        String references = wave.id().value() + "|references";
        mongo.updateFirst(Query.query(Criteria.where("_id").is(references)), new Update().set("company.n", 99),
                BoardFiguresStore.COLLECTION);
        assertThat(figures.countLikeRollups(wave)).isFalse();

        assertThat(reconciliation.reconcile()).as("the rollups themselves were right").doesNotContain(wave.id());

        assertThat(figures.countLikeRollups(wave)).isTrue();
        assertThat(figures.references(List.of(wave)).get(wave.id()).company().n()).isEqualTo(6);
        // entries of one test share the test clock's instant: found as what this reconciliation added
        assertThat(audited.now()).singleElement()
                .satisfies(e -> assertThat(e.detail()).contains("FRI", "board figures made again"));
    }
}
