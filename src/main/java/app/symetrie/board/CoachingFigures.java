package app.symetrie.board;

import app.symetrie.ambassador.CoachingIntensity;
import app.symetrie.ambassador.CoachingService;
import app.symetrie.ambassador.CoachingSessionDeleted;
import app.symetrie.ambassador.CoachingSessionLogged;
import app.symetrie.ambassador.ProgramIndicators;
import app.symetrie.ambassador.Quarter;
import app.symetrie.board.internal.CoachingMinutesStore;
import app.symetrie.board.internal.CoachingMinutesStore.Counted;
import app.symetrie.organization.DepartmentId;
import java.time.LocalDate;
import java.util.Collection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The department boards' coaching figures, kept by the board module from the ambassador module's events
 * ({@link CoachingSessionLogged}, {@link CoachingSessionDeleted}) instead of reading every session of the company at
 * each refresh (docs/decisions/037). Rebuilt from every stored session at start-up — sessions stored before the
 * boards listened, imported without events (the demo company) or restored from a backup — and whenever a write
 * failed half-way.
 */
@Component
class CoachingFigures {

    private static final Logger log = LoggerFactory.getLogger(CoachingFigures.class);

    private final CoachingMinutesStore store;
    private final CoachingService coaching;

    CoachingFigures(CoachingMinutesStore store, CoachingService coaching) {
        this.store = store;
        this.coaching = coaching;
    }

    @EventListener
    void on(CoachingSessionLogged logged) {
        try {
            store.count(counted(logged));
        } catch (RuntimeException e) {
            // the session is saved: the board's sums are made again from the sessions at the next read
            log.warn("Board coaching figures: session {} not counted ({}); rebuilt at the next read",
                    logged.id().value(), e.toString());
            store.markStale();
        }
    }

    @EventListener
    void on(CoachingSessionDeleted deleted) {
        try {
            store.forget(deleted.id().value());
        } catch (RuntimeException e) {
            log.warn("Board coaching figures: session {} not forgotten ({}); rebuilt at the next read",
                    deleted.id().value(), e.toString());
            store.markStale();
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStartup() {
        try {
            rebuild();
        } catch (RuntimeException e) {
            // A store down at start must not stop the application (docs/decisions/019-faults.md): the first read
            // rebuilds them once the store is back.
            log.warn("Board coaching figures not rebuilt at start ({}); the first read will", e.toString());
        }
    }

    /** Makes the sums again from every stored session; returns how many sessions they count. */
    int rebuild() {
        var sessions = coaching.loggedSessions().stream().map(CoachingFigures::counted).toList();
        store.replaceAll(sessions);
        log.info("Board coaching figures rebuilt from {} sessions", sessions.size());
        return sessions.size();
    }

    /**
     * Coaching intensity of some departments in the last quarter completed before {@code asOf}, over their current
     * headcount — the figure {@code ProgramService.coaching} computes from the sessions themselves.
     */
    CoachingIntensity intensity(LocalDate asOf, Collection<DepartmentId> departments, long headcount) {
        if (!store.built()) {
            rebuild();
        }
        Quarter quarter = Quarter.of(asOf).previous();
        long minutes = store.minutes(departments.stream().map(DepartmentId::value).toList(), key(quarter));
        return new CoachingIntensity(quarter, minutes, headcount, ProgramIndicators.hoursPerEmployee(minutes,
                headcount));
    }

    private static Counted counted(CoachingSessionLogged logged) {
        return new Counted(logged.id().value(), logged.departmentId().value(), key(Quarter.of(logged.date())),
                logged.minutes());
    }

    private static String key(Quarter quarter) {
        return quarter.year() + "-Q" + quarter.number();
    }
}
