package app.symetrie.barometer;

import app.symetrie.barometer.internal.Ballot;
import app.symetrie.barometer.internal.BallotBox;
import app.symetrie.barometer.internal.ParticipationDocument;
import app.symetrie.common.UserFacingException;
import app.symetrie.organization.DepartmentId;
import app.symetrie.organization.EmployeeId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.List;
import java.util.Set;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Loads a barometer history in bulk — past waves and their answers — for the demo company (and, later, an import
 * of a previous tool's results). Answers go through the same validation and the same ballot box as answers given in
 * the app: each one claims one participation of its department, and is released when its wave closes.
 */
@Service
public class BarometerHistory {

    private final MongoTemplate mongo;
    private final CampaignService campaigns;
    private final QuestionnaireService questionnaires;
    private final BallotBox box;
    private final Invitations invitations;

    BarometerHistory(MongoTemplate mongo, CampaignService campaigns, QuestionnaireService questionnaires,
                     BallotBox box, Invitations invitations) {
        this.invitations = invitations;
        this.mongo = mongo;
        this.campaigns = campaigns;
        this.questionnaires = questionnaires;
        this.box = box;
    }

    /** Opens the wave of a schedule slot with the schedule's dates (past or present), inviting today's workforce. */
    @PreAuthorize("hasRole('ADMIN')")
    public Wave openSlot(CampaignId campaignId, int slot) {
        Campaign campaign = campaigns.campaign(campaignId)
                .orElseThrow(() -> new UserFacingException("error.campaign.unknown"));
        LocalDate opensOn = campaign.cadence().opening(campaign.firstOpening(), slot);
        return campaigns.open(campaign, slot, opensOn, opensOn.plusDays(campaign.waveLengthDays() - 1L));
    }

    /**
     * Records a wave's answers, department by department, as ballots: each answer claims a pending participation of
     * its department (never one of {@code excluded}) and is sealed into the wave's ballot box, as if given in the
     * app; a department's extra answers are dropped when none is left. Reads the wave's participations once.
     *
     * @return how many answers were recorded
     */
    @PreAuthorize("hasRole('ADMIN')")
    public int recordAnswers(WaveId waveId, Map<DepartmentId, List<AnswerForm>> answersByDepartment,
                             Set<EmployeeId> excluded) {
        Wave wave = campaigns.wave(waveId).orElseThrow(() -> new UserFacingException("error.wave.unknown"));
        if (wave.status() != WaveStatus.OPEN) {
            throw new UserFacingException("barometer.error.closed");
        }
        Questionnaire questionnaire = questionnaires.version(wave.questionnaireVersion());
        answersByDepartment.values().forEach(list -> list.forEach(a -> AnswerValidator.validate(questionnaire, a)));
        Set<String> skip = new HashSet<>();
        excluded.forEach(e -> skip.add(e.value()));
        Map<String, List<ParticipationDocument>> pending = new HashMap<>();
        mongo.find(Query.query(Criteria.where("waveId").is(waveId.value()).and("done").is(false)),
                ParticipationDocument.class).stream().filter(p -> !skip.contains(p.employeeId()))
                .forEach(p -> pending.computeIfAbsent(p.departmentId(), d -> new ArrayList<>()).add(p));
        List<String> claimedIds = new ArrayList<>();
        List<Ballot> ballots = new ArrayList<>();
        for (var entry : answersByDepartment.entrySet()) {
            List<ParticipationDocument> available = pending.getOrDefault(entry.getKey().value(), List.of());
            List<AnswerForm> forms = entry.getValue();
            for (int i = 0; i < Math.min(forms.size(), available.size()); i++) {
                ParticipationDocument who = available.get(i);
                claimedIds.add(who.id());
                ballots.add(new Ballot(who.departmentId(), who.teamId(), wave.questionnaireVersion(), forms.get(i)));
            }
        }
        mongo.updateMulti(Query.query(Criteria.where("_id").in(claimedIds)), new Update().set("done", true),
                ParticipationDocument.class);
        box.castAll(waveId.value(), ballots);
        return ballots.size();
    }

    /**
     * Sends an open wave's invitations now, as the scheduler would at its next run (the demo's open wave, so that the
     * outbox holds working personal links). Never sends one twice.
     *
     * @return how many were sent
     */
    @PreAuthorize("hasRole('ADMIN')")
    public int sendInvitations(WaveId waveId) {
        Wave wave = campaigns.wave(waveId).filter(w -> w.status() == WaveStatus.OPEN)
                .orElseThrow(() -> new UserFacingException("error.wave.not-open"));
        return invitations.send(wave, campaigns.today(), Integer.MAX_VALUE);
    }

    /** Closes a loaded wave: its ballots are released into answers and figures, as at any close. */
    @PreAuthorize("hasRole('ADMIN')")
    public void close(WaveId waveId) {
        campaigns.close(waveId);
    }
}
