package app.symetrie.barometer;

import app.symetrie.barometer.internal.AnswerDocument;
import app.symetrie.barometer.internal.Ballot;
import app.symetrie.barometer.internal.BallotBox;
import app.symetrie.barometer.internal.CommentDocument;
import app.symetrie.barometer.internal.CommentShelfDocument;
import app.symetrie.barometer.internal.KioskCodeDocument;
import app.symetrie.barometer.internal.ParticipationDocument;
import app.symetrie.barometer.internal.WaveDocument;
import app.symetrie.organization.Department;
import app.symetrie.organization.DepartmentTree;
import app.symetrie.organization.OrganizationService;
import app.symetrie.mail.MailService;
import app.symetrie.store.JobLock;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Closing a wave: the ballot box is opened and its answers released (docs/ANONYMITY.md). Every step can run again
 * after a crash and does not write twice, so a wave left CLOSING is simply released again at the next run:
 * <ol>
 *   <li>every ballot is marked released — from then on it counts, and a submit racing the close cannot take it
 *   back;</li>
 *   <li>the units each answer may name are decided from the ballots' counts and the department tree
 *   ({@link Placement}: an answer of a department too small to be named is counted in its parent); who answered is
 *   reduced to counts per department and the participation records are deleted — before any answer is written;</li>
 *   <li>answers and comments are written in shuffled order, with ids derived from their ballots under the ballot key
 *   (a resumed release rewrites nothing), and no time; the released ballots are deleted;</li>
 *   <li>who answered is reduced to counts per department; participation records and the box are emptied;</li>
 *   <li>the journey moments are rolled up from the released answers ({@link JourneyMomentRatings});</li>
 *   <li>the boards compute the wave's figures ({@link WaveReleased}); the wave is CLOSED.</li>
 * </ol>
 */
@Component
class WaveRelease {

    private static final Logger log = LoggerFactory.getLogger(WaveRelease.class);
    private static final int BATCH = 1000;
    private static final java.time.Duration LOCK_LEASE = java.time.Duration.ofMinutes(30);

    private final MongoTemplate mongo;
    private final BallotBox box;
    private final OrganizationService organization;
    private final ApplicationEventPublisher events;
    private final JobLock locks;
    private final MailService mail;
    private final ServiceRatingsRelease serviceRatings;
    private final JourneyMomentRatings moments;
    private final SecureRandom shuffle = new SecureRandom();

    WaveRelease(MongoTemplate mongo, BallotBox box, OrganizationService organization,
                ApplicationEventPublisher events, JobLock locks, MailService mail,
                ServiceRatingsRelease serviceRatings, JourneyMomentRatings moments) {
        this.serviceRatings = serviceRatings;
        this.locks = locks;
        this.moments = moments;
        this.mail = mail;
        this.mongo = mongo;
        this.box = box;
        this.organization = organization;
        this.events = events;
    }

    /**
     * Releases a wave that is CLOSING and marks it CLOSED. One release at a time per wave: in this instance
     * (synchronized) and across instances (a lock per wave); a release that finds the lock held leaves the wave to
     * its holder.
     */
    synchronized void release(WaveDocument wave) {
        locks.runExclusively(lockName(wave.id()), LOCK_LEASE, () -> releaseLocked(wave));
    }

    /** The lock a wave's release holds across instances (a backup holds it too, to keep the wave as it is). */
    static String lockName(String waveId) {
        return "release:" + waveId;
    }

