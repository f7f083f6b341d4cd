package app.symetrie.barometer;

import static app.symetrie.barometer.BarometerFixture.as;
import static app.symetrie.barometer.BarometerFixture.campaign;
import static app.symetrie.barometer.BarometerFixture.complete;
import static app.symetrie.barometer.BarometerFixture.department;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.symetrie.barometer.internal.AnswerDocument;
import app.symetrie.common.Role;
import app.symetrie.organization.DepartmentKind;
import app.symetrie.organization.Employee;
import app.symetrie.organization.OrganizationService;
import app.symetrie.test.IntegrationTest;
import app.symetrie.test.TestClock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Decision 022: a wave closed by hand refuses answers at once but releases nothing for a short while, during which
 * the close can be undone; once released (results published) it can no longer be reopened.
 */
@IntegrationTest
@Import(TestClock.Config.class)
class UndoingACloseIT {

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
    void a_wave_closed_by_hand_refuses_answers_and_can_be_reopened_until_its_results_are_released() {
        List<Employee> people = department(organization, "Réouverture", DepartmentKind.SUPPORT, 8);
        LocalDate opening = LocalDate.of(2027, 1, 4);
        Campaign campaign = as(Role.LEAD, () -> campaigns.saveCampaign(
                campaign("Baromètre réouverture", opening, List.of(people.getFirst().departmentId()))));
        clock.setDay(opening);
        campaigns.advance(opening);
        Wave wave = campaigns.waves(campaign.id()).getFirst();
        Questionnaire q = questionnaires.version(wave.questionnaireVersion());
        Query ofWave = Query.query(Criteria.where("waveId").is(wave.id().value()));
        BarometerFixture.submitAs(people.get(0), barometer, wave.id(), complete(q, 4, null));

        Wave closed = as(Role.LEAD, () -> campaigns.scheduleClose(wave.id()));
        assertThat(closed.closeScheduled()).isTrue();
        assertThat(closed.reopenableUntil()).isEqualTo(clock.instant().plus(CampaignService.CLOSE_GRACE));
        assertThatThrownBy(() -> BarometerFixture.submitAs(people.get(1), barometer, wave.id(), complete(q, 3, null)))
                .hasMessage("barometer.error.closed");
        assertThatThrownBy(() -> as(Role.LEAD, () -> campaigns.scheduleClose(wave.id())))
                .hasMessage("error.wave.not-open");

        // The scheduled run within the grace releases nothing: the ballot stays sealed, no answer exists.
        campaigns.advance(opening);
        assertThat(campaigns.wave(wave.id()).orElseThrow().status()).isEqualTo(WaveStatus.OPEN);
        assertThat(mongo.count(ofWave, "ballots")).isEqualTo(1);
        assertThat(mongo.count(ofWave, AnswerDocument.class)).isZero();

        Wave reopened = as(Role.LEAD, () -> campaigns.reopen(wave.id()));
        assertThat(reopened.closeScheduled()).isFalse();
        assertThat(reopened.acceptsAnswersOn(opening)).isTrue();
        assertThat(reopened.closesOn()).isEqualTo(wave.closesOn());
        BarometerFixture.submitAs(people.get(1), barometer, wave.id(), complete(q, 3, null));
        assertThatThrownBy(() -> as(Role.LEAD, () -> campaigns.reopen(wave.id()))).hasMessage("error.wave.not-closed");

        // Closed again and left: past the grace it can no longer be undone, and the next run releases it.
        as(Role.LEAD, () -> campaigns.scheduleClose(wave.id()));
        clock.setDay(opening.plusDays(1));
        assertThatThrownBy(() -> as(Role.LEAD, () -> campaigns.reopen(wave.id())))
                .hasMessage("error.wave.reopen.released");
        campaigns.advance(opening.plusDays(1));
        Wave released = campaigns.wave(wave.id()).orElseThrow();
        assertThat(released.status()).isEqualTo(WaveStatus.CLOSED);
        assertThat(released.closesOn()).as("its last day is the day it was closed").isEqualTo(opening);
        assertThat(released.answered().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(2);
        assertThat(mongo.count(ofWave, "ballots")).isZero();
        assertThatThrownBy(() -> as(Role.LEAD, () -> campaigns.reopen(wave.id())))
                .hasMessage("error.wave.reopen.released");
    }

    @Test
    void a_campaign_on_people_already_in_an_open_wave_is_reported_as_overlapping_before_it_is_saved() {
        List<Employee> people = department(organization, "Chevauchement", DepartmentKind.FRONT_OFFICE, 6);
        LocalDate opening = LocalDate.of(2027, 2, 1);
        Campaign first = as(Role.LEAD, () -> campaigns.saveCampaign(
                campaign("Premier", opening, List.of(people.getFirst().departmentId()))));
        clock.setDay(opening);
        campaigns.advance(opening);

        Campaign same = campaign("Second", opening.plusDays(3), List.of(people.getFirst().departmentId()));
        Campaign later = campaign("Plus tard", opening.plusDays(60), List.of(people.getFirst().departmentId()));
        // (other tests' open waves may overlap too: only this one is looked at)
        assertThat(as(Role.LEAD, () -> campaigns.overlappingOpenWaves(same))).extracting(Wave::campaignId)
                .contains(first.id());
        assertThat(as(Role.LEAD, () -> campaigns.overlappingOpenWaves(later))).extracting(Wave::campaignId)
                .as("opens after it closes").doesNotContain(first.id());
        assertThat(as(Role.LEAD, () -> campaigns.overlappingOpenWaves(first))).extracting(Wave::campaignId)
                .as("not with itself").doesNotContain(first.id());
        assertThat(as(Role.LEAD, () -> campaigns.inviteesNow(first.id()))).isEqualTo(6);
    }
}
