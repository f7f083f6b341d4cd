package app.symetrie.action;

import app.symetrie.action.internal.ActionDocument;
import app.symetrie.action.internal.ActionRepository;
import app.symetrie.action.internal.CheckInBallot;
import app.symetrie.action.internal.CheckInMark;
import app.symetrie.action.internal.CheckInOpening;
import app.symetrie.action.internal.CheckInRelease;
import app.symetrie.barometer.AnonymityThresholds;
import app.symetrie.barometer.CampaignService;
import app.symetrie.barometer.SealedAnswers;
import app.symetrie.barometer.Wave;
import app.symetrie.board.IndicatorFigures;
import app.symetrie.common.Ids;
import app.symetrie.common.Unrestricted;
import app.symetrie.common.UserFacingException;
import app.symetrie.organization.DepartmentId;
import app.symetrie.organization.EmployeeId;
import app.symetrie.organization.OrganizationService;
import app.symetrie.security.CurrentUser;
import app.symetrie.security.SignedInUser;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Action check-ins: a month after an action started, its team is asked once "is this making a difference?" (1–5),
 * for two weeks. When it opens, every member of the team gets a mark "asked", in a random order; answering flips
 * that mark in place (which refuses a second answer) and writes the answer sealed under the ballot key, with no
 * person and no time — two unrelated things, like a barometer participation and its ballot. When the
 * check-in closes, the marks are reduced to a count and deleted, then the sealed answers are opened all at once and
 * kept only as a count, a sum and a sum of squares — and only when they reach the barometer's threshold k
 * (decision 032).
 */
@Service
public class CheckInService {

    private static final Logger log = LoggerFactory.getLogger(CheckInService.class);
    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    /** A check-in opens this long after its action started… */
    public static final int OPENS_AFTER_MONTHS = 1;
    /** …and takes answers this many days, its opening day included. */
    public static final int OPEN_DAYS = 14;

    private final ActionRepository actions;
    private final SealedAnswers seal;
    private final CampaignService campaigns;
    private final IndicatorFigures figures;
    private final OrganizationService organization;
    private final MongoTemplate mongo;
    private final Clock clock;

    CheckInService(ActionRepository actions, SealedAnswers seal, CampaignService campaigns, IndicatorFigures figures,
                   OrganizationService organization, MongoTemplate mongo, Clock clock) {
        this.organization = organization;
        this.actions = actions;
        this.seal = seal;
        this.campaigns = campaigns;
        this.figures = figures;
        this.mongo = mongo;
        this.clock = clock;
    }

    static @Nullable LocalDate opensOn(ActionDocument a) {
        boolean started = a.status() == ActionStatus.IN_PROGRESS || a.status() == ActionStatus.DONE;
        return started && a.startOn() != null ? a.startOn().plusMonths(OPENS_AFTER_MONTHS) : null;
    }

    static @Nullable LocalDate closesOn(@Nullable LocalDate opensOn) {
        return opensOn == null ? null : opensOn.plusDays(OPEN_DAYS - 1);
    }

    private static String box(String actionId) {
        return "action-checkin:" + actionId;
    }

    // ----- reading

