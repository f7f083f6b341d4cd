package app.symetrie.action;

import static app.symetrie.barometer.BarometerFixture.as;
import static app.symetrie.barometer.BarometerFixture.campaign;
import static app.symetrie.barometer.BarometerFixture.complete;
import static app.symetrie.barometer.BarometerFixture.department;
import static app.symetrie.barometer.BarometerFixture.submitAs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import app.symetrie.action.internal.ContributionQuota;
import app.symetrie.barometer.AnswerForm;
import app.symetrie.barometer.BarometerService;
import app.symetrie.barometer.Campaign;
import app.symetrie.barometer.CampaignService;
import app.symetrie.barometer.Questionnaire;
import app.symetrie.barometer.QuestionnaireService;
import app.symetrie.barometer.Wave;
import app.symetrie.barometer.WaveId;
import app.symetrie.board.IndicatorFigures;
import app.symetrie.common.Role;
import app.symetrie.common.UserFacingException;
import app.symetrie.organization.DepartmentId;
import app.symetrie.organization.DepartmentKind;
import app.symetrie.organization.Employee;
import app.symetrie.organization.OrganizationService;
import app.symetrie.test.IntegrationTest;
import app.symetrie.test.TestClock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * The action plans' rules on a real store: who may do what, one +1 per person, unattributed proposals and comments
 * with a daily limit, optimistic locking, and the measured effect on hand-computed figures that respect the
 * anonymity threshold.
 */
@IntegrationTest
@Import(TestClock.Config.class)
class ActionServiceIT {

    @Autowired
    ActionService service;
    @Autowired
    OrganizationService organization;
    @Autowired
    CampaignService campaigns;
    @Autowired
    BarometerService barometer;
    @Autowired
    QuestionnaireService questionnaires;
    @Autowired
    ContributionQuota quota;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    TestClock clock;

    List<Employee> compta;
    List<Employee> ventes;
    DepartmentId comptaId;

    @BeforeEach
    void departments() {
        clock.setDay(LocalDate.of(2027, 1, 11));
        // Letters only: the fixture makes e-mails from the name's letters.
        String suffix = Long.toString(System.nanoTime() % 10_000_000).chars()
                .mapToObj(ch -> String.valueOf((char) ('a' + ch - '0'))).reduce("", String::concat);
        compta = department(organization, "Act Compta " + suffix, DepartmentKind.SUPPORT, 6);
        ventes = department(organization, "Act Ventes " + suffix, DepartmentKind.FRONT_OFFICE, 6);
        comptaId = compta.getFirst().departmentId();
    }

    Employee manager() {
        return compta.getFirst();
    }

    static ActionDraft draft(String title, Visibility visibility, Target target) {
        return new ActionDraft(title, "Pourquoi et comment.", target, List.of(), null, null, 0, visibility, List.of(),
                List.of());
    }

    static Target pain(String code) {
        return new Target(TargetKind.PAIN_POINT, code);
    }

    String firstPain() {
        return questionnaires.current().painPoints().getFirst().code();
    }

