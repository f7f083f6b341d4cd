package app.symetrie.ambassador;

import app.symetrie.ambassador.internal.HelpRequestDocument;
import app.symetrie.ambassador.internal.HelpRequestRepository;
import app.symetrie.common.UserFacingException;
import app.symetrie.organization.DepartmentId;
import app.symetrie.organization.Employee;
import app.symetrie.organization.EmployeeId;
import app.symetrie.organization.OrganizationService;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Help requests: an employee asks an active ambassador for help; the ambassador accepts or declines; an accepted
 * request is closed when the ambassador logs its coaching session ({@link CoachingService}).
 */
@Service
public class HelpRequestService {

    private final HelpRequestRepository requests;
    private final OrganizationService organization;
    private final Roster roster;
    private final MongoTemplate mongo;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    HelpRequestService(HelpRequestRepository requests, OrganizationService organization, Roster roster,
                       MongoTemplate mongo, ApplicationEventPublisher events, Clock clock) {
        this.requests = requests;
        this.events = events;
        this.organization = organization;
        this.roster = roster;
        this.mongo = mongo;
        this.clock = clock;
    }

    /**
     * Sends a request to an ambassador. Refused when the ambassador is paused or no longer an ambassador, and when
     * someone asks themselves. Sending the same draft twice (a double submit) keeps one request.
     */
    @PreAuthorize("isAuthenticated()")
    public HelpRequest ask(HelpRequestDraft draft) {
        EmployeeId me = Roster.currentEmployee();
        Optional<HelpRequestDocument> same = requests.findById(draft.id().value());
        if (same.isPresent()) {
            return alreadySent(same.get(), me);
        }
        Ambassador ambassador = roster.byId(draft.ambassadorId())
                .orElseThrow(() -> new UserFacingException("ambassador.error.unknown"));
        switch (ambassador.status()) {
            case PAUSED -> throw new UserFacingException("ambassador.error.paused", ambassador.name());
            case ENDED -> throw new UserFacingException("ambassador.error.not-available", ambassador.name());
            case ACTIVE -> {
            }
        }
        if (ambassador.employeeId().equals(me)) {
            throw new UserFacingException("ambassador.error.ask-yourself");
        }
        if (draft.tool() != null) {
            roster.requireTools(List.of(draft.tool()));
        }
        if (draft.topic() != null) {
            roster.requirePainPoints(List.of(draft.topic()));
        }
        Employee requester = organization.employee(me)
                .orElseThrow(() -> new UserFacingException("ambassador.error.no-employee"));
        HelpRequestDocument document = new HelpRequestDocument(draft.id().value(), me.value(),
                requester.departmentId().value(), ambassador.id().value(), draft.tool(), draft.topic(),
                draft.preferredFormat(), draft.message(), HelpRequestStatus.OPEN, now(), null, null);
        try {
            requests.insert(document);
        } catch (DuplicateKeyException doubleSubmit) {
            return alreadySent(requests.findById(draft.id().value()).orElseThrow(), me);
        }
        events.publishEvent(new HelpRequestChanged(draft.id(), HelpRequestStatus.OPEN, me, requester.fullName(),
                ambassador.employeeId(), ambassador.name()));
        return toDomain(document, roster.names());
    }

    private HelpRequest alreadySent(HelpRequestDocument existing, EmployeeId me) {
        if (!existing.requesterId().equals(me.value())) {
            throw new UserFacingException("ambassador.error.not-yours");
        }
        return toDomain(existing, roster.names());
    }

    /** The requests the signed-in person sent, newest first. */
    @PreAuthorize("isAuthenticated()")
    public List<HelpRequest> mine() {
        EmployeeId me = Roster.currentEmployee();
        Map<String, String> names = roster.names();
        return requests.findByRequesterIdOrderByCreatedAtDesc(me.value()).stream().map(d -> toDomain(d, names))
                .toList();
    }

