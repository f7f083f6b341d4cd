package app.symetrie.barometer;

import app.symetrie.common.PublicUrl;
import app.symetrie.audit.AuditLog;
import app.symetrie.barometer.internal.KioskCodeDocument;
import app.symetrie.barometer.internal.ParticipationDocument;
import app.symetrie.barometer.internal.Tokens;
import app.symetrie.common.Ids;
import app.symetrie.common.UserFacingException;
import app.symetrie.organization.Department;
import app.symetrie.organization.DepartmentId;
import app.symetrie.organization.OrganizationService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Kiosk codes, for people without a work mailbox (docs/decisions/013-survey-links-and-kiosk.md). A lead prints, for
 * an open wave and a department, one code per invited person of it; each code is a bearer token for "one answer from
 * this department". At submit the code is spent and one not-yet-done participation of the department is marked done
 * on its behalf, so counts and reminders stay right — and the person who used the code cannot be told apart from the
 * colleague whose record was marked, which is what anonymity wants. Codes are stored hashed; generating the sheet
 * again invalidates the previous one; the codes go with the participations when the wave closes.
 */
@Service
public class KioskCodes {

    private final MongoTemplate mongo;
    private final BarometerService barometer;
    private final CampaignService campaigns;
    private final QuestionnaireService questionnaires;
    private final OrganizationService organization;
    private final AuditLog audit;
    private final WayInGuard guard;
    private final Clock clock;
    private final PublicUrl publicUrl;

    KioskCodes(MongoTemplate mongo, BarometerService barometer, CampaignService campaigns,
               QuestionnaireService questionnaires, OrganizationService organization, AuditLog audit,
               WayInGuard guard, Clock clock, PublicUrl publicUrl) {
        this.guard = guard;
        this.mongo = mongo;
        this.barometer = barometer;
        this.campaigns = campaigns;
        this.questionnaires = questionnaires;
        this.organization = organization;
        this.audit = audit;
        this.clock = clock;
        this.publicUrl = publicUrl;
    }

    /**
     * Prints a new sheet for a department of an open wave: one code per invited person of it. The previous sheet of
     * that department and wave stops working at once.
     */
    @PreAuthorize("hasRole('LEAD')")
    public KioskSheet generate(WaveId waveId, DepartmentId departmentId) {
        Wave wave = campaigns.wave(waveId).filter(w -> w.status() == WaveStatus.OPEN)
                .orElseThrow(() -> new UserFacingException("error.wave.not-open"));
        Department department = organization.department(departmentId)
                .orElseThrow(() -> new UserFacingException("error.department.unknown"));
        int invited = wave.invited().getOrDefault(departmentId.value(), 0);
        if (invited == 0) {
            throw new UserFacingException("kiosk.error.not-invited");
        }
        Query sheet = Query.query(Criteria.where("waveId").is(waveId.value()).and("departmentId")
                .is(departmentId.value()));
        mongo.remove(sheet, KioskCodeDocument.class);
        List<String> codes = new ArrayList<>();
        List<KioskCodeDocument> stored = new ArrayList<>();
        for (int i = 0; i < invited; i++) {
            String code = Tokens.newKioskCode();
            codes.add(code);
            stored.add(new KioskCodeDocument(Ids.random(), waveId.value(), departmentId.value(), Tokens.hash(code),
                    false));
        }
        mongo.insertAll(stored);
        audit.record("kiosk.sheet", wave.campaignName() + ", wave " + (wave.slot() + 1) + ": " + department.name()
                + ", " + invited + " codes (the previous sheet no longer works)");
        return new KioskSheet(wave, department.name(), codes, publicUrl.get() + "/kiosk",
                codes.stream().map(c -> publicUrl.get() + "/kiosk/" + c).toList());
    }

    /**
     * Whether a printed sheet still works: false once a newer sheet replaced it or its wave closed (its codes are then
     * gone from the store). Used codes still count as part of it.
     */
    @PreAuthorize("hasRole('LEAD')")
    public boolean current(KioskSheet sheet) {
        List<String> hashes = sheet.codes().stream().map(Tokens::hash).toList();
        return mongo.count(Query.query(Criteria.where("waveId").is(sheet.wave().id().value())
                .and("codeHash").in(hashes)), KioskCodeDocument.class) == hashes.size();
    }