    @Test
    void a_manager_plans_their_own_department_only_and_people_see_what_is_shared_with_them() {
        Action team = as(manager(), Role.MANAGER, () -> service.create(comptaId,
                draft("Moins de double saisie", Visibility.TEAM, pain(firstPain()))));
        Action shared = as(manager(), Role.MANAGER, () -> service.create(comptaId,
                draft("Nouveaux écrans", Visibility.COMPANY, pain(firstPain()))));
        assertThat(team.status()).isEqualTo(ActionStatus.PLANNED);
        assertThat(team.canModerate()).isTrue();

        DepartmentId ventesId = ventes.getFirst().departmentId();
        assertThatThrownBy(() -> as(manager(), Role.MANAGER, () -> service.create(ventesId,
                draft("Chez les autres", Visibility.TEAM, null)))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(compta.get(1), () -> service.create(comptaId,
                draft("Sans être manager", Visibility.TEAM, null)))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(manager(), Role.MANAGER, () -> service.create(null,
                draft("Pour toute l’entreprise", Visibility.TEAM, null)))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(manager(), Role.MANAGER, () -> service.create(comptaId,
                draft("Cible inconnue", Visibility.TEAM, pain("no_such_pain")))))
                .isInstanceOf(UserFacingException.class).hasMessage("action.error.target.unknown");
        assertThatThrownBy(() -> as(manager(), Role.MANAGER, () -> service.create(comptaId,
                draft("Moment inconnu", Visibility.TEAM, new Target(TargetKind.JOURNEY_MOMENT, "no_such_moment")))))
                .isInstanceOf(UserFacingException.class).hasMessage("action.error.target.unknown");

        // The department's people see both; someone of another department only the one shared with the company.
        assertThat(as(compta.get(2), () -> service.plan(comptaId))).extracting(Action::title)
                .containsExactlyInAnyOrder("Moins de double saisie", "Nouveaux écrans");
        assertThat(as(ventes.get(1), () -> service.plan(comptaId))).extracting(Action::title)
                .containsExactly("Nouveaux écrans");
        assertThat(as(ventes.get(1), () -> service.action(team.id()))).isEmpty();
        assertThatThrownBy(() -> as(ventes.get(1), () -> service.comments(team.id())))
                .hasMessage("action.error.unknown");
        assertThat(as(ventes.get(1), () -> service.sharedByOthers())).extracting(Action::id).contains(shared.id())
                .doesNotContain(team.id());

        // A lead plans for the company: visible to everyone, whatever was asked.
        Action company = as(Role.LEAD, () -> service.create(null, draft("Droit à la déconnexion", Visibility.TEAM,
                null)));
        assertThat(company.visibility()).isEqualTo(Visibility.COMPANY);
        assertThat(as(ventes.get(3), () -> service.plan(null))).extracting(Action::id).contains(company.id());
    }

    @Test
    void an_employee_proposes_without_a_trace_of_who_and_the_manager_accepts_or_rejects() {
        Employee camille = compta.get(1);
        Action proposed = as(camille, () -> service.propose(new Proposal("Un second écran",
                "Pour la clôture.", pain(firstPain()))));
        assertThat(proposed.status()).isEqualTo(ActionStatus.PROPOSED);
        assertThat(proposed.proposed()).isTrue();
        assertThat(proposed.departmentId()).isEqualTo(comptaId);
        Document stored = mongo.getCollection("actions").find(new Document("_id", proposed.id().value())).first();
        assertThat(stored).isNotNull();
        assertThat(stored.toJson()).as("nothing of the proposer is stored").doesNotContain(camille.id().value())
                .doesNotContain(camille.email().value()).doesNotContain(camille.lastName());
        assertThat(stored.getDate("createdAt").toInstant()).as("a proposal's month, not its time")
                .isEqualTo(java.time.YearMonth.now(clock).atDay(1).atStartOfDay(clock.getZone()).toInstant());
        // Proposals stay in the team.
        assertThat(as(ventes.get(1), () -> service.plan(comptaId))).isEmpty();
        assertThat(as(ventes.get(1), () -> service.sharedByOthers())).extracting(Action::id)
                .doesNotContain(proposed.id());
        // Only the department's manager moderates it.
        assertThatThrownBy(() -> as(camille, () -> service.move(proposed.id(), proposed.version(),
                ActionStatus.PLANNED))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(ventes.getFirst(), Role.MANAGER, () -> service.move(proposed.id(),
                proposed.version(), ActionStatus.PLANNED))).hasMessage("action.error.unknown");
        assertThatThrownBy(() -> as(manager(), Role.MANAGER, () -> service.move(proposed.id(), proposed.version(),
                ActionStatus.DONE))).hasMessage("action.error.transition");
        Action accepted = as(manager(), Role.MANAGER, () -> service.move(proposed.id(), proposed.version(),
                ActionStatus.PLANNED));
        assertThat(accepted.status()).isEqualTo(ActionStatus.PLANNED);
        assertThat(accepted.version()).isEqualTo(proposed.version() + 1);
        Document after = mongo.getCollection("actions").find(new Document("_id", proposed.id().value())).first();
        assertThat(after.getString("managerId")).as("the accepting manager answers for it")
                .isEqualTo(manager().id().value());

        Action started = as(manager(), Role.MANAGER, () -> service.move(accepted.id(), accepted.version(),
                ActionStatus.IN_PROGRESS));
        assertThat(started.startOn()).as("starting dates it").isEqualTo(clock.today());
        Action done = as(manager(), Role.MANAGER, () -> service.move(started.id(), started.version(),
                ActionStatus.DONE));
        assertThat(done.percent()).isEqualTo(100);
        assertThatThrownBy(() -> as(manager(), Role.MANAGER, () -> service.update(done.id(), done.version(),
                new ActionDraft(done.title(), "", null, List.of(), null, null, 50, Visibility.TEAM, List.of(),
                        List.of())))).hasMessage("action.error.done.percent");

        // Someone outside the company's organization cannot propose.
        assertThatThrownBy(() -> as(Role.LEAD, () -> service.propose(new Proposal("Sans service", "", null))))
                .hasMessage("action.error.not-member");
    }

