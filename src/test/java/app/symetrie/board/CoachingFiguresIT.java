package app.symetrie.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.symetrie.ambassador.Ambassador;
import app.symetrie.ambassador.AmbassadorService;
import app.symetrie.ambassador.AmbassadorStatus;
import app.symetrie.ambassador.CoachingEntry;
import app.symetrie.ambassador.CoachingFormat;
import app.symetrie.ambassador.CoachingIntensity;
import app.symetrie.ambassador.CoachingService;
import app.symetrie.ambassador.CoachingSessionDeleted;
import app.symetrie.ambassador.CoachingSessionId;
import app.symetrie.ambassador.CoachingSessionLogged;
import app.symetrie.ambassador.ProgramService;
import app.symetrie.ambassador.Quarter;
import app.symetrie.barometer.CampaignService;
import app.symetrie.barometer.Wave;
import app.symetrie.board.internal.CoachingMinutesStore;
import app.symetrie.board.ui.DepartmentBoardView;
import app.symetrie.common.Role;
import app.symetrie.organization.Department;
import app.symetrie.organization.DepartmentId;
import app.symetrie.organization.OrganizationService;
import app.symetrie.test.RunAs;
import app.symetrie.test.WithDemoCompany;
import app.symetrie.training.TrainingReportService;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The department boards' coaching figures kept by the board module from the ambassador module's events
 * (docs/decisions/037): they give the figures the sessions themselves give, an event heard twice counts once, a
 * correction moves its minutes, a deletion takes them away, a rebuild from the stored sessions finds what the events
 * added up to, and the board shows them. Every test leaves the demo company's figures as it found them.
 */
@WithDemoCompany
class CoachingFiguresIT extends SpringBrowserlessTest {

    @Autowired
    CoachingFigures figures;
    @Autowired
    DepartmentHelpQuery help;
    @Autowired
    ProgramService program;
    @Autowired
    TrainingReportService training;
    @Autowired
    BoardService boards;
    @Autowired
    CampaignService campaigns;
    @Autowired
    OrganizationService organization;
    @Autowired
    CoachingService coaching;
    @Autowired
    AmbassadorService ambassadors;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    Clock clock;
    @Autowired
    SecurityContextHolderStrategy strategy;

    LocalDate today;
    Quarter lastQuarter;

    @BeforeEach
    void dates() {
        today = LocalDate.now(clock);
        lastQuarter = Quarter.of(today).previous();
    }

    /**
     * Some tests hand the figures events of sessions that are not stored (a replay, a correction, a move): the sums
     * are made again from the stored sessions, so that no other test (a backup compared with its restore) reads them.
     */
    @AfterEach
    void sumsOfTheStoredSessionsOnly() {
        figures.rebuild();
    }

    /** Minutes the board's figures hold for one department in the last complete quarter. */
    private long minutes(DepartmentId department) {
        return figures.intensity(today, List.of(department), 0).minutes();
    }

    /** Every non-empty sum the board's figures hold, by department and quarter. */
    private Map<String, Long> sums() {
        Map<String, Long> sums = new TreeMap<>();
        for (Document d : mongo.find(new Query(), Document.class, CoachingMinutesStore.MINUTES)) {
            if (d.get("minutes") instanceof Number n && n.longValue() != 0) {
                sums.put(d.getString("_id"), n.longValue());
            }
        }
        return sums;
    }