    private void releaseLocked(WaveDocument wave) {
        String waveId = wave.id();
        int k = AnonymityThresholds.clamp(wave.k());
        box.releaseAll(waveId);
        Map<String, Ballot> ballots = box.openReleased(waveId);

        Map<String, Integer> byDepartment = new HashMap<>();
        Map<Placement.TeamKey, Integer> byTeam = new HashMap<>();
        ballots.values().forEach(b -> {
            byDepartment.merge(b.departmentId(), 1, Integer::sum);
            if (b.teamId() != null) {
                byTeam.merge(new Placement.TeamKey(b.departmentId(), b.teamId()), 1, Integer::sum);
            }
        });
        requireOneBallotPerParticipation(waveId, byDepartment);
        Placement placement = placement(waveId, byDepartment, byTeam, k);
        if (!ballots.isEmpty()) {
            // Counts per department, once: a resumed release whose box is already empty keeps the first counts.
            mongo.updateFirst(Query.query(Criteria.where("_id").is(waveId).and("answered").exists(false)),
                    new Update().set("answered", byDepartment), WaveDocument.class);
        }
        // Who answered is forgotten before any answer is written in clear, so that no state of the store (nor any
        // chunk of the embedded store's file, nor an oplog window) holds both.
        mongo.remove(Query.query(Criteria.where("waveId").is(waveId)), ParticipationDocument.class);
        mongo.remove(Query.query(Criteria.where("waveId").is(waveId)), KioskCodeDocument.class);
        mail.forget(ReminderService.tag(new WaveId(waveId)));
        mail.forget(Invitations.tag(new WaveId(waveId)));
        write(wave, placement, ballots);
        serviceRatings.publish(waveId, k, placement, ballots); // rolled up now: the ballots are deleted next
        box.emptyReleased(waveId);
        moments.rollUp(new WaveId(waveId), k);
        events.publishEvent(new WaveReleased(new WaveId(waveId), k));
        mongo.updateFirst(Query.query(Criteria.where("_id").is(waveId).and("status").is(WaveStatus.CLOSING)),
                new Update().set("status", WaveStatus.CLOSED).unset("placement"), WaveDocument.class);
        log.info("Wave {} of {} closed: {} answers released", wave.slot(), wave.campaignName(), ballots.size());
    }

    /**
     * Each ballot was cast by one participation: more ballots than people who answered, in any department, means
     * ballots were copied or added in the database (to make a small group look large enough to be named). Nothing
     * is released then; the wave stays closing and the log says why. Checked while participations still exist.
     */
    private void requireOneBallotPerParticipation(String waveId, Map<String, Integer> ballotsByDepartment) {
        if (!mongo.exists(Query.query(Criteria.where("waveId").is(waveId)), ParticipationDocument.class)) {
            return; // a resumed release: participations were already reduced to counts, after this check passed
        }
        Map<String, Integer> answered = new HashMap<>();
        var aggregation = Aggregation.newAggregation(
                Aggregation.match(Criteria.where("waveId").is(waveId).and("done").is(true)),
                Aggregation.group("departmentId").count().as("n"));
        for (org.bson.Document row : mongo.aggregate(aggregation, ParticipationDocument.class, org.bson.Document.class)) {
            answered.put(row.getString("_id"), row.get("n", Number.class).intValue());
        }
        ballotsByDepartment.forEach((department, ballots) -> {
            if (ballots > answered.getOrDefault(department, 0)) {
                throw new IllegalStateException("Wave " + waveId + ": more ballots than people who answered in a "
                        + "department — ballots were added or copied in the database. Nothing is released.");
            }
        });
    }

    /** The units answers may name: decided once and kept on the wave until it is closed, so a resume reuses it. */
    private Placement placement(String waveId, Map<String, Integer> byDepartment,
                                Map<Placement.TeamKey, Integer> byTeam, int k) {
        WaveDocument current = mongo.findById(waveId, WaveDocument.class);
        if (current != null && current.placement() != null) {
            return restore(current.placement());
        }
        List<Department> departments = organization.departments();
        DepartmentTree tree = new DepartmentTree(departments);
        java.util.Set<String> concerned = new java.util.HashSet<>();
        byDepartment.keySet().forEach(id -> concerned.addAll(tree.ancestorsOrSelf(id)));
        Map<String, String> kindOf = new HashMap<>();
        Map<String, String> parentOf = new HashMap<>();
        for (Department d : departments) {
            String id = d.id().value();
            if (concerned.contains(id)) {
                kindOf.put(id, d.kind().name());
                String parent = tree.parentOf(id);
                if (parent != null) {
                    parentOf.put(id, parent);
                }
            }
        }
        Placement decided = new Placement(byDepartment, byTeam, kindOf, parentOf, k);
        mongo.updateFirst(Query.query(Criteria.where("_id").is(waveId).and("placement").exists(false)),
                new Update().set("placement", store(decided.named())), WaveDocument.class);
        WaveDocument stored = mongo.findById(waveId, WaveDocument.class);
        return stored != null && stored.placement() != null ? restore(stored.placement()) : decided;
    }

    private static WaveDocument.Naming store(Placement.Named named) {
        return new WaveDocument.Naming(named.kindOf(), List.copyOf(named.kinds()), List.copyOf(named.departments()),
                List.copyOf(named.teams()), named.parentOf());
    }

