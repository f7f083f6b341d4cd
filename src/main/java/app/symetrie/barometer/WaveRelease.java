package app.symetrie.barometer;

import app.symetrie.barometer.internal.AnswerDocument;
import app.symetrie.barometer.internal.Ballot;
import app.symetrie.barometer.internal.BallotBox;
import app.symetrie.barometer.internal.CommentDocument;
import app.symetrie.barometer.internal.ParticipationDocument;
import app.symetrie.barometer.internal.WaveDocument;
import app.symetrie.organization.Department;
import app.symetrie.organization.OrganizationService;
import app.symetrie.organization.Team;
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
 *   <li>the units each answer may name are decided from the ballots' counts ({@link Placement}); who answered is
 *   reduced to counts per department and the participation records are deleted — before any answer is written;</li>
 *   <li>answers and comments are written in shuffled order, with ids derived from their ballots under the ballot key
 *   (a resumed release rewrites nothing), and no time; the released ballots are deleted;</li>
 *   <li>who answered is reduced to counts per department; participation records and the box are emptied;</li>
 *   <li>the boards compute the wave's figures ({@link WaveReleased}); the wave is CLOSED.</li>
 * </ol>
 */
@Component
class WaveRelease {

    private static final Logger log = LoggerFactory.getLogger(WaveRelease.class);
    private static final int BATCH = 500;

    private final MongoTemplate mongo;
    private final BallotBox box;
    private final OrganizationService organization;
    private final ApplicationEventPublisher events;
    private final SecureRandom shuffle = new SecureRandom();

    WaveRelease(MongoTemplate mongo, BallotBox box, OrganizationService organization,
                ApplicationEventPublisher events) {
        this.mongo = mongo;
        this.box = box;
        this.organization = organization;
        this.events = events;
    }

    /** Releases a wave that is CLOSING and marks it CLOSED. */
    void release(WaveDocument wave) {
        String waveId = wave.id();
        box.releaseAll(waveId);
        List<String> ids = new ArrayList<>(box.released(waveId));

        Map<String, Integer> byDepartment = new HashMap<>();
        Map<String, Integer> byTeam = new HashMap<>();
        forEachBatch(waveId, ids, ballots -> ballots.values().forEach(b -> {
            byDepartment.merge(b.departmentId(), 1, Integer::sum);
            if (b.teamId() != null) {
                byTeam.merge(b.teamId(), 1, Integer::sum);
            }
        }));
        Placement placement = placement(byDepartment, byTeam, wave.k());
        if (!ids.isEmpty()) {
            // Counts per department, once: a resumed release whose box is already empty keeps the first counts.
            mongo.updateFirst(Query.query(Criteria.where("_id").is(waveId).and("answered").exists(false)),
                    new Update().set("answered", byDepartment), WaveDocument.class);
        }
        // Who answered is forgotten before any answer is written in clear, so that no state of the store (nor any
        // chunk of the embedded store's file, nor an oplog window) holds both.
        mongo.remove(Query.query(Criteria.where("waveId").is(waveId)), ParticipationDocument.class);

        Collections.shuffle(ids, shuffle);
        forEachBatch(waveId, ids, ballots -> write(wave, placement, ballots));
        box.emptyReleased(waveId);
        events.publishEvent(new WaveReleased(new WaveId(waveId), wave.k()));
        mongo.updateFirst(Query.query(Criteria.where("_id").is(waveId).and("status").is(WaveStatus.CLOSING)),
                new Update().set("status", WaveStatus.CLOSED), WaveDocument.class);
        log.info("Wave {} of {} closed: {} answers released", wave.slot(), wave.campaignName(), ids.size());
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

    private Placement placement(Map<String, Integer> byDepartment, Map<String, Integer> byTeam, int k) {
        Map<String, String> kindOf = new HashMap<>();
        Map<String, String> teamDepartment = new HashMap<>();
        for (Department d : organization.departments()) {
            kindOf.put(d.id().value(), d.kind().name());
            for (Team t : organization.teams(d.id())) {
                teamDepartment.put(t.id().value(), d.id().value());
            }
        }
        return new Placement(byDepartment, byTeam, teamDepartment, kindOf, k);
    }

    private void forEachBatch(String waveId, List<String> ids, java.util.function.Consumer<Map<String, Ballot>> action) {
        for (int i = 0; i < ids.size(); i += BATCH) {
            action.accept(box.open(waveId, ids.subList(i, Math.min(ids.size(), i + BATCH))));
        }
    }

    private void write(WaveDocument wave, Placement placement, Map<String, Ballot> ballots) {
        List<Map.Entry<String, Ballot>> shuffled = new ArrayList<>(ballots.entrySet());
        Collections.shuffle(shuffled, shuffle);
        List<AnswerDocument> answers = new ArrayList<>();
        List<CommentDocument> comments = new ArrayList<>();
        for (Map.Entry<String, Ballot> entry : shuffled) {
            Ballot ballot = entry.getValue();
            Placement.Labels labels = placement.labels(ballot.departmentId(), ballot.teamId());
            AnswerForm form = ballot.form();
            answers.add(new AnswerDocument(box.releasedId("answer", entry.getKey()), wave.id(), labels.departmentId(),
                    labels.teamId(), labels.kind(), ballot.questionnaireVersion(), scores(form), tools(form),
                    form.painPoints().stream().sorted().toList(), form.recommend() == null ? 0 : form.recommend()));
            if (form.comment() != null && !form.comment().isBlank()) {
                comments.add(new CommentDocument(box.releasedId("comment", entry.getKey()), wave.id(),
                        labels.departmentId(), labels.kind(), form.comment().strip()));
            }
        }
        insertOnce(answers, AnswerDocument.class);
        insertOnce(comments, CommentDocument.class);
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

    static List<AnswerDocument.ToolAnswer> tools(AnswerForm form) {
        return form.tools().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> new AnswerDocument.ToolAnswer(e.getKey(), e.getValue().frequency(), e.getValue().comfort()))
                .toList();
    }
}