    @Test
    void a_person_supports_once_and_only_counts_are_shown() {
        Action a = as(manager(), Role.MANAGER, () -> service.create(comptaId,
                draft("Portail libre-service", Visibility.COMPANY, null)));
        Employee first = compta.get(1);
        assertThat(as(first, () -> service.support(a.id()))).isTrue();
        assertThat(as(first, () -> service.support(a.id()))).as("a second +1 changes nothing").isFalse();
        as(compta.get(2), () -> service.support(a.id()));
        Action seenByFirst = as(first, () -> service.action(a.id())).orElseThrow();
        assertThat(seenByFirst.supports()).isEqualTo(2);
        assertThat(seenByFirst.supportedByMe()).isTrue();
        Action seenByManager = as(manager(), Role.MANAGER, () -> service.action(a.id())).orElseThrow();
        assertThat(seenByManager.supports()).isEqualTo(2);
        assertThat(seenByManager.supportedByMe()).isFalse();
        // Someone of another department reads it (shared with the company) but does not vote on another team's plan.
        assertThatThrownBy(() -> as(ventes.get(1), () -> service.support(a.id())))
                .hasMessage("action.error.not-member");
        as(first, () -> {
            service.withdrawSupport(a.id());
            return null;
        });
        as(first, () -> {
            service.withdrawSupport(a.id());
            return null;
        });
        assertThat(as(first, () -> service.action(a.id())).orElseThrow().supports()).isEqualTo(1);
        Action dropped = as(manager(), Role.MANAGER, () -> service.move(a.id(),
                service.action(a.id()).orElseThrow().version(), ActionStatus.DROPPED));
        assertThatThrownBy(() -> as(compta.get(3), () -> service.support(dropped.id())))
                .hasMessage("action.error.dropped");
    }