    /** The open check-ins the signed-in person may answer and has not: their department's actions and the company's. */
    @PreAuthorize("isAuthenticated()")
    public List<CheckIn> pending() {
        SignedInUser user = CurrentUser.require();
        if (user.employeeId() == null) {
            return List.of();
        }
        List<ActionDocument> mine = new ArrayList<>(actions.findByDepartmentIdIsNull());
        if (user.departmentId() != null) {
            mine.addAll(actions.findByDepartmentId(user.departmentId().value()));
        }
        LocalDate today = LocalDate.now(clock);
        List<ActionDocument> open = mine.stream().filter(a -> isOpen(a, today)).toList();
        Set<String> answered = answeredBy(user, open);
        return open.stream().filter(a -> !answered.contains(a.id()))
                .map(a -> present(a, user, today, false, null))
                .sorted(Comparator.comparing(CheckIn::closesOn, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    /** An action's check-in as the signed-in person may see it (the action's visibility rules apply). */
    @PreAuthorize("isAuthenticated()")
    public CheckIn checkIn(ActionId id) {
        SignedInUser user = CurrentUser.require();
        ActionDocument a = requireVisible(id, user);
        LocalDate today = LocalDate.now(clock);
        boolean mine = user.employeeId() != null && !answeredBy(user, List.of(a)).isEmpty();
        CheckInRelease release = mongo.findById(a.id(), CheckInRelease.class);
        return present(a, user, today, mine, release);
    }

    private CheckIn present(ActionDocument a, SignedInUser user, LocalDate today, boolean answeredByMe,
                            @Nullable CheckInRelease release) {
        LocalDate opens = opensOn(a);
        LocalDate closes = closesOn(opens);
        CheckIn.State state;
        CheckInResult result = null;
        if (release != null && release.released()) {
            if (figures.readable(a.departmentId() == null ? null : new DepartmentId(a.departmentId()))) {
                state = CheckIn.State.CLOSED;
                result = release.sum() == null || release.sumOfSquares() == null ? CheckInResult.tooFew(release.k())
                        : CheckInResult.of(release.k(), release.n(), release.sum(), release.sumOfSquares());
            } else {
                state = CheckIn.State.NOT_READABLE;
            }
            opens = opens == null ? release.closesOn().minusDays(OPEN_DAYS - 1) : opens;
            closes = release.closesOn();
        } else if (release != null) {
            state = CheckIn.State.CLOSING;
        } else if (opens == null) {
            state = CheckIn.State.NONE;
        } else if (today.isBefore(opens)) {
            state = CheckIn.State.NOT_YET;
        } else if (!today.isAfter(Objects.requireNonNull(closes))) {
            state = CheckIn.State.OPEN;
        } else {
            state = CheckIn.State.CLOSING;
        }
        boolean may = state == CheckIn.State.OPEN && !answeredByMe && user.employeeId() != null
                && ActionService.member(user, a.departmentId());
        return new CheckIn(new ActionId(a.id()), a.title(), a.departmentId() == null ? "" : departmentName(a),
                opens, closes, state, answeredByMe, may, result);
    }

    private String departmentName(ActionDocument a) {
        return a.departmentId() == null ? "" : organization.department(new DepartmentId(a.departmentId()))
                .map(app.symetrie.organization.Department::name).orElse("");
    }

    private static boolean isOpen(ActionDocument a, LocalDate today) {
        LocalDate opens = opensOn(a);
        return opens != null && !today.isBefore(opens) && !today.isAfter(Objects.requireNonNull(closesOn(opens)));
    }

    private Set<String> answeredBy(SignedInUser user, List<ActionDocument> among) {
        if (user.employeeId() == null || among.isEmpty()) {
            return Set.of();
        }
        String me = user.employeeId().value();
        List<String> ids = among.stream().map(a -> CheckInMark.idOf(a.id(), me)).toList();
        return mongo.find(Query.query(Criteria.where("_id").in(ids).and("answered").ne(false)), CheckInMark.class)
                .stream().map(CheckInMark::actionId).collect(Collectors.toSet());
    }

    private ActionDocument requireVisible(ActionId id, SignedInUser user) {
        ActionDocument a = actions.findById(id.value())
                .orElseThrow(() -> new UserFacingException("action.error.unknown"));
        if (!ActionService.sees(user, a)) {
            throw new UserFacingException("action.error.unknown");
        }
        return a;
    }

    // ----- answering

    /**
     * The signed-in person answers an open check-in of their team, once: the mark is written first, so a second answer
     * (two tabs, two clicks) is refused by the store; then the sealed answer, which names neither the person nor the
     * time. If the sealed answer cannot be written the mark is taken back, so the person may try again.
     */
    @PreAuthorize("isAuthenticated()")
    public void answer(ActionId id, int score) {
        if (score < 1 || score > 5) {
            throw new UserFacingException("action.checkin.error.score");
        }
        SignedInUser user = CurrentUser.require();
        ActionDocument a = requireVisible(id, user);
        if (user.employeeId() == null || !ActionService.member(user, a.departmentId())) {
            throw new UserFacingException("action.checkin.error.not-member");
        }
        if (!isOpen(a, LocalDate.now(clock)) || mongo.exists(Query.query(Criteria.where("_id").is(a.id())),
                CheckInRelease.class)) {
            throw new UserFacingException("action.checkin.error.closed");
        }
        String mark = CheckInMark.idOf(a.id(), user.employeeId().value());
        if (!claim(mark)) {
            if (mongo.exists(Query.query(Criteria.where("_id").is(mark)), CheckInMark.class)) {
                throw new UserFacingException("action.checkin.error.twice");
            }
            // The check-in opened since the last scheduled run: the team's marks are written now (all of them, so
            // this one is not the only mark written at this moment), then this person's is claimed.
            open(a);
            if (!claim(mark)) {
                throw new UserFacingException("action.checkin.error.twice");
            }
        }
        String ballotId = Ids.random();
        try {
            mongo.insert(new CheckInBallot(ballotId, a.id(), seal.seal(box(a.id()), ballotId,
                    Integer.toString(score))));
        } catch (RuntimeException e) {
            mongo.updateFirst(Query.query(Criteria.where("_id").is(mark)), new Update().set("answered", false),
                    CheckInMark.class);
            throw e;
        }
    }

    /** Flips the person's mark from asked to answered: false when there is no such unanswered mark. */
    private boolean claim(String mark) {
        return mongo.findAndModify(Query.query(Criteria.where("_id").is(mark).and("answered").is(false)),
                new Update().set("answered", true), CheckInMark.class) != null;
    }

    // ----- opening

    /**
     * Writes the marks of every check-in that is open and has none yet: one per member of the team, unanswered, in a
     * random order — so that the order of the marks in the store, or in a backup, says nothing of who answered when.
     *
     * @return how many check-ins were opened
     */
    @Unrestricted("Scheduled work: writes who is asked, no answer")
    public int openDue() {
        return openDue(actions.findAll());
    }

    private int openDue(List<ActionDocument> all) {
        LocalDate today = LocalDate.now(clock);
        Set<String> settled = new java.util.HashSet<>(
                mongo.findDistinct(new Query(), "_id", CheckInOpening.class, String.class));
        settled.addAll(mongo.findDistinct(new Query(), "_id", CheckInRelease.class, String.class));
        int opened = 0;
        for (ActionDocument a : all) {
            if (isOpen(a, today) && !settled.contains(a.id())) {
                open(a);
                opened++;
            }
        }
        return opened;
    }

    /**
     * The scheduled run: opens the check-ins that are due, then releases those past their last day, reading the
     * actions once for both.
     *
     * @return how many check-ins were released
     */
    @Unrestricted("Scheduled work: writes who is asked and releases counts only, to nobody in particular")
    public int runDue() {
        List<ActionDocument> all = actions.findAll();
        openDue(all);
        return releaseDue(all);
    }

    /** The team's marks (idempotent: a mark already there is left as it is), then the opening is recorded. */
    private void open(ActionDocument a) {
        Set<DepartmentId> team = a.departmentId() != null ? Set.of(new DepartmentId(a.departmentId()))
                : organization.departments().stream().map(app.symetrie.organization.Department::id)
                        .collect(Collectors.toSet());
        List<String> people = new java.util.ArrayList<>(organization.workforce(team).stream()
                .map(e -> e.id().value()).toList());
        java.util.Collections.shuffle(people, RANDOM);
        for (int i = 0; i < people.size(); i += 500) {
            BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, CheckInMark.class);
            for (String person : people.subList(i, Math.min(people.size(), i + 500))) {
                bulk.upsert(Query.query(Criteria.where("_id").is(CheckInMark.idOf(a.id(), person))),
                        new Update().setOnInsert("actionId", a.id()).setOnInsert("answered", false));
            }
            bulk.execute();
        }
        try {
            mongo.insert(new CheckInOpening(a.id()));
        } catch (DuplicateKeyException openedMeanwhile) {
            // another run or answer opened it too: the upserts above changed nothing
        }
    }

    // ----- closing

    /** The threshold of the latest wave (the campaign's k), the barometer's default before any wave. */
    private int k() {
        List<Wave> closed = campaigns.closedWaves();
        return closed.isEmpty() ? AnonymityThresholds.DEFAULT.k() : closed.getLast().thresholds().k();
    }

    /**
     * Closes every check-in past its last day, on one instance at a time (the caller holds a job lock): counts the
     * marks and deletes them, opens the sealed answers all at once, keeps a count, a sum and a sum of squares when
     * they reach k (nothing of them otherwise), and deletes them. A run cut short is finished by the next one; a
     * check-in with a sealed answer that does not open, or with more answers than people marked, is not released
     * (the log says why) — a copied ballot cannot push a team over k.
     *
     * @return how many check-ins were released
     */
    @Unrestricted("Scheduled work: releases counts only, to nobody in particular")
    public int releaseDue() {
        return releaseDue(actions.findAll());
    }

    private int releaseDue(List<ActionDocument> all) {
        LocalDate today = LocalDate.now(clock);
        Map<String, CheckInRelease> releases = new java.util.HashMap<>();
        mongo.findAll(CheckInRelease.class).forEach(r -> releases.put(r.id(), r));
        Set<String> withAnswers = new java.util.HashSet<>();
        mongo.findDistinct(new Query(), "actionId", CheckInMark.class, String.class).forEach(withAnswers::add);
        mongo.findDistinct(new Query(), "actionId", CheckInBallot.class, String.class).forEach(withAnswers::add);
        int released = 0;
        for (ActionDocument a : all) {
            LocalDate closes = closesOn(opensOn(a));
            boolean due = closes != null && today.isAfter(closes);
            CheckInRelease existing = releases.get(a.id());
            if (existing != null && existing.released()) {
                if (withAnswers.contains(a.id())) {
                    deleteAnswers(a.id());
                }
                continue;
            }
            if (existing == null && (!due || closes == null)) {
                if (!due && withAnswers.contains(a.id()) && opensOn(a) == null) {
                    // The action went back to "planned" or was dropped while its check-in was open: close it now.
                    released += release(a.id(), today.minusDays(1)) ? 1 : 0;
                }
                continue;
            }
            released += release(a.id(), existing != null ? existing.closesOn() : Objects.requireNonNull(closes))
                    ? 1 : 0;
        }
        return released;
    }

    private boolean release(String actionId, LocalDate closesOn) {
        CheckInRelease state = mongo.findById(actionId, CheckInRelease.class);
        if (state == null) {
            int marked = (int) mongo.count(Query.query(Criteria.where("actionId").is(actionId).and("answered")
                    .ne(false)), CheckInMark.class);
            try {
                mongo.insert(new CheckInRelease(actionId, closesOn, AnonymityThresholds.clamp(k()), marked, false, 0,
                        null, null));
            } catch (DuplicateKeyException otherRun) {
                // Another run got here first: go on from what it stored.
            }
            state = Objects.requireNonNull(mongo.findById(actionId, CheckInRelease.class));
        }
        // Who answered is reduced to the count above before anything of the answers is read or written.
        mongo.remove(Query.query(Criteria.where("actionId").is(actionId)), CheckInMark.class);
        mongo.remove(Query.query(Criteria.where("_id").is(actionId)), CheckInOpening.class);
        List<CheckInBallot> ballots = mongo.find(Query.query(Criteria.where("actionId").is(actionId)),
                CheckInBallot.class);
        if (ballots.size() > state.answered()) {
            log.error("Check-in of action {} not released: {} sealed answers for {} people marked as answered "
                    + "(a copied answer?)", actionId, ballots.size(), state.answered());
            return false;
        }
        int n = 0;
        double sum = 0;
        double squares = 0;
        for (CheckInBallot b : ballots) {
            int score;
            try {
                score = Integer.parseInt(seal.open(box(actionId), b.id(), b.sealed()));
            } catch (IllegalStateException | NumberFormatException e) {
                log.error("Check-in of action {} not released: a sealed answer does not open (wrong ballot key, or "
                        + "altered)", actionId);
                return false;
            }
            if (score < 1 || score > 5) {
                log.error("Check-in of action {} not released: an answer out of 1–5", actionId);
                return false;
            }
            n++;
            sum += score;
            squares += (double) score * score;
        }
        boolean enough = n >= state.k();
        Update update = new Update().set("released", true).set("n", n);
        if (enough) {
            update.set("sum", sum).set("sumOfSquares", squares);
        }
        mongo.updateFirst(Query.query(Criteria.where("_id").is(actionId).and("released").is(false)), update,
                CheckInRelease.class);
        deleteAnswers(actionId);
        return true;
    }

    private void deleteAnswers(String actionId) {
        mongo.remove(Query.query(Criteria.where("actionId").is(actionId)), CheckInMark.class);
        mongo.remove(Query.query(Criteria.where("_id").is(actionId)), CheckInOpening.class);
        mongo.remove(Query.query(Criteria.where("actionId").is(actionId)), CheckInBallot.class);
    }

    // ----- demo company

    /**
     * A check-in of the demo company: a closed one stored as released from these answers (1–5 counts), or, for an
     * action whose check-in is open today, these people marked as answered with these answers sealed.
     */
    public record Seeded(String actionTitle, List<Integer> scores, List<EmployeeId> answeredOpen) {
    }

    /** System work (demo company). */
    @PreAuthorize("hasRole('ADMIN')")
    public void importDemo(List<Seeded> seeded) {
        LocalDate today = LocalDate.now(clock);
        int k = AnonymityThresholds.clamp(k());
        List<ActionDocument> all = actions.findAll();
        for (Seeded s : seeded) {
            ActionDocument a = all.stream().filter(x -> x.title().equals(s.actionTitle())).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no demo action " + s.actionTitle()));
            LocalDate closes = closesOn(opensOn(a));
            if (closes == null) {
                throw new IllegalArgumentException("demo action not started: " + s.actionTitle());
            }
            if (isOpen(a, today)) {
                open(a);
                for (EmployeeId person : s.answeredOpen()) {
                    claim(CheckInMark.idOf(a.id(), person.value()));
                }
                for (int score : s.scores()) {
                    String ballotId = Ids.random();
                    mongo.insert(new CheckInBallot(ballotId, a.id(), seal.seal(box(a.id()), ballotId,
                            Integer.toString(score))));
                }
            } else {
                int n = s.scores().size();
                double sum = s.scores().stream().mapToInt(Integer::intValue).sum();
                double squares = s.scores().stream().mapToDouble(v -> (double) v * v).sum();
                boolean enough = n >= k;
                mongo.insert(new CheckInRelease(a.id(), closes, k, n, true, n, enough ? sum : null,
                        enough ? squares : null));
            }
        }
    }
}
