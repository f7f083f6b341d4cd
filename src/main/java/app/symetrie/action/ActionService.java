package app.symetrie.action;

import app.symetrie.action.internal.ActionDocument;
import app.symetrie.action.internal.ActionRepository;
import app.symetrie.action.internal.CheckInRelease;
import app.symetrie.action.internal.CommentDocument;
import app.symetrie.action.internal.CommentRepository;
import app.symetrie.action.internal.ContributionQuota;
import app.symetrie.barometer.CatalogItem;
import app.symetrie.barometer.Dimension;
import app.symetrie.barometer.Questionnaire;
import app.symetrie.barometer.QuestionnaireService;
import app.symetrie.board.BoardRecords.CompanyOverview;
import app.symetrie.board.BoardRecords.HeatmapRow;
import app.symetrie.board.BoardService;
import app.symetrie.board.IndicatorFigures;
import app.symetrie.common.Role;
import app.symetrie.common.UserFacingException;
import app.symetrie.organization.Department;
import app.symetrie.organization.DepartmentId;
import app.symetrie.organization.DepartmentKind;
import app.symetrie.organization.Employee;
import app.symetrie.organization.EmployeeId;
import app.symetrie.organization.OrganizationService;
import app.symetrie.security.CurrentUser;
import app.symetrie.security.SignedInUser;
import app.symetrie.training.CourseId;
import app.symetrie.training.TrainingCatalogService;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Action plans. Who may do what:
 * <ul>
 *   <li>a department's manager (and a lead, anywhere) creates, edits and moves its actions, accepts or rejects the
 *   team's proposals and hides comments; company-wide actions are a lead's;</li>
 *   <li>the department's people see all its actions, propose, support (+1, once) and comment — unattributed;</li>
 *   <li>everyone else sees the actions a department made visible to the whole company (proposals never are), and
 *   every company-wide action, on which everyone may support and comment.</li>
 * </ul>
 * Edits quote the version they started from: a stale one is refused ("changed meanwhile"), nothing is overwritten.
 */
@Service
public class ActionService {

    private final ActionRepository actions;
    private final CommentRepository comments;
    private final ContributionQuota quota;
    private final OrganizationService organization;
    private final QuestionnaireService questionnaires;
    private final TrainingCatalogService trainings;
    private final IndicatorFigures figures;
    private final BoardService boards;
    private final MongoTemplate mongo;
    private final Clock clock;

    ActionService(ActionRepository actions, CommentRepository comments, ContributionQuota quota,
                  OrganizationService organization, QuestionnaireService questionnaires,
                  TrainingCatalogService trainings, IndicatorFigures figures, BoardService boards, MongoTemplate mongo,
                  Clock clock) {
        this.actions = actions;
        this.comments = comments;
        this.quota = quota;
        this.organization = organization;
        this.questionnaires = questionnaires;
        this.trainings = trainings;
        this.figures = figures;
        this.boards = boards;
        this.mongo = mongo;
        this.clock = clock;
    }

    // ----- who may do what

    static boolean moderates(SignedInUser user, @Nullable String departmentId) {
        if (user.has(Role.LEAD)) {
            return true;
        }
        return departmentId != null && user.has(Role.MANAGER) && user.departmentId() != null
                && user.departmentId().value().equals(departmentId);
    }

    static boolean member(SignedInUser user, @Nullable String departmentId) {
        if (user.employeeId() == null) {
            return false;
        }
        return departmentId == null || user.departmentId() != null && user.departmentId().value().equals(departmentId);
    }

    static boolean sees(SignedInUser user, ActionDocument a) {
        return moderates(user, a.departmentId()) || member(user, a.departmentId())
                || a.visibility() == Visibility.COMPANY && a.status() != ActionStatus.PROPOSED;
    }

    private ActionDocument requireVisible(ActionId id, SignedInUser user) {
        ActionDocument a = actions.findById(id.value())
                .orElseThrow(() -> new UserFacingException("action.error.unknown"));
        if (!sees(user, a)) {
            // The same answer as for an unknown action: a hidden action's existence is not confirmed.
            throw new UserFacingException("action.error.unknown");
        }
        return a;
    }

    private ActionDocument requireModerated(ActionId id, SignedInUser user) {
        ActionDocument a = requireVisible(id, user);
        if (!moderates(user, a.departmentId())) {
            throw new AccessDeniedException("not an action this person moderates");
        }
        return a;
    }