    /** The requests addressed to the signed-in ambassador, newest first. */
    @PreAuthorize("hasRole('AMBASSADOR')")
    public List<HelpRequest> addressedToMe() {
        Optional<Ambassador> me = roster.current();
        if (me.isEmpty()) {
            return List.of();
        }
        Map<String, String> names = roster.names();
        return requests.findByAmbassadorIdOrderByCreatedAtDesc(me.get().id().value()).stream()
                .map(d -> toDomain(d, names)).toList();
    }

    /** One request addressed to the signed-in ambassador (to log its session). */
    @PreAuthorize("hasRole('AMBASSADOR')")
    public Optional<HelpRequest> addressedToMe(HelpRequestId id) {
        Optional<Ambassador> me = roster.current();
        return requests.findById(id.value())
                .filter(d -> me.isPresent() && d.ambassadorId().equals(me.get().id().value()))
                .map(d -> toDomain(d, roster.names()));
    }

    @PreAuthorize("hasRole('AMBASSADOR')")
    public HelpRequest accept(HelpRequestId id) {
        return answer(id, HelpRequestStatus.ACCEPTED);
    }

    @PreAuthorize("hasRole('AMBASSADOR')")
    public HelpRequest decline(HelpRequestId id) {
        return answer(id, HelpRequestStatus.DECLINED);
    }

    /** Only the ambassador addressed answers, once: a second answer (another tab, a double click) is refused. */
    private HelpRequest answer(HelpRequestId id, HelpRequestStatus answer) {
        Ambassador me = roster.requireCurrent();
        HelpRequestDocument request = requests.findById(id.value())
                .orElseThrow(() -> new UserFacingException("ambassador.error.request.unknown"));
        if (!request.ambassadorId().equals(me.id().value())) {
            throw new UserFacingException("ambassador.error.not-yours");
        }
        HelpRequestDocument updated = mongo.findAndModify(
                Query.query(Criteria.where("_id").is(id.value()).and("status").is(HelpRequestStatus.OPEN)),
                new Update().set("status", answer).set("answeredAt", now()),
                FindAndModifyOptions.options().returnNew(true), HelpRequestDocument.class);
        if (updated == null) {
            throw new UserFacingException("ambassador.error.request.answered");
        }
        EmployeeId requester = new EmployeeId(updated.requesterId());
        events.publishEvent(new HelpRequestChanged(id, answer, requester, roster.employeeName(requester),
                me.employeeId(), me.name()));
        return toDomain(updated, roster.names());
    }

    /** Open requests, oldest first (the program view's waiting list). */
    @PreAuthorize("hasRole('LEAD')")
    public List<HelpRequest> open() {
        Map<String, String> names = roster.names();
        return requests.findByStatusOrderByCreatedAt(HelpRequestStatus.OPEN).stream().map(d -> toDomain(d, names))
                .toList();
    }

    /** System work (demo company): stores requests as given, in one bulk insert. */
    @PreAuthorize("hasRole('ADMIN')")
    public void importRequests(List<HelpRequest> list) {
        requests.insert(list.stream().map(r -> new HelpRequestDocument(r.id().value(), r.requesterId().value(),
                r.requesterDepartmentId().value(), r.ambassadorId().value(), r.tool(), r.topic(),
                r.preferredFormat(), r.message(), r.status(), r.createdAt(), r.answeredAt(),
                r.sessionId() == null ? null : r.sessionId().value())).toList());
    }

    HelpRequest toDomain(HelpRequestDocument d, Map<String, String> ambassadorNames) {
        return new HelpRequest(new HelpRequestId(d.id()), new EmployeeId(d.requesterId()),
                roster.employeeName(new EmployeeId(d.requesterId())), new DepartmentId(d.requesterDepartmentId()),
                new AmbassadorId(d.ambassadorId()), ambassadorNames.getOrDefault(d.ambassadorId(), "—"), d.tool(),
                d.topic(), d.preferredFormat(), d.message(), d.status(), d.createdAt(), d.answeredAt(),
                d.sessionId() == null ? null : new CoachingSessionId(d.sessionId()));
    }

    /** Now, to the millisecond: what MongoDB keeps of an instant. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