    private static Placement restore(WaveDocument.Naming naming) {
        return Placement.restore(new Placement.Named(naming.kindOf(), java.util.Set.copyOf(naming.kinds()),
                java.util.Set.copyOf(naming.departments()), java.util.Set.copyOf(naming.teams()),
                naming.parentOf() == null ? Map.of() : naming.parentOf()));
    }

    /**
     * Removes ballots cast into waves that closed more than a day ago and never released: their authors were told
     * the wave had closed (or their process died before telling them); no submit takes a day.
     */
    void sweepLateBallots(java.time.LocalDate today) {
        for (WaveDocument closed : mongo.find(Query.query(Criteria.where("status").is(WaveStatus.CLOSED)
                .and("closesOn").lt(today.minusDays(1))), WaveDocument.class)) {
            box.sweep(closed.id());
        }
    }

    /**
     * Writes every answer in one shuffled order, then every comment in another, independent one: the position of a
     * comment among comments says nothing of its answer, and no read of ballots is interleaved with the writes.
     */
    private void write(WaveDocument wave, Placement placement, Map<String, Ballot> ballots) {
        List<AnswerDocument> answers = new ArrayList<>();
        List<CommentDocument> comments = new ArrayList<>();
        ballots.forEach((ballotId, ballot) -> {
            Placement.Labels labels = placement.labels(ballot.departmentId(), ballot.teamId());
            AnswerForm form = ballot.form();
            answers.add(new AnswerDocument(box.releasedId("answer", ballotId), wave.id(), labels.departmentId(),
                    labels.teamId(), labels.kind(), ballot.questionnaireVersion(), scores(form), tools(form),
                    form.painPoints().stream().sorted().toList(), form.recommend() == null ? 0 : form.recommend(),
                    moments(form)));
            if (form.comment() != null && !form.comment().isBlank()) {
                comments.add(new CommentDocument(box.releasedId("comment", ballotId), wave.id(),
                        labels.departmentId(), labels.kind(), form.comment().strip()));
            }
        });
        Collections.shuffle(answers, shuffle);
        Collections.shuffle(comments, shuffle);
        for (int i = 0; i < answers.size(); i += BATCH) {
            insertOnce(answers.subList(i, Math.min(answers.size(), i + BATCH)), AnswerDocument.class);
        }
        for (int i = 0; i < comments.size(); i += BATCH) {
            insertOnce(comments.subList(i, Math.min(comments.size(), i + BATCH)), CommentDocument.class);
        }
        shelve(wave.id(), comments);
    }

    /**
     * Adds the comments' ids to their wave's shelf, per department, sorted: the ids are keyed hashes, so their order
     * is random and says nothing of the order the comments were written in. Added to, never replaced: a resumed
     * release may hold only some of the wave's ballots (a late one, or those a crash left in the box), and a shelf
     * that lost the others would hide their comments from every board — and single out the ones it kept.
     */
    private void shelve(String waveId, List<CommentDocument> comments) {
        CommentShelfDocument before = mongo.findById(waveId, CommentShelfDocument.class);
        if (comments.isEmpty() && before != null) {
            return;
        }
        mongo.save(CommentShelfDocument.adding(waveId, before, comments));
    }

    /** Inserts documents, skipping those a previous, interrupted release already wrote. */
    private <T> void insertOnce(List<T> documents, Class<T> type) {
        if (documents.isEmpty()) {
            return;
        }
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, type);
        bulk.insert(documents);
        try {
            bulk.execute();
        } catch (BulkOperationException e) {
            if (e.getErrors().stream().anyMatch(error -> error.getCode() != 11000)) {
                throw e;
            }
        } catch (DuplicateKeyException alreadyWritten) {
            // every document of this batch was written by the interrupted release
        }
    }

    static List<AnswerDocument.Score> scores(AnswerForm form) {
        return form.scores().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> new AnswerDocument.Score(e.getKey(), e.getValue())).toList();
    }

    static List<AnswerDocument.Score> moments(AnswerForm form) {
        return form.moments().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> new AnswerDocument.Score(e.getKey(), e.getValue())).toList();
    }

    static List<AnswerDocument.ToolAnswer> tools(AnswerForm form) {
        return form.tools().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> new AnswerDocument.ToolAnswer(e.getKey(), e.getValue().frequency(), e.getValue().comfort()))
                .toList();
    }
}
