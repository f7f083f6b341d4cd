package app.symetrie.barometer;

import app.symetrie.common.Unrestricted;
import app.symetrie.audit.AuditLog;
import app.symetrie.barometer.internal.BallotSeal;
import app.symetrie.barometer.internal.CampaignDocument;
import app.symetrie.barometer.internal.ParticipationDocument;
import app.symetrie.barometer.internal.Tokens;
import app.symetrie.barometer.internal.WaveDocument;
import app.symetrie.common.Ids;
import app.symetrie.common.SmallGroups;
import app.symetrie.common.InvalidValueException;
import app.symetrie.common.UserFacingException;
import app.symetrie.organization.Department;
import app.symetrie.organization.DepartmentKind;
import app.symetrie.organization.Employee;
import app.symetrie.organization.OrganizationService;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Campaigns and their waves: configuration by leads, and the schedule — waves open and close by themselves
 * ({@link #advance(LocalDate)}, run by {@code WaveScheduler}), or by hand. Opening a wave fixes its questionnaire
 * version, its anonymity thresholds and its invitations.
 */
@Service
public class CampaignService {

    private static final Logger log = LoggerFactory.getLogger(CampaignService.class);
    private static final int BULK_CHUNK = 1000;

    private final MongoTemplate mongo;
    private final OrganizationService organization;
    private final QuestionnaireService questionnaires;
    private final WaveRelease release;
    private final AuditLog audit;
    private final BallotSeal seal;
    private final Clock clock;
    private final ObjectProvider<PublishedTotals> publishedTotals;

    CampaignService(MongoTemplate mongo, OrganizationService organization, QuestionnaireService questionnaires,
                    WaveRelease release, AuditLog audit, BallotSeal seal, Clock clock,
                    ObjectProvider<PublishedTotals> publishedTotals) {
        this.publishedTotals = publishedTotals;
        this.audit = audit;
        this.seal = seal;
        this.mongo = mongo;
        this.organization = organization;
        this.questionnaires = questionnaires;
        this.release = release;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    // ----- campaigns

    @Unrestricted("Campaign settings hold nothing of a person; read by views of several roles and by scheduled work")
    public List<Campaign> campaigns() {
        return mongo.find(new Query().with(Sort.by("name")), CampaignDocument.class).stream()
                .map(CampaignDocument::toDomain).toList();
    }

    @Unrestricted("Campaign settings hold nothing of a person; read by views of several roles and by scheduled work")
    public Optional<Campaign> campaign(CampaignId id) {
        return Optional.ofNullable(mongo.findById(id.value(), CampaignDocument.class)).map(CampaignDocument::toDomain);
    }

    @PreAuthorize("hasRole('LEAD')")
    public Campaign saveCampaign(Campaign campaign) {
        Optional<Campaign> existing = campaign(campaign.id());
        if (existing.isPresent() && !existing.get().thresholds().equals(campaign.thresholds())
                && openWave(campaign.id()).isPresent()) {
            throw new InvalidValueException("thresholds", "error.campaign.thresholds.locked");
        }
        for (var department : campaign.targetDepartments()) {
            if (organization.department(department).isEmpty()) {
                throw new InvalidValueException("targetDepartments", "error.department.unknown");
            }
        }
        mongo.save(CampaignDocument.of(campaign));
        return campaign;
    }

    /** When the campaign's next wave opens on its schedule, if it is active. */
    @Unrestricted("A date computed from campaign settings")
    public Optional<LocalDate> nextOpening(Campaign campaign) {
        if (!campaign.active()) {
            return Optional.empty();
        }
        LocalDate today = today();
        int slot = Math.max(0, campaign.slotOn(today));
        for (int s = slot; s < slot + 3; s++) {
            LocalDate opening = campaign.cadence().opening(campaign.firstOpening(), s);
            if (!opening.isBefore(today) && waveDocument(campaign.id(), s).isEmpty()) {
                return Optional.of(opening);
            }
        }
        return Optional.empty();
    }

    // ----- waves

    @Unrestricted("Wave dates and states hold nothing of a person; read by boards, views and scheduled work")
    public List<Wave> waves(CampaignId campaignId) {
        return mongo.find(Query.query(Criteria.where("campaignId").is(campaignId.value()))
                        .with(Sort.by(Sort.Direction.DESC, "slot")), WaveDocument.class).stream()
                .map(WaveDocument::toDomain).toList();
    }

    @Unrestricted("Wave dates and states hold nothing of a person; read by boards, views and scheduled work")
    public Optional<Wave> wave(WaveId id) {
        return Optional.ofNullable(mongo.findById(id.value(), WaveDocument.class)).map(WaveDocument::toDomain);
    }

    @Unrestricted("Wave dates and states hold nothing of a person; read by the survey pages and scheduled work")
    public List<Wave> openWaves() {
        return mongo.find(Query.query(Criteria.where("status").is(WaveStatus.OPEN)), WaveDocument.class).stream()
                .map(WaveDocument::toDomain).toList();
    }

    /** The closed waves of every campaign whose closing day is {@code from} or later, oldest first. */
    @Unrestricted("Wave dates and states hold nothing of a person; read by scheduled work")
    public List<Wave> closedWavesClosingSince(LocalDate from) {
        return mongo.find(Query.query(Criteria.where("status").is(WaveStatus.CLOSED).and("closesOn").gte(from))
                .with(Sort.by("opensOn")), WaveDocument.class).stream().map(WaveDocument::toDomain).toList();
    }

    /** Every closed wave of every campaign, oldest first. */
    @Unrestricted("Wave dates and states hold nothing of a person; read by boards and scheduled work")
    public List<Wave> closedWaves() {
        return mongo.find(Query.query(Criteria.where("status").is(WaveStatus.CLOSED)).with(Sort.by("opensOn")),
                WaveDocument.class).stream().map(WaveDocument::toDomain).toList();
    }

    private Optional<Wave> openWave(CampaignId campaignId) {
        return Optional.ofNullable(mongo.findOne(Query.query(Criteria.where("campaignId").is(campaignId.value())
                        .and("status").in(WaveStatus.OPEN, WaveStatus.OPENING)), WaveDocument.class))
                .map(WaveDocument::toDomain);
    }

    private Optional<WaveDocument> waveDocument(CampaignId campaignId, int slot) {
        return Optional.ofNullable(mongo.findOne(Query.query(Criteria.where("campaignId").is(campaignId.value())
                .and("slot").is(slot)), WaveDocument.class));
    }

    /** How many people a wave of this campaign opened now would invite (what {@link #openNow} invites). */
    @PreAuthorize("hasRole('LEAD')")
    public int inviteesNow(CampaignId campaignId) {
        Campaign campaign = campaign(campaignId).orElseThrow(() -> new UserFacingException("error.campaign.unknown"));
        return organization.workforce(new HashSet<>(campaign.targetDepartments())).size();
    }

    /**
     * The open waves of other campaigns whose population overlaps this one's (everyone, or a department in common)
     * and that are still open when this one's next wave opens: saving it would invite people twice at once, what a
     * lead should be warned of before saving.
     */
    @PreAuthorize("hasRole('LEAD')")
    public List<Wave> overlappingOpenWaves(Campaign campaign) {
        Optional<LocalDate> next = nextOpening(campaign);
        return openWaves().stream().filter(w -> !w.campaignId().equals(campaign.id()))
                .filter(w -> next.map(day -> !day.isAfter(w.closesOn())).orElse(false))
                .filter(w -> campaign(w.campaignId()).map(other -> other.targetsEveryone()
                        || campaign.targetsEveryone() || other.targetDepartments().stream()
                        .anyMatch(campaign.targetDepartments()::contains)).orElse(false))
                .toList();
    }

    /** A lead opens the campaign's next wave now, for the campaign's wave length. */
    @PreAuthorize("hasRole('LEAD')")
    public Wave openNow(CampaignId campaignId) {
        Campaign campaign = campaign(campaignId).orElseThrow(() -> new UserFacingException("error.campaign.unknown"));
        if (openWave(campaignId).isPresent()) {
            throw new UserFacingException("error.wave.already-open");
        }
        LocalDate today = today();
        int slot = Math.max(0, campaign.slotOn(today));
        while (waveDocument(campaignId, slot).isPresent()) {
            slot++;
        }
        Wave opened = open(campaign, slot, today, today.plusDays(campaign.waveLengthDays() - 1L));
        audit.record("wave.opened", campaign.name() + ", wave " + (slot + 1) + " (" + today + "), "
                + opened.invitedTotal() + " invited");
        return opened;
    }

    /**
     * A lead closes an open wave now: answers are refused from this moment, and its ballots are released into
     * answers and figures before this returns.
     */
    @PreAuthorize("hasRole('LEAD')")
    public Wave closeNow(WaveId waveId) {
        WaveDocument closing = mongo.findAndModify(
                Query.query(Criteria.where("_id").is(waveId.value()).and("status").is(WaveStatus.OPEN)),
                new Update().set("status", WaveStatus.CLOSING).set("closesOn", today()),
                FindAndModifyOptions.options().returnNew(true), WaveDocument.class);
        if (closing == null) {
            throw new UserFacingException("error.wave.not-open");
        }
        log.info("Wave {} of {} closed by hand", closing.slot(), closing.campaignName());
        audit.record("wave.closed", closing.campaignName() + ", wave " + (closing.slot() + 1) + " (" + closing.opensOn()
                + ")");
        release.release(closing);
        return wave(waveId).orElseThrow();
    }

    /** How long a close by hand can be undone before the wave's answers are released (decision 022). */
    public static final Duration CLOSE_GRACE = Duration.ofMinutes(10);

    /**
     * A lead closes an open wave, undoably: answers are refused from this moment, and the wave's ballots are released
     * (results published) once {@link #CLOSE_GRACE} has passed, by the scheduled run — until then {@link #reopen}
     * undoes it. Nothing is released or deleted meanwhile, so undoing it changes nothing anyone could see.
     */
    @PreAuthorize("hasRole('LEAD')")
    public Wave scheduleClose(WaveId waveId) {
        WaveDocument closing = mongo.findAndModify(
                Query.query(Criteria.where("_id").is(waveId.value()).and("status").is(WaveStatus.OPEN)
                        .and("releaseAfter").is(null)),
                new Update().set("releaseAfter", clock.instant().plus(CLOSE_GRACE)),
                FindAndModifyOptions.options().returnNew(true), WaveDocument.class);
        if (closing == null) {
            throw new UserFacingException("error.wave.not-open");
        }
        log.info("Wave {} of {} closed by hand; released after {}", closing.slot(), closing.campaignName(),
                closing.releaseAfter());
        audit.record("wave.closed", closing.campaignName() + ", wave " + (closing.slot() + 1) + " ("
                + closing.opensOn() + "), released after " + closing.releaseAfter());
        return closing.toDomain();
    }

    /**
     * Undoes a close by hand while its results are not released: the wave takes answers again until its last day.
     * Refused once the release has begun — released answers cannot be taken back, and a second release of the same
     * wave would publish the difference, i.e. the few answers given after the first (docs/ANONYMITY.md).
     */
    @PreAuthorize("hasRole('LEAD')")
    public Wave reopen(WaveId waveId) {
        WaveDocument reopened = mongo.findAndModify(
                Query.query(Criteria.where("_id").is(waveId.value()).and("status").is(WaveStatus.OPEN)
                        .and("releaseAfter").gt(clock.instant())),
                new Update().unset("releaseAfter"), FindAndModifyOptions.options().returnNew(true),
                WaveDocument.class);
        if (reopened == null) {
            Wave wave = wave(waveId).orElseThrow(() -> new UserFacingException("error.wave.unknown"));
            throw new UserFacingException(wave.status() == WaveStatus.OPEN && wave.reopenableUntil() == null
                    ? "error.wave.not-closed" : "error.wave.reopen.released");
        }
        audit.record("wave.reopened", reopened.campaignName() + ", wave " + (reopened.slot() + 1) + " ("
                + reopened.opensOn() + ")");
        return reopened.toDomain();
    }

    /** Closes a wave whatever its last day (a history loaded in bulk): its ballots are released at once. */
    void close(WaveId waveId) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(waveId.value()).and("status").is(WaveStatus.OPEN)),
                new Update().set("status", WaveStatus.CLOSING), WaveDocument.class);
        releaseClosing();
    }

    /** Releases every wave left CLOSING: closed on schedule or by hand, or interrupted by a crash. */
    private void releaseClosing() {
        for (WaveDocument closing : mongo.find(Query.query(Criteria.where("status").is(WaveStatus.CLOSING)),
                WaveDocument.class)) {
            try {
                release.release(closing);
            } catch (RuntimeException e) {
                // One wave that cannot be released (a lost key, a tampered box) must not stop the others' schedule.
                log.error("Wave {} of {} could not be released; it stays closing and is tried again at the next run",
                        closing.slot(), closing.campaignName(), e);
            }
        }
    }

    /**
     * Brings every campaign up to date on {@code today}: closes waves past their last day and releases their
     * ballots (also those of a release a crash interrupted), finishes waves left opening (a crash), opens the waves
     * whose opening day has come. Safe to run again and from several instances: a slot can be opened once only
     * (unique index), invitations are upserts, a release writes nothing twice.
     */
    @Unrestricted("WaveScheduler, running as the system under a JobLock")
    public void advance(LocalDate today) {
        var overdue = mongo.updateMulti(Query.query(Criteria.where("status").is(WaveStatus.OPEN)
                .and("closesOn").lt(today)), new Update().set("status", WaveStatus.CLOSING), WaveDocument.class);
        if (overdue.getModifiedCount() > 0) {
            log.info("{} wave(s) closed on schedule", overdue.getModifiedCount());
        }
        // Closed by hand and no longer undoable (decision 022): released now, their last day set to the close's.
        for (WaveDocument due : mongo.find(Query.query(Criteria.where("status").is(WaveStatus.OPEN)
                .and("releaseAfter").lte(clock.instant())), WaveDocument.class)) {
            LocalDate lastDay = Objects.requireNonNull(due.releaseAfter(), "queried on releaseAfter")
                    .atZone(clock.getZone()).toLocalDate();
            mongo.updateFirst(Query.query(Criteria.where("_id").is(due.id()).and("status").is(WaveStatus.OPEN)
                            .and("releaseAfter").lte(clock.instant())),
                    new Update().set("status", WaveStatus.CLOSING)
                            .set("closesOn", lastDay.isBefore(due.closesOn()) ? lastDay : due.closesOn()),
                    WaveDocument.class);
        }
        releaseClosing();
        release.sweepLateBallots(today);
        for (WaveDocument opening : mongo.find(Query.query(Criteria.where("status").is(WaveStatus.OPENING)),
                WaveDocument.class)) {
            campaign(new CampaignId(opening.campaignId())).ifPresent(c -> invite(c, opening));
        }
        for (Campaign campaign : campaigns()) {
            if (!campaign.active()) {
                continue;
            }
            int slot = campaign.slotOn(today);
            if (slot < 0 || openWave(campaign.id()).isPresent() || waveDocument(campaign.id(), slot).isPresent()) {
                continue;
            }
            LocalDate opensOn = campaign.cadence().opening(campaign.firstOpening(), slot);
            LocalDate closesOn = opensOn.plusDays(campaign.waveLengthDays() - 1L);
            if (!today.isAfter(closesOn)) {
                open(campaign, slot, opensOn, closesOn);
            }
        }
    }

    Wave open(Campaign campaign, int slot, LocalDate opensOn, LocalDate closesOn) {
        Questionnaire questionnaire = questionnaires.current();
        WaveDocument wave = new WaveDocument(Ids.random(), campaign.id().value(), campaign.name(), slot, opensOn,
                closesOn, WaveStatus.OPENING, questionnaire.version(), campaign.thresholds().k(),
                campaign.thresholds().kComments(), Map.of(), List.of(), null, null, null);
        try {
            mongo.insert(wave);
        } catch (DuplicateKeyException openedByAnotherInstance) {
            return waveDocument(campaign.id(), slot).orElseThrow().toDomain();
        }
        Wave opened = invite(campaign, wave);
        log.info("Wave {} of {} opened ({} → {}), {} people invited", slot, campaign.name(), opensOn, closesOn,
                opened.invitedTotal());
        return opened;
    }

    /** Writes one participation per invited person (idempotent), then marks the wave open with its counts. */
    private Wave invite(Campaign campaign, WaveDocument wave) {
        List<Employee> people = organization.workforce(new HashSet<>(campaign.targetDepartments()));
        Map<String, Integer> invited = new HashMap<>();
        List<List<Employee>> chunks = new ArrayList<>();
        for (int i = 0; i < people.size(); i += BULK_CHUNK) {
            chunks.add(people.subList(i, Math.min(people.size(), i + BULK_CHUNK)));
        }
        // A fresh wave gets plain inserts; a wave left half-opened (a crash) is completed with idempotent upserts.
        boolean fresh = !mongo.exists(Query.query(Criteria.where("waveId").is(wave.id())),
                ParticipationDocument.class);
        for (List<Employee> chunk : chunks) {
            if (fresh) {
                mongo.insertAll(chunk.stream().map(e -> {
                    String id = Ids.random();
                    return new ParticipationDocument(id, wave.id(), e.id().value(), e.departmentId().value(),
                            e.teamId() == null ? null : e.teamId().value(), false, List.of(),
                            Tokens.hash(seal.linkToken(id)), false, false, null);
                }).toList());
                chunk.forEach(e -> invited.merge(e.departmentId().value(), 1, Integer::sum));
                continue;
            }
            BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, ParticipationDocument.class);
            for (Employee e : chunk) {
                String id = Ids.random();
                bulk.upsert(Query.query(Criteria.where("waveId").is(wave.id()).and("employeeId").is(e.id().value())),
                        new Update().setOnInsert("_id", id)
                                .setOnInsert("linkHash", Tokens.hash(seal.linkToken(id)))
                                .setOnInsert("invited", false)
                                .setOnInsert("kiosk", false)
                                .setOnInsert("departmentId", e.departmentId().value())
                                .setOnInsert("teamId", e.teamId() == null ? null : e.teamId().value())
                                .setOnInsert("done", false)
                                .setOnInsert("reminded", List.of()));
                invited.merge(e.departmentId().value(), 1, Integer::sum);
            }
            bulk.execute();
        }
        WaveDocument open = mongo.findAndModify(Query.query(Criteria.where("_id").is(wave.id())),
                new Update().set("status", WaveStatus.OPEN).set("invited", invited),
                FindAndModifyOptions.options().returnNew(true), WaveDocument.class);
        if (open == null) { // deleted while its invitations were written
            throw new UserFacingException("error.wave.unknown");
        }
        return open.toDomain();
    }

    /**
     * Participation per department: live while the wave is open, counted where at least k people were invited;
     * once it is closed, from the counts kept at close, where at least k people answered. Either way a department's
     * count is shown only while the departments left hidden add up to none or at least k (invited, resp. answered)
     * — so the total minus the shown departments never gives a small department's count. Once closed, the boards
     * publish more totals of the same answers (each kind's, each published department's on its whole subtree, each
     * shown team's): the rule then holds for what is left of each of those totals once the published totals inside it
     * are taken away ({@link SmallGroups#shownInside}), so that no board's count minus the counts shown here gives a
     * small sub-department's (docs/ANONYMITY.md, docs/decisions/038). While the wave is open nothing else of its
     * answers is published: its whole total only.
     */
    @PreAuthorize("hasRole('LEAD')")
    public List<DepartmentParticipation> participation(WaveId waveId) {
        Wave wave = wave(waveId).orElseThrow(() -> new UserFacingException("error.wave.unknown"));
        boolean closed = wave.status() == WaveStatus.CLOSED;
        Map<String, Integer> answered = closed ? wave.answered() : live(waveId);
        java.util.Set<String> shown = closed ? shownCounts(wave)
                : SmallGroups.shown(wave.invitedTotal(), wave.invited(), wave.thresholds().k());
        Map<String, Department> departments = organization.departments().stream()
                .collect(Collectors.toMap(d -> d.id().value(), Function.identity()));
        return wave.invited().entrySet().stream().map(e -> {
            Department d = departments.get(e.getKey());
            return new DepartmentParticipation(new app.symetrie.organization.DepartmentId(e.getKey()),
                    d == null ? "?" : d.name(), d != null && d.kind() == DepartmentKind.SUPPORT, e.getValue(),
                    shown.contains(e.getKey()) ? answered.getOrDefault(e.getKey(), 0) : null);
        }).sorted(Comparator.comparing(DepartmentParticipation::departmentName)).toList();
    }

    /**
     * The departments whose answered count a closed wave's participation page shows, beside every total its boards
     * publish (read by other pages that publish more of the same counts). A department's count counts for what the
     * boards do not already publish of it (its shown teams aside). Without the boards (no bean: a context without them publishes nothing else) only the whole total is read.
     */
    @PreAuthorize("hasRole('LEAD')")
    public java.util.Set<String> shownCounts(Wave wave) {
        if (wave.status() != WaveStatus.CLOSED) {
            throw new IllegalArgumentException("the counts of a closed wave only");
        }
        PublishedTotals totals = publishedTotals.getIfAvailable();
        PublishedTotals.Nesting nesting = totals == null ? PublishedTotals.Nesting.WHOLE_ONLY : totals.of(wave);
        Map<String, Integer> unpublished = new HashMap<>();
        java.util.Set<String> units = new java.util.HashSet<>(wave.invited().keySet());
        units.addAll(wave.answered().keySet());
        units.forEach(id -> unpublished.put(id, Math.max(0, wave.answered().getOrDefault(id, 0)
                - nesting.known().getOrDefault(id, 0))));
        return SmallGroups.shownInside(unpublished, nesting.parentOf(), nesting.published(), wave.thresholds().k());
    }

    private Map<String, Integer> live(WaveId waveId) {
        Map<String, Integer> answered = new HashMap<>();
        var aggregation = Aggregation.newAggregation(
                Aggregation.match(Criteria.where("waveId").is(waveId.value()).and("done").is(true)),
                Aggregation.group("departmentId").count().as("n"));
        for (Document row : mongo.aggregate(aggregation, ParticipationDocument.class, Document.class)) {
            answered.put(row.getString("_id"), row.get("n", Number.class).intValue());
        }
        return answered;
    }

    /** Whole-wave participation: answered / invited. */
    @PreAuthorize("hasRole('LEAD')")
    public int answeredCount(WaveId waveId) {
        Wave wave = wave(waveId).orElse(null);
        if (wave != null && wave.status() == WaveStatus.CLOSED) {
            return wave.answered().values().stream().mapToInt(Integer::intValue).sum();
        }
        return (int) mongo.count(Query.query(Criteria.where("waveId").is(waveId.value()).and("done").is(true)),
                ParticipationDocument.class);
    }
}