    @Test
    @WithUserDetails(value = "lead@demo.symetrie.fr", setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void the_board_figures_equal_those_computed_from_the_sessions_for_every_department_and_wave() {
        List<LocalDate> days = new ArrayList<>(List.of(today));
        campaigns.closedWaves().stream().map(Wave::closesOn).forEach(days::add);
        long nonZero = 0;
        for (Department department : organization.departments()) {
            List<DepartmentId> subtree = boards.subtree(department.id());
            for (LocalDate day : days) {
                DepartmentHelp shown = help.help(department.id(), day);
                CoachingIntensity computed = program.coaching(day, subtree);
                assertThat(shown.coaching()).as("%s as of %s", department.name(), day).isEqualTo(computed);
                assertThat(shown.reach()).isEqualTo(training.reach(
                        day.plusDays(1).atStartOfDay(clock.getZone()).toInstant(), subtree));
                assertThat(shown.coverage()).isEqualTo(program.coverage(department.id()).orElse(null));
                nonZero += computed.minutes() > 0 ? 1 : 0;
            }
        }
        assertThat(nonZero).as("the demo company's coaching makes the comparison meaningful").isPositive();
    }

    @Test
    void a_session_counts_once_however_often_it_is_heard_moves_when_corrected_and_goes_when_deleted() {
        // a department no board shows: the demo company's figures stay as they are
        DepartmentId department = new DepartmentId("it-coaching-" + CoachingSessionId.random().value());
        DepartmentId other = new DepartmentId("it-coaching-other-" + CoachingSessionId.random().value());
        CoachingSessionId id = CoachingSessionId.random();
        LocalDate day = lastQuarter.firstDay().plusDays(5);

        events.publishEvent(new CoachingSessionLogged(id, department, day, 90, 3));
        assertThat(minutes(department)).isEqualTo(90);
        events.publishEvent(new CoachingSessionLogged(id, department, day, 90, 3));
        assertThat(minutes(department)).as("heard twice, counted once").isEqualTo(90);

        events.publishEvent(new CoachingSessionLogged(id, department, day, 120, 3));
        assertThat(minutes(department)).as("a correction replaces its minutes").isEqualTo(120);

        events.publishEvent(new CoachingSessionLogged(id, other, day, 120, 3));
        assertThat(minutes(department)).as("moved to another department").isZero();
        assertThat(minutes(other)).isEqualTo(120);

        events.publishEvent(new CoachingSessionLogged(id, other, lastQuarter.previous().firstDay(), 120, 3));
        assertThat(minutes(other)).as("moved to an older quarter").isZero();
        assertThat(figures.intensity(lastQuarter.firstDay(), List.of(other), 0).minutes()).isEqualTo(120);

        events.publishEvent(new CoachingSessionDeleted(id));
        events.publishEvent(new CoachingSessionDeleted(id));
        assertThat(figures.intensity(lastQuarter.firstDay(), List.of(other), 0).minutes())
                .as("deleted, twice: gone once").isZero();
    }

    @Test
    void sessions_logged_by_an_ambassador_are_counted_and_a_rebuild_finds_the_same_sums() {
        RunAs runAs = new RunAs(strategy);
        Ambassador hugo = runAs.system(() -> ambassadors.all()).stream()
                .filter(a -> a.status() == AmbassadorStatus.ACTIVE).findFirst().orElseThrow();
        var user = RunAs.user(organization.employee(hugo.employeeId()).orElseThrow(), Role.AMBASSADOR);
        DepartmentId department = hugo.profile().departments().getFirst();
        long before = minutes(department);
        List<CoachingSessionId> logged = new ArrayList<>();
        try {
            for (int minutes : List.of(45, 60, 75)) {
                CoachingSessionId id = CoachingSessionId.random();
                logged.add(id);
                runAs.run(user, () -> coaching.save(new CoachingEntry(id, lastQuarter.firstDay().plusDays(minutes),
                        minutes, CoachingFormat.ONE_TO_ONE, department, null, 2, List.of(), List.of(), "", false, "",
                        null)));
            }
            assertThat(minutes(department)).isEqualTo(before + 45 + 60 + 75);
            // corrected by its ambassador: counted with its new minutes only
            CoachingSessionId first = logged.getFirst();
            runAs.run(user, () -> coaching.save(new CoachingEntry(first, lastQuarter.firstDay().plusDays(45), 30,
                    CoachingFormat.ONE_TO_ONE, department, null, 2, List.of(), List.of(), "", false, "", null)));
            assertThat(minutes(department)).isEqualTo(before + 30 + 60 + 75);

            Map<String, Long> fromEvents = sums();
            assertThat(runAs.system(() -> help.rebuildCoaching())).isPositive();
            assertThat(sums()).as("rebuilt from the stored sessions: what the events added up to")
                    .isEqualTo(fromEvents);
        } finally {
            logged.forEach(id -> runAs.run(user, () -> coaching.delete(id)));
        }
        assertThat(minutes(department)).as("deleted: the demo company's figures as they were").isEqualTo(before);
    }

    @Test
    @WithUserDetails(value = "lead@demo.symetrie.fr", setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void the_department_board_shows_the_coaching_minutes_kept_from_the_events() {
        UI.getCurrent().setLocale(Locale.FRENCH);
        Department department = boards.readableDepartments().getFirst();
        long before = help.help(department.id(), today).coaching().minutes();
        CoachingSessionId id = CoachingSessionId.random();
        events.publishEvent(new CoachingSessionLogged(id, department.id(), lastQuarter.firstDay().plusDays(3), 600,
                4));
        try {
            navigate(DepartmentBoardView.class, department.id().value());
            Div tile = find(Div.class).withId("help-coaching").single();
            String detail = tile.getChildren().filter(c -> c instanceof Span s && s.hasClassName("tile-detail"))
                    .map(c -> ((Span) c).getText()).findFirst().orElseThrow();
            NumberFormat hours = NumberFormat.getNumberInstance(Locale.FRENCH);
            hours.setMinimumFractionDigits(2);
            hours.setMaximumFractionDigits(2);
            assertThat(detail).contains(hours.format((before + 600) / 60.0) + " h de sessions");
        } finally {
            events.publishEvent(new CoachingSessionDeleted(id));
        }
        assertThat(help.help(department.id(), today).coaching().minutes()).isEqualTo(before);
    }

    @Test
    @WithUserDetails(value = "employe@demo.symetrie.fr", setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void an_employee_reads_no_help_figures() {
        DepartmentId department = organization.departments().getFirst().id();
        assertThatThrownBy(() -> help.help(department, today)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> help.rebuildCoaching()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails(value = "lead@demo.symetrie.fr", setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void a_lead_reads_the_help_figures_but_only_an_administrator_rebuilds_them() {
        assertThat(help.help(boards.readableDepartments().getFirst().id(), today).subtreeSize()).isPositive();
        assertThatThrownBy(() -> help.rebuildCoaching()).isInstanceOf(AccessDeniedException.class);
    }
}