    /**
     * What a typed or scanned code opens. Anyone at the kiosk may ask; a client that had too many codes refused lately
     * is told so before anything is looked up (decision 017).
     *
     * @param client the client's address, for the throttle (it is never stored in clear)
     */
    @PreAuthorize("permitAll()")
    public AnonymousSurvey open(String typed, String client) {
        if (!guard.admits(WayInGuard.Way.KIOSK, client)) {
            return AnonymousSurvey.throttled();
        }
        Optional<KioskCodeDocument> code = find(typed);
        if (code.isEmpty() || openWave(code.get()).isEmpty()) {
            guard.refused(WayInGuard.Way.KIOSK, client, "invalid");
            return AnonymousSurvey.invalid();
        }
        if (code.get().used()) {
            guard.refused(WayInGuard.Way.KIOSK, client, "used");
            return AnonymousSurvey.used(null);
        }
        Wave wave = openWave(code.get()).orElseThrow();
        return new AnonymousSurvey(AnonymousSurvey.State.TO_ANSWER, wave,
                questionnaires.version(wave.questionnaireVersion()), null,
                ServiceStatements.offeredTo(organization.departments(), code.get().departmentId()));
    }

    /**
     * Answers with a code, once: the code is spent and one pending participation of its department marked done.
     * Nothing is recorded of an answer that goes through; a refused code is counted and recorded for the client.
     *
     * @param client the client's address, for the throttle
     * @throws AnswerRejected      when required answers are missing (nothing is written, the code still works)
     * @throws UserFacingException when the code is unknown, used, its wave closed, or everyone in the department
     *                             invited has answered, or this client had too many codes refused lately
     */
    @PreAuthorize("permitAll()")
    public void submit(String typed, String client, AnswerForm form) {
        if (!guard.admits(WayInGuard.Way.KIOSK, client)) {
            throw new UserFacingException("kiosk.error.throttled");
        }
        Optional<KioskCodeDocument> found = find(typed);
        if (found.isEmpty()) {
            guard.refused(WayInGuard.Way.KIOSK, client, "invalid");
            throw new UserFacingException("kiosk.error.invalid");
        }
        KioskCodeDocument code = found.get();
        Wave wave = barometer.accepting(new WaveId(code.waveId()), form);
        KioskCodeDocument spent = mongo.findAndModify(Query.query(Criteria.where("_id").is(code.id())
                .and("used").is(false)), new Update().set("used", true), KioskCodeDocument.class);
        if (spent == null) {
            guard.refused(WayInGuard.Way.KIOSK, client, "used");
            throw new UserFacingException("kiosk.error.used");
        }
        ParticipationDocument claimed = barometer.claimForKiosk(code.waveId(), code.departmentId());
        if (claimed == null) {
            // Not a refused code (it is given back): the department is complete, nothing to count against the client
            unspend(code);
            throw new UserFacingException("kiosk.error.department-complete");
        }
        // No team: the code says which department answered, not which team (the claimed record is a colleague's).
        barometer.cast(wave, claimed, null, form, () -> {
            barometer.unclaimKiosk(claimed);
            unspend(code);
        });
    }

    private void unspend(KioskCodeDocument code) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(code.id())), new Update().set("used", false),
                KioskCodeDocument.class);
    }

    private Optional<Wave> openWave(KioskCodeDocument code) {
        return campaigns.wave(new WaveId(code.waveId()))
                .filter(w -> w.status() == WaveStatus.OPEN && w.acceptsAnswersOn(LocalDate.now(clock)));
    }

    private Optional<KioskCodeDocument> find(String typed) {
        String code = Tokens.normalizeKioskCode(typed);
        if (code.isEmpty()) {
            return Optional.empty();
        }
        return Optional.ofNullable(mongo.findOne(Query.query(Criteria.where("codeHash").is(Tokens.hash(code))),
                KioskCodeDocument.class));
    }
}