    @Test
    void comments_are_unattributed_limited_per_day_and_hidden_by_the_manager() {
        Action a = as(manager(), Role.MANAGER, () -> service.create(comptaId,
                draft("Formation tableur", Visibility.TEAM, null)));
        Employee writer = compta.get(1);
        ActionComment c = as(writer, () -> service.comment(a.id(), "  Oui, avant la clôture.  "));
        assertThat(c.text()).isEqualTo("Oui, avant la clôture.");
        Document stored = mongo.getCollection("action_comments").find(new Document("_id", c.id().value())).first();
        assertThat(stored.keySet()).as("text, action and month only: no author, no time of day")
                .containsExactlyInAnyOrder("_id", "actionId", "text", "month", "hidden", "_class");
        assertThat(stored.toJson()).doesNotContain(writer.id().value()).doesNotContain(writer.email().value());
        assertThat(stored.getString("month")).isEqualTo("2027-01");

        assertThatThrownBy(() -> as(writer, () -> service.comment(a.id(), "   ")))
                .hasMessage("action.error.comment.required");
        assertThatThrownBy(() -> as(ventes.get(1), () -> service.comment(a.id(), "Hors service")))
                .hasMessage("action.error.unknown");

        // The daily limit: ten contributions (this comment included), then a refusal until tomorrow.
        for (int i = 1; i < ContributionQuota.PER_DAY; i++) {
            int n = i;
            as(writer, () -> service.comment(a.id(), "Commentaire " + n));
        }
        assertThatThrownBy(() -> as(writer, () -> service.comment(a.id(), "Un de trop")))
                .hasMessage("action.error.quota");
        assertThatThrownBy(() -> as(writer, () -> service.propose(new Proposal("Encore une idée", "", null))))
                .hasMessage("action.error.quota");
        assertThat(as(compta.get(2), () -> service.comment(a.id(), "Moi aussi"))).as("another person's quota")
                .extracting(ActionComment::text, ActionComment::hidden).containsExactly("Moi aussi", false);
        clock.setDay(clock.today().plusDays(1));
        assertThat(as(writer, () -> service.comment(a.id(), "Le lendemain"))).as("the next day's quota")
                .extracting(ActionComment::text, ActionComment::month)
                .containsExactly("Le lendemain", YearMonth.from(clock.today()));
        assertThat(quota.used(writer.id().value(), clock.today().minusDays(1))).as("yesterday's counter is gone")
                .isZero();

        as(manager(), Role.MANAGER, () -> {
            service.hideComment(a.id(), c.id(), true);
            return null;
        });
        assertThatThrownBy(() -> as(writer, () -> {
            service.hideComment(a.id(), c.id(), false);
            return null;
        })).isInstanceOf(AccessDeniedException.class);
        assertThat(as(compta.get(3), () -> service.comments(a.id()))).extracting(ActionComment::id)
                .doesNotContain(c.id()).hasSize(ContributionQuota.PER_DAY + 1);
        assertThat(as(manager(), Role.MANAGER, () -> service.comments(a.id())))
                .filteredOn(ActionComment::hidden).extracting(ActionComment::id).containsExactly(c.id());
        assertThat(as(compta.get(3), () -> service.action(a.id())).orElseThrow().comments())
                .isEqualTo(ContributionQuota.PER_DAY + 1);
    }

    @Test
    void two_managers_editing_at_once_the_second_is_refused_and_nothing_is_lost() {
        Action a = as(manager(), Role.MANAGER, () -> service.create(comptaId,
                draft("Version de départ", Visibility.TEAM, null)));
        long read = a.version();
        Action first = as(manager(), Role.MANAGER, () -> service.update(a.id(), read,
                draft("Version de la manager", Visibility.TEAM, null)));
        assertThat(first.version()).isEqualTo(read + 1);
        assertThatThrownBy(() -> as(Role.LEAD, () -> service.update(a.id(), read,
                draft("Version du responsable", Visibility.TEAM, null))))
                .isInstanceOf(UserFacingException.class).hasMessage("action.error.changed-meanwhile");
        assertThatThrownBy(() -> as(Role.LEAD, () -> service.move(a.id(), read, ActionStatus.IN_PROGRESS)))
                .hasMessage("action.error.changed-meanwhile");
        Action now = as(manager(), Role.MANAGER, () -> service.action(a.id())).orElseThrow();
        assertThat(now.title()).isEqualTo("Version de la manager");
        assertThat(now.status()).isEqualTo(ActionStatus.PLANNED);
        // Quoting the version just read, the lead's edit goes through.
        assertThat(as(Role.LEAD, () -> service.update(a.id(), now.version(),
                draft("Version du responsable", Visibility.TEAM, null))).title()).isEqualTo("Version du responsable");
    }