    // ----- reading

    /** Every department, by name: a plan of each may be opened (what it shows depends on who asks). */
    @PreAuthorize("isAuthenticated()")
    public List<Department> departments() {
        return organization.departments().stream()
                .sorted(Comparator.comparing(Department::name, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    /** The department whose plan the signed-in person sees first: their own, none for someone outside the company. */
    @PreAuthorize("isAuthenticated()")
    public Optional<DepartmentId> homeDepartment() {
        return Optional.ofNullable(CurrentUser.require().departmentId());
    }

    /** Whether the signed-in person moderates this plan (null: the company-wide plan). */
    @PreAuthorize("isAuthenticated()")
    public boolean moderates(@Nullable DepartmentId department) {
        return moderates(CurrentUser.require(), department == null ? null : department.value());
    }

    /** Whether the signed-in person may propose to this department's plan: one of its people. */
    @PreAuthorize("isAuthenticated()")
    public boolean mayPropose(DepartmentId department) {
        return member(CurrentUser.require(), department.value());
    }

    /**
     * A department's plan (null: the company-wide actions) as the signed-in person may see it, open actions first,
     * then by due date.
     */
    @PreAuthorize("isAuthenticated()")
    public List<Action> plan(@Nullable DepartmentId department) {
        SignedInUser user = CurrentUser.require();
        List<ActionDocument> found = department == null ? actions.findByDepartmentIdIsNull()
                : actions.findByDepartmentId(department.value());
        return present(found.stream().filter(a -> sees(user, a)).toList(), user);
    }

    /** The actions of other departments that were made visible to the whole company. */
    @PreAuthorize("isAuthenticated()")
    public List<Action> sharedByOthers() {
        SignedInUser user = CurrentUser.require();
        return present(actions.findByVisibility(Visibility.COMPANY).stream()
                .filter(a -> a.departmentId() != null && a.status() != ActionStatus.PROPOSED)
                .filter(a -> user.departmentId() == null || !user.departmentId().value().equals(a.departmentId()))
                .toList(), user);
    }

    @PreAuthorize("isAuthenticated()")
    public Optional<Action> action(ActionId id) {
        SignedInUser user = CurrentUser.require();
        return actions.findById(id.value()).filter(a -> sees(user, a)).map(a -> present(List.of(a), user).getFirst());
    }

    private List<Action> present(List<ActionDocument> docs, SignedInUser user) {
        Set<EmployeeId> ownerIds = docs.stream().flatMap(a -> a.ownerIds().stream()).map(EmployeeId::new)
                .collect(Collectors.toSet());
        Map<String, String> names = organization.employees(ownerIds).stream()
                .collect(Collectors.toMap(e -> e.id().value(), Employee::fullName));
        Map<String, String> departmentNames = organization.departments().stream()
                .collect(Collectors.toMap(d -> d.id().value(), Department::name));
        Map<String, Long> commentCounts = comments.findByActionIdIn(docs.stream().map(ActionDocument::id).toList())
                .stream().filter(c -> !c.hidden() || moderates(user, departmentOf(docs, c.actionId())))
                .collect(Collectors.groupingBy(CommentDocument::actionId, Collectors.counting()));
        LocalDate today = LocalDate.now(clock);
        String me = user.employeeId() == null ? null : user.employeeId().value();
        return docs.stream().map(a -> new Action(new ActionId(a.id()),
                        a.departmentId() == null ? null : new DepartmentId(a.departmentId()),
                        a.departmentId() == null ? "" : departmentNames.getOrDefault(a.departmentId(), ""),
                        a.title(), a.description(),
                        a.targetKind() == null || a.targetCode() == null ? null
                                : new Target(a.targetKind(), a.targetCode()),
                        a.ownerIds().stream().filter(names::containsKey)
                                .map(o -> new Owner(new EmployeeId(o),
                                        Objects.requireNonNull(names.get(o), "owner filtered on names"))).toList(),
                        a.startOn(), a.dueOn(), a.status(), a.percent(), a.visibility(),
                        a.courseIds().stream().map(CourseId::new).toList(), a.topics(), a.proposed(), a.supports(),
                        me != null && a.supporters().contains(me),
                        commentCounts.getOrDefault(a.id(), 0L).intValue(), a.version(), overdue(a, today),
                        moderates(user, a.departmentId()), member(user, a.departmentId())))
                .sorted(Comparator.comparing((Action a) -> !a.status().open())
                        .thenComparing(a -> a.status() == ActionStatus.PROPOSED ? 0 : 1)
                        .thenComparing(Action::dueOn, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(Action::title, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    private static @Nullable String departmentOf(List<ActionDocument> docs, String actionId) {
        return docs.stream().filter(a -> a.id().equals(actionId)).findFirst().map(ActionDocument::departmentId)
                .orElse(null);
    }

    static boolean overdue(ActionDocument a, LocalDate today) {
        return a.status().open() && a.dueOn() != null && a.dueOn().isBefore(today);
    }

    /** What actions may link to, in the viewer's language. */
    @PreAuthorize("isAuthenticated()")
    public ActionCatalog catalog(Locale locale) {
        Questionnaire q = questionnaires.current();
        Map<TargetKind, List<Choice>> targets = new EnumMap<>(TargetKind.class);
        targets.put(TargetKind.PAIN_POINT, choices(q.painPoints(), locale));
        targets.put(TargetKind.DIMENSION, q.dimensions().stream()
                .map(d -> new Choice(d.code(), d.name().in(locale))).toList());
        targets.put(TargetKind.TOOL, choices(q.tools(), locale));
        targets.put(TargetKind.JOURNEY_MOMENT, choices(q.moments(), locale));
        List<Choice> courses = trainings.courses().stream().map(c -> new Choice(c.id().value(), c.title())).toList();
        return new ActionCatalog(targets, courses, choices(q.painPoints(), locale));
    }

    private static List<Choice> choices(List<CatalogItem> items, Locale locale) {
        return items.stream().map(i -> new Choice(i.code(), i.label().in(locale))).toList();
    }

    /**
     * Who may carry an action of this department (null: a company-wide one): its active people; for a company-wide
     * action, every active manager.
     */
    @PreAuthorize("hasRole('MANAGER')")
    public List<Owner> ownerChoices(@Nullable DepartmentId department) {
        SignedInUser user = CurrentUser.require();
        if (!moderates(user, department == null ? null : department.value())) {
            throw new AccessDeniedException("not a plan this person moderates");
        }
        List<Employee> people = department == null
                ? organization.workforce(Set.of()).stream().filter(Employee::manager).toList()
                : organization.workforce(Set.of(department)).stream()
                .filter(e -> e.departmentId().equals(department)).toList();
        return people.stream().map(e -> new Owner(e.id(), e.fullName()))
                .sorted(Comparator.comparing(Owner::name, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    // ----- writing (managers, leads)

    /**
     * Creates an action in a department's plan (its manager, a lead) or the company's (null department: a lead),
     * planned. A company-wide action is visible to the whole company.
     */
    @PreAuthorize("hasRole('MANAGER')")
    public Action create(@Nullable DepartmentId department, ActionDraft draft) {
        SignedInUser user = CurrentUser.require();
        String departmentId = department == null ? null : department.value();
        if (department != null && organization.department(department).isEmpty()) {
            throw new UserFacingException("error.department.unknown");
        }
        if (!moderates(user, departmentId)) {
            throw new AccessDeniedException("not a plan this person moderates");
        }
        check(draft);
        ActionDocument doc = new ActionDocument(ActionId.random().value(), 0, departmentId, draft.title(),
                draft.description(), kind(draft.target()), code(draft.target()), ids(draft.owners()), draft.startOn(),
                draft.dueOn(), ActionStatus.PLANNED, draft.percent(),
                departmentId == null ? Visibility.COMPANY : draft.visibility(),
                draft.courses().stream().map(CourseId::value).toList(), draft.topics(), false, List.of(), 0,
                user.employeeId() == null ? null : user.employeeId().value(), clock.instant());
        actions.insert(doc);
        return present(List.of(doc), user).getFirst();
    }

    /** Edits an action from the version the editor started from; refused when someone changed it meanwhile. */
    @PreAuthorize("hasRole('MANAGER')")
    public Action update(ActionId id, long version, ActionDraft draft) {
        SignedInUser user = CurrentUser.require();
        ActionDocument a = requireModerated(id, user);
        check(draft);
        if (a.status() == ActionStatus.DONE && draft.percent() < 100) {
            throw new UserFacingException("action.error.done.percent");
        }
        Update update = new Update().set("title", draft.title()).set("description", draft.description())
                .set("targetKind", kind(draft.target())).set("targetCode", code(draft.target()))
                .set("ownerIds", ids(draft.owners())).set("startOn", draft.startOn()).set("dueOn", draft.dueOn())
                .set("percent", draft.percent())
                .set("visibility", a.departmentId() == null || a.status() == ActionStatus.PROPOSED
                        ? a.visibility() : draft.visibility())
                .set("courseIds", draft.courses().stream().map(CourseId::value).toList())
                .set("topics", draft.topics());
        return apply(a, version, update, user);
    }

    /**
     * Moves an action to another status (accepting a proposal plans it, rejecting drops it). Starting sets the start
     * date to today when it had none; done sets 100 %.
     */
    @PreAuthorize("hasRole('MANAGER')")
    public Action move(ActionId id, long version, ActionStatus status) {
        SignedInUser user = CurrentUser.require();
        ActionDocument a = requireModerated(id, user);
        if (!a.status().canMoveTo(status)) {
            throw new UserFacingException("action.error.transition", a.status().name(), status.name());
        }
        Update update = new Update().set("status", status);
        if (status == ActionStatus.IN_PROGRESS && a.startOn() == null) {
            update.set("startOn", LocalDate.now(clock));
        }
        if (status == ActionStatus.DONE) {
            update.set("percent", 100);
            if (a.startOn() == null) {
                update.set("startOn", LocalDate.now(clock));
            }
        }
        if (a.status() == ActionStatus.PROPOSED && status == ActionStatus.PLANNED && user.employeeId() != null) {
            // The manager who accepted a proposal answers for it (follow-through); its proposer stays unknown.
            update.set("managerId", user.employeeId().value());
        }
        return apply(a, version, update, user);
    }

    private Action apply(ActionDocument a, long version, Update update, SignedInUser user) {
        update.inc("version", 1);
        boolean done = mongo.updateFirst(Query.query(Criteria.where("_id").is(a.id()).and("version").is(version)),
                update, ActionDocument.class).getMatchedCount() == 1;
        if (!done) {
            throw new UserFacingException("action.error.changed-meanwhile");
        }
        ActionDocument now = actions.findById(a.id()).orElseThrow(() -> new UserFacingException("action.error.unknown"));
        return present(List.of(now), user).getFirst();
    }

    private void check(ActionDraft draft) {
        Target target = draft.target();
        if (target != null) {
            Questionnaire q = questionnaires.current();
            List<String> codes = switch (target.kind()) {
                case PAIN_POINT -> q.painPoints().stream().map(CatalogItem::code).toList();
                case TOOL -> q.tools().stream().map(CatalogItem::code).toList();
                case DIMENSION -> q.dimensions().stream().map(Dimension::code).toList();
                case JOURNEY_MOMENT -> q.moments().stream().map(CatalogItem::code).toList();
            };
            if (!codes.contains(target.code())) {
                throw new UserFacingException("action.error.target.unknown", target.code());
            }
        }
        List<String> painCodes = questionnaires.current().painPoints().stream().map(CatalogItem::code).toList();
        for (String topic : draft.topics()) {
            if (!painCodes.contains(topic)) {
                throw new UserFacingException("action.error.topic.unknown", topic);
            }
        }
        Set<String> courseIds = trainings.courses().stream().map(c -> c.id().value()).collect(Collectors.toSet());
        for (CourseId course : draft.courses()) {
            if (!courseIds.contains(course.value())) {
                throw new UserFacingException("action.error.course.unknown");
            }
        }
        for (EmployeeId owner : draft.owners()) {
            if (!organization.isActive(owner)) {
                throw new UserFacingException("action.error.owner.unknown");
            }
        }
    }

    private static @Nullable TargetKind kind(@Nullable Target target) {
        return target == null ? null : target.kind();
    }

    private static @Nullable String code(@Nullable Target target) {
        return target == null ? null : target.code();
    }

    private static List<String> ids(List<EmployeeId> ids) {
        return ids.stream().map(EmployeeId::value).toList();
    }

    // ----- with the team

    /**
     * An employee proposes an action to their own department's plan: proposed, visible to the team, with no trace of
     * who proposed it. Counts against the person's daily contributions.
     */
    @PreAuthorize("isAuthenticated()")
    public Action propose(Proposal proposal) {
        SignedInUser user = CurrentUser.require();
        if (user.employeeId() == null || user.departmentId() == null) {
            throw new UserFacingException("action.error.not-member");
        }
        Target target = proposal.target();
        if (target != null) {
            check(new ActionDraft(proposal.title(), proposal.description(), target, List.of(), null, null, 0,
                    Visibility.TEAM, List.of(), List.of()));
        }
        takeQuota(user);
        ActionDocument doc = new ActionDocument(ActionId.random().value(), 0, user.departmentId().value(),
                proposal.title(), proposal.description(), kind(target), code(target), List.of(), null, null,
                ActionStatus.PROPOSED, 0, Visibility.TEAM, List.of(), List.of(), true, List.of(), 0, null,
                // the month only: an exact time could be matched with the audit log's sign-ins (decision 023)
                java.time.YearMonth.now(clock).atDay(1).atStartOfDay(clock.getZone()).toInstant());
        actions.insert(doc);
        return present(List.of(doc), user).getFirst();
    }

    private void takeQuota(SignedInUser user) {
        if (!quota.take(Objects.requireNonNull(user.employeeId()).value(), LocalDate.now(clock))) {
            throw new UserFacingException("action.error.quota", ContributionQuota.PER_DAY);
        }
    }

    /**
     * +1 from the signed-in person, once: a second +1 changes nothing. Only the department's people (everyone for a
     * company-wide action), and not on a dropped action.
     *
     * @return whether this call added a support
     */
    @PreAuthorize("isAuthenticated()")
    public boolean support(ActionId id) {
        SignedInUser user = CurrentUser.require();
        ActionDocument a = requireContributable(id, user);
        String me = Objects.requireNonNull(user.employeeId()).value();
        return mongo.updateFirst(Query.query(Criteria.where("_id").is(a.id()).and("supporters").ne(me)),
                new Update().addToSet("supporters", me).inc("supports", 1), ActionDocument.class)
                .getMatchedCount() == 1;
    }

    /** Takes the signed-in person's +1 back. */
    @PreAuthorize("isAuthenticated()")
    public void withdrawSupport(ActionId id) {
        SignedInUser user = CurrentUser.require();
        ActionDocument a = requireVisible(id, user);
        if (user.employeeId() == null) {
            return;
        }
        String me = user.employeeId().value();
        mongo.updateFirst(Query.query(Criteria.where("_id").is(a.id()).and("supporters").is(me)),
                new Update().pull("supporters", me).inc("supports", -1), ActionDocument.class);
    }

    private ActionDocument requireContributable(ActionId id, SignedInUser user) {
        ActionDocument a = requireVisible(id, user);
        if (!member(user, a.departmentId())) {
            throw new UserFacingException("action.error.not-member");
        }
        if (a.status() == ActionStatus.DROPPED) {
            throw new UserFacingException("action.error.dropped");
        }
        return a;
    }

    /** The comments on an action, oldest first; hidden ones only for its moderators. No author: none is stored. */
    @PreAuthorize("isAuthenticated()")
    public List<ActionComment> comments(ActionId id) {
        SignedInUser user = CurrentUser.require();
        ActionDocument a = requireVisible(id, user);
        boolean moderator = moderates(user, a.departmentId());
        return comments.findByActionId(a.id()).stream().filter(c -> moderator || !c.hidden())
                .map(ActionService::toDomain)
                .sorted(Comparator.comparing(ActionComment::month)).toList();
    }

    /**
     * Comments on an action, unattributed: the comment keeps its text and month, nothing of its author. Counts
     * against the person's daily contributions.
     */
    @PreAuthorize("isAuthenticated()")
    public ActionComment comment(ActionId id, String text) {
        SignedInUser user = CurrentUser.require();
        String checked;
        try {
            checked = ActionComment.requireText(text);
        } catch (IllegalArgumentException e) {
            throw new UserFacingException(String.valueOf(e.getMessage()), ActionComment.TEXT_MAX);
        }
        ActionDocument a = requireContributable(id, user);
        takeQuota(user);
        CommentDocument doc = new CommentDocument(CommentId.random().value(), a.id(), checked,
                YearMonth.now(clock).toString(), false);
        comments.insert(doc);
        return toDomain(doc);
    }

    /** A moderator hides a comment (or shows it again). */
    @PreAuthorize("hasRole('MANAGER')")
    public void hideComment(ActionId id, CommentId comment, boolean hidden) {
        SignedInUser user = CurrentUser.require();
        ActionDocument a = requireModerated(id, user);
        if (mongo.updateFirst(Query.query(Criteria.where("_id").is(comment.value()).and("actionId").is(a.id())),
                new Update().set("hidden", hidden), CommentDocument.class).getMatchedCount() == 0) {
            throw new UserFacingException("action.error.comment.unknown");
        }
    }

    private static ActionComment toDomain(CommentDocument c) {
        return new ActionComment(new CommentId(c.id()), c.text(), YearMonth.parse(c.month()), c.hidden());
    }

    // ----- effect

    /**
     * The action's target indicator, for its department (the company's for a company-wide action), at the last closed
     * wave before it started and at each closed wave since, as the boards publish it.
     */
    @PreAuthorize("isAuthenticated()")
    public ActionEffect effect(ActionId id) {
        SignedInUser user = CurrentUser.require();
        ActionDocument a = requireVisible(id, user);
        if (a.targetKind() == null || a.targetCode() == null) {
            return ActionEffect.of(ActionEffect.State.NO_TARGET);
        }
        IndicatorFigures.Indicator indicator = switch (a.targetKind()) {
            case PAIN_POINT -> IndicatorFigures.Indicator.PAIN_POINT;
            case DIMENSION -> IndicatorFigures.Indicator.DIMENSION;
            case TOOL -> IndicatorFigures.Indicator.TOOL;
            case JOURNEY_MOMENT -> IndicatorFigures.Indicator.JOURNEY_MOMENT;
        };
        if (a.startOn() == null || a.startOn().isAfter(LocalDate.now(clock))) {
            return ActionEffect.of(ActionEffect.State.NOT_STARTED);
        }
        DepartmentId department = a.departmentId() == null ? null : new DepartmentId(a.departmentId());
        if (!figures.readable(department)) {
            return ActionEffect.of(ActionEffect.State.NOT_READABLE);
        }
        return new ActionEffect(ActionEffect.State.MEASURED, indicator,
                figures.around(department, indicator, a.targetCode(), a.startOn()));
    }

    // ----- the lead's overview

    @PreAuthorize("hasRole('LEAD')")
    public ActionOverview overview(Locale locale) {
        List<ActionDocument> all = actions.findAll();
        LocalDate today = LocalDate.now(clock);
        SignedInUser user = CurrentUser.require();
        List<Department> departments = departments();
        Map<String, List<ActionDocument>> byDepartment = all.stream().filter(a -> a.departmentId() != null)
                .collect(Collectors.groupingBy(ActionDocument::departmentId));
        List<ActionOverview.DepartmentRow> rows = new ArrayList<>();
        for (Department d : departments) {
            List<ActionDocument> mine = byDepartment.getOrDefault(d.id().value(), List.of());
            Map<ActionStatus, Integer> byStatus = new EnumMap<>(ActionStatus.class);
            for (ActionStatus s : ActionStatus.values()) {
                byStatus.put(s, (int) mine.stream().filter(a -> a.status() == s).count());
            }
            rows.add(new ActionOverview.DepartmentRow(d.id(), d.name(), d.kind(), byStatus,
                    (int) mine.stream().filter(a -> a.status().open()).count(),
                    (int) mine.stream().filter(a -> overdue(a, today)).count()));
        }
        Map<String, Map<ActionStatus, Integer>> byTarget = new LinkedHashMap<>();
        for (ActionDocument a : all) {
            String key = a.targetKind() == null ? "NONE" : a.targetKind().name();
            byTarget.computeIfAbsent(key, k -> new EnumMap<>(ActionStatus.class)).merge(a.status(), 1, Integer::sum);
        }
        List<Action> overdue = present(all.stream().filter(a -> overdue(a, today)).toList(), user).stream()
                .sorted(Comparator.comparing(Action::dueOn, Comparator.nullsLast(Comparator.naturalOrder()))).toList();
        List<ActionOverview.LowScore> low = new ArrayList<>();
        Optional<CompanyOverview> company = boards.overview(null, null, locale);
        if (company.isPresent() && company.get().dci() != null) {
            double companyDci = company.get().dci().value();
            for (HeatmapRow row : company.get().rows()) {
                boolean hasOpen = byDepartment.getOrDefault(row.departmentId().value(), List.of()).stream()
                        .anyMatch(a -> a.status().open());
                if (row.dci() != null && row.dci() < companyDci && !hasOpen) {
                    low.add(new ActionOverview.LowScore(row.departmentId(), row.name(), row.dci(), companyDci));
                }
            }
            low.sort(Comparator.comparingDouble(ActionOverview.LowScore::dci));
        }
        Set<String> shownCheckIns = mongo.find(Query.query(Criteria.where("released").is(true)
                        .and("sum").ne(null)), CheckInRelease.class).stream().map(CheckInRelease::id)
                .collect(Collectors.toSet());
        Map<String, List<ActionDocument>> byManager = all.stream().filter(a -> a.managerId() != null)
                .collect(Collectors.groupingBy(ActionDocument::managerId));
        Map<String, Employee> managers = organization.employees(byManager.keySet().stream().map(EmployeeId::new)
                .toList()).stream().collect(Collectors.toMap(e -> e.id().value(), Function.identity()));
        Map<String, String> departmentNames = new HashMap<>();
        departments.forEach(d -> departmentNames.put(d.id().value(), d.name()));
        List<ActionOverview.ManagerRow> follow = byManager.entrySet().stream().filter(e -> managers.containsKey(e.getKey()))
                .map(e -> {
                    Employee m = Objects.requireNonNull(managers.get(e.getKey()), "manager filtered on managers");
                    return new ActionOverview.ManagerRow(m.fullName(),
                            departmentNames.getOrDefault(m.departmentId().value(), ""), e.getValue().size(),
                            (int) e.getValue().stream().filter(a -> a.status() == ActionStatus.DONE).count(),
                            (int) e.getValue().stream().filter(a -> overdue(a, today)).count(),
                            (int) e.getValue().stream().filter(a -> shownCheckIns.contains(a.id())).count());
                })
                .sorted(Comparator.comparing(ActionOverview.ManagerRow::department)
                        .thenComparing(ActionOverview.ManagerRow::name)).toList();
        int companyWide = (int) all.stream().filter(a -> a.departmentId() == null).count();
        Map<DepartmentKind, Map<ActionStatus, Integer>> byKind = new EnumMap<>(DepartmentKind.class);
        for (DepartmentKind kind : DepartmentKind.values()) {
            byKind.put(kind, new EnumMap<>(ActionStatus.class));
        }
        for (ActionOverview.DepartmentRow row : rows) {
            row.byStatus().forEach((status, count) -> Objects.requireNonNull(byKind.get(row.kind()),
                    "every kind put above").merge(status, count, Integer::sum));
        }
        return new ActionOverview(rows, byTarget, overdue, low, follow, companyWide, byKind);
    }

    // ----- demo company

    /** An action of the demo company, stored as given (status, supports and comments included). */
    public record Seeded(@Nullable DepartmentId department, ActionDraft draft, ActionStatus status, boolean proposed,
                         List<EmployeeId> supporters, List<String> comments, @Nullable EmployeeId manager) {
    }

    /** System work (demo company): stores actions as given, in bulk. */
    @PreAuthorize("hasRole('ADMIN')")
    public void importDemo(List<Seeded> seeded) {
        List<ActionDocument> docs = new ArrayList<>();
        List<CommentDocument> notes = new ArrayList<>();
        for (Seeded s : seeded) {
            ActionDraft d = s.draft();
            String id = ActionId.random().value();
            List<String> supporters = s.supporters().stream().map(EmployeeId::value).distinct().toList();
            docs.add(new ActionDocument(id, 0, s.department() == null ? null : s.department().value(), d.title(),
                    d.description(), kind(d.target()), code(d.target()), ids(d.owners()), d.startOn(), d.dueOn(),
                    s.status(), d.percent(), s.department() == null ? Visibility.COMPANY : d.visibility(),
                    d.courses().stream().map(CourseId::value).toList(), d.topics(), s.proposed(), supporters,
                    supporters.size(), s.manager() == null ? null : s.manager().value(), clock.instant()));
            YearMonth month = YearMonth.now(clock);
            for (String text : s.comments()) {
                notes.add(new CommentDocument(CommentId.random().value(), id, ActionComment.requireText(text),
                        (d.startOn() == null || YearMonth.from(d.startOn()).isAfter(month) ? month
                                : YearMonth.from(d.startOn())).toString(), false));
            }
        }
        actions.insert(docs);
        comments.insert(notes);
    }
}