    /**
     * Wave 1: all 6 answer 2 everywhere and name the first pain point. Wave 2 (after the action started): 3 answer 4
     * and name no pain point, 3 answer 2 and name it. Wave 3: 3 answers, under k = 5: hidden.
     * Dimension score (0–100): 25 then (3 × 75 + 3 × 25) / 6 = 50. Change +25; s² now = 6 × 25² / 5 = 750, before 0:
     * se = √(750 / 6) = √125 = 11.1803, df = 5, t(0.975, 5) = 2.570582, half-width 28.7398 → −3.7398 to 53.7398.
     * Pain point prevalence: 1 then 0.5, change −0.5; s² now = (3 − 9/6) / 5 = 0.3, se = √0.05 = 0.223607, df 5,
     * half-width 0.574801 → −1.074801 to 0.074801.
     */
    @Test
    void the_effect_reads_published_figures_before_and_after_the_start_with_the_welch_interval() {
        LocalDate opening = LocalDate.of(2031, 3, 3);
        Campaign c = as(Role.LEAD, () -> campaigns.saveCampaign(campaign("Effets " + comptaId.value(), opening,
                List.of(comptaId))));
        Questionnaire q = questionnaires.current();
        String painCode = q.painPoints().getFirst().code();
        String dimension = q.dimensions().getFirst().code();
        String arrival = q.moments().getFirst().code();

        clock.setDay(opening);
        campaigns.advance(opening);
        Wave w1 = campaigns.waves(c.id()).getFirst();
        compta.forEach(e -> submitAs(e, barometer, w1.id(), complete(q, 2, null).withMoments(Map.of(arrival, 2))));
        as(Role.LEAD, () -> campaigns.closeNow(w1.id()));

        clock.setDay(opening.plusDays(1));
        Action byDimension = as(manager(), Role.MANAGER, () -> service.create(comptaId,
                new ActionDraft("Sur la dimension", "", new Target(TargetKind.DIMENSION, dimension), List.of(),
                        opening.plusDays(1), null, 0, Visibility.COMPANY, List.of(), List.of())));
        Action byPain = as(manager(), Role.MANAGER, () -> service.create(comptaId,
                new ActionDraft("Sur l’irritant", "", pain(painCode), List.of(), opening.plusDays(1), null, 0,
                        Visibility.TEAM, List.of(), List.of())));
        Action byMoment = as(manager(), Role.MANAGER, () -> service.create(comptaId,
                new ActionDraft("Sur l’arrivée", "", new Target(TargetKind.JOURNEY_MOMENT, arrival), List.of(),
                        opening.plusDays(1), null, 0, Visibility.TEAM, List.of(), List.of())));
        Action future = as(manager(), Role.MANAGER, () -> service.create(comptaId,
                new ActionDraft("Pas commencée", "", pain(painCode), List.of(), opening.plusDays(30), null, 0,
                        Visibility.TEAM, List.of(), List.of())));

        LocalDate second = opening.plusMonths(3);
        clock.setDay(second);
        campaigns.advance(second);
        Wave w2 = campaigns.waves(c.id()).stream().filter(w -> w.slot() == 1).findFirst().orElseThrow();
        for (int i = 0; i < 6; i++) {
            AnswerForm form = i < 3 ? withoutPains(complete(q, 4, null)) : complete(q, 2, null);
            submitAs(compta.get(i), barometer, w2.id(), form.withMoments(Map.of(arrival, i < 3 ? 4 : 2)));
        }
        as(Role.LEAD, () -> campaigns.closeNow(w2.id()));

        LocalDate third = opening.plusMonths(6);
        clock.setDay(third);
        campaigns.advance(third);
        Wave w3 = campaigns.waves(c.id()).stream().filter(w -> w.slot() == 2).findFirst().orElseThrow();
        compta.subList(0, 3).forEach(e -> submitAs(e, barometer, w3.id(), complete(q, 5, null)));
        as(Role.LEAD, () -> campaigns.closeNow(w3.id()));

        ActionEffect dim = as(compta.get(4), () -> service.effect(byDimension.id()));
        assertThat(dim.state()).isEqualTo(ActionEffect.State.MEASURED);
        IndicatorFigures.Track track = dim.track();
        assertThat(track.baseline().wave().id()).isEqualTo(w1.id());
        assertThat(track.baseline().value()).isCloseTo(25, within(1e-9));
        assertThat(track.baseline().n()).isEqualTo(6);
        Map<WaveId, IndicatorFigures.Since> since = bySince(track);
        IndicatorFigures.Since two = since.get(w2.id());
        assertThat(two.figure().value()).isCloseTo(50, within(1e-9));
        assertThat(two.delta()).isCloseTo(25, within(1e-9));
        assertThat(two.low()).isCloseTo(-3.7398, within(1e-3));
        assertThat(two.high()).isCloseTo(53.7398, within(1e-3));
        assertThat(two.clear()).as("the interval holds 0: no clear change").isFalse();
        IndicatorFigures.Since three = since.get(w3.id());
        assertThat(three.figure().published()).as("3 answers, under k: hidden").isFalse();
        assertThat(three.figure().n()).as("not even a count").isZero();
        assertThat(three.delta()).isNull();

        IndicatorFigures.Track pains = as(manager(), Role.MANAGER, () -> service.effect(byPain.id())).track();
        assertThat(pains.baseline().value()).isCloseTo(1.0, within(1e-9));
        IndicatorFigures.Since painTwo = bySince(pains).get(w2.id());
        assertThat(painTwo.figure().value()).isCloseTo(0.5, within(1e-9));
        assertThat(painTwo.delta()).isCloseTo(-0.5, within(1e-9));
        assertThat(painTwo.low()).isCloseTo(-1.074801, within(1e-5));
        assertThat(painTwo.high()).isCloseTo(0.074801, within(1e-5));

        // The journey moment "arrival", on its 1–5 scale: all 2 before (n 6), then 4, 4, 4, 2, 2, 2 (mean 3,
        // s² = 6 / 5 = 1.2, se² = 0.2; before: s² = 0): change +1, se = 0.447214, df 5, t 2.570582, half-width
        // 1.149600 → −0.149600 to 2.149600. Wave 3 (3 answers) publishes nothing.
        ActionEffect moment = as(manager(), Role.MANAGER, () -> service.effect(byMoment.id()));
        assertThat(moment.state()).isEqualTo(ActionEffect.State.MEASURED);
        assertThat(moment.indicator()).isEqualTo(IndicatorFigures.Indicator.JOURNEY_MOMENT);
        assertThat(moment.track().baseline().value()).isCloseTo(2.0, within(1e-9));
        assertThat(moment.track().baseline().n()).isEqualTo(6);
        IndicatorFigures.Since momentTwo = bySince(moment.track()).get(w2.id());
        assertThat(momentTwo.figure().value()).isCloseTo(3.0, within(1e-9));
        assertThat(momentTwo.delta()).isCloseTo(1.0, within(1e-9));
        assertThat(momentTwo.low()).isCloseTo(-0.149600, within(1e-5));
        assertThat(momentTwo.high()).isCloseTo(2.149600, within(1e-5));
        assertThat(bySince(moment.track()).get(w3.id()).figure().published()).isFalse();

        // Not started when the wave closed? It has started by now (day 30 < third): the baseline is still wave 1.
        assertThat(as(manager(), Role.MANAGER, () -> service.effect(future.id())).track().baseline().wave().id())
                .isEqualTo(w1.id());
        // Someone of another department reads the action (shared with the company) but not Compta's figures.
        assertThat(as(ventes.get(1), () -> service.effect(byDimension.id())).state())
                .isEqualTo(ActionEffect.State.NOT_READABLE);
        Action unstarted = as(manager(), Role.MANAGER, () -> service.create(comptaId,
                new ActionDraft("Plus tard", "", pain(painCode), List.of(), third.plusDays(10), null, 0,
                        Visibility.TEAM, List.of(), List.of())));
        assertThat(as(manager(), Role.MANAGER, () -> service.effect(unstarted.id())).state())
                .isEqualTo(ActionEffect.State.NOT_STARTED);
    }

    private static Map<WaveId, IndicatorFigures.Since> bySince(IndicatorFigures.Track track) {
        Map<WaveId, IndicatorFigures.Since> map = new java.util.HashMap<>();
        track.since().forEach(s -> map.put(s.figure().wave().id(), s));
        return map;
    }

    private static AnswerForm withoutPains(AnswerForm form) {
        return new AnswerForm(form.scores(), form.tools(), Set.of(), form.recommend(), form.comment());
    }
}
