package app.symetrie.ambassador;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import app.symetrie.organization.DepartmentId;
import app.symetrie.organization.EmployeeId;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The program's indicators against values computed by hand. */
class ProgramIndicatorsTest {

    static final DepartmentId A = new DepartmentId("a");
    static final DepartmentId B = new DepartmentId("b");
    static final DepartmentId C = new DepartmentId("c");

    static CoachingEntry session(DepartmentId department, String date, int minutes, int people, String... tools) {
        return new CoachingEntry(CoachingSessionId.random(), LocalDate.parse(date), minutes, CoachingFormat.GROUP,
                department, null, people, List.of(tools), List.of(), "", false, "", null);
    }

    static Ambassador ambassador(DepartmentId... covers) {
        return new Ambassador(AmbassadorId.random(), EmployeeId.random(), "X", covers[0],
                new AmbassadorProfile(List.of(covers), List.of(), List.of(), 4),
                List.of(new StatusChange(AmbassadorStatus.ACTIVE, LocalDate.parse("2026-01-01"))), true);
    }

    @Test
    void coaching_intensity_reads_the_last_complete_quarter_before_the_date_never_the_current_one() {
        // As of 2026-11-30 the last complete quarter is Q3 (July–September). A (30 people) and its agency B (20):
        // 120 + 90 + 120 min in Q3 with them = 330 min = 5.5 h / 50 = 0.11 h per person; C is not in the group;
        // June and October sessions are outside the quarter.
        List<CoachingEntry> sessions = List.of(session(A, "2026-07-03", 120, 4), session(B, "2026-09-30", 90, 2),
                session(A, "2026-08-15", 120, 6), session(C, "2026-08-15", 240, 9), session(A, "2026-06-30", 60, 1),
                session(A, "2026-10-01", 60, 1));
        CoachingIntensity q3 = ProgramIndicators.lastCompleteQuarter(sessions, Set.of(A, B), 50,
                LocalDate.parse("2026-11-30"));
        assertThat(q3.quarter()).isEqualTo(new Quarter(2026, 3));
        assertThat(q3.minutes()).isEqualTo(330);
        assertThat(q3.hoursPerEmployee()).isCloseTo(0.11, offset(1e-12));
        // As of a wave that closed on 2026-04-12: Q1, with none of these sessions.
        assertThat(ProgramIndicators.lastCompleteQuarter(sessions, Set.of(A, B), 50, LocalDate.parse("2026-04-12"))
                .quarter()).isEqualTo(new Quarter(2026, 1));
        // 0.17 must stay 0.17: 510 min / 60 / 50.
        assertThat(ProgramIndicators.hoursPerEmployee(510, 50)).isCloseTo(0.17, offset(1e-12));
    }

    @Test
    void coverage_is_active_ambassadors_per_100_employees() {
        assertThat(ProgramIndicators.per100(3, 125)).isEqualTo(2.4);
        assertThat(ProgramIndicators.per100(1, 12)).isCloseTo(8.3333, offset(1e-4));
        assertThat(ProgramIndicators.per100(0, 28)).isZero();
        assertThat(ProgramIndicators.per100(2, 0)).as("no one to cover").isZero();
    }

    @Test
    void an_ambassador_covering_two_departments_counts_in_both() {
        Map<DepartmentId, Integer> count = ProgramIndicators.ambassadorsByDepartment(
                List.of(ambassador(A), ambassador(A, B), ambassador(B)));
        assertThat(count).containsExactlyInAnyOrderEntriesOf(Map.of(A, 2, B, 2));
    }

    @Test
    void coaching_intensity_is_hours_per_employee_per_quarter() {
        // A (10 people): 60 + 90 min in Q1 = 2.5 h → 0.25 h/employee; 30 min in Q2 → 0.05
        // B (4 people): 120 min on 31 March (Q1) → 0.5; nothing in Q2
        // C (5 people): nothing at all; a session of 2025 is outside both quarters
        List<CoachingEntry> sessions = List.of(session(A, "2026-01-10", 60, 1), session(A, "2026-02-01", 90, 3),
                session(A, "2026-04-03", 30, 1), session(B, "2026-03-31", 120, 6), session(C, "2025-12-31", 60, 1));
        List<Quarter> quarters = List.of(new Quarter(2026, 1), new Quarter(2026, 2));
        Map<DepartmentId, List<Double>> hours = ProgramIndicators.hoursPerEmployeeByQuarter(sessions,
                Map.of(A, 10L, B, 4L, C, 5L), quarters);
        assertThat(hours.get(A)).containsExactly(0.25, 0.05);
        assertThat(hours.get(B)).containsExactly(0.5, 0.0);
        assertThat(hours.get(C)).containsExactly(0.0, 0.0);
        assertThat(ProgramIndicators.hoursPerEmployee(90, 30)).isEqualTo(0.05);
        assertThat(ProgramIndicators.hoursPerEmployee(90, 0)).isZero();
    }

    @Test
    void points_are_ten_per_session_and_two_per_person() {
        assertThat(ProgramIndicators.points(3, 7)).isEqualTo(44);
        assertThat(ProgramIndicators.points(0, 0)).isZero();
    }

    @Test
    void badges_follow_their_thresholds() {
        assertThat(ProgramIndicators.badges(List.of(), Set.of())).isEmpty();
        List<CoachingEntry> five = List.of(session(A, "2026-01-01", 30, 20), session(A, "2026-01-02", 30, 20),
                session(B, "2026-01-03", 30, 20), session(B, "2026-01-04", 30, 20), session(C, "2026-01-05", 30, 20));
        assertThat(ProgramIndicators.badges(five, Set.of(A, B, C)))
                .containsExactlyInAnyOrder(Badge.FIRST_SESSION, Badge.HUNDRED_PEOPLE, Badge.SUPPORT_ALLY,
                        Badge.BRIDGE_BUILDER);
        assertThat(ProgramIndicators.badges(five, Set.of(A, B))).as("4 support sessions are not 5")
                .doesNotContain(Badge.SUPPORT_ALLY);
        assertThat(ProgramIndicators.badges(five.subList(0, 4), Set.of(C)))
                .containsExactly(Badge.FIRST_SESSION);
    }

    @Test
    void top_topics_are_counted_most_first_and_ties_by_code() {
        List<CoachingEntry> sessions = List.of(session(A, "2026-01-01", 30, 1, "crm", "email"),
                session(A, "2026-01-02", 30, 1, "crm"), session(A, "2026-01-03", 30, 1, "office", "email"),
                session(A, "2026-01-04", 30, 1, "erp"));
        assertThat(ProgramIndicators.top(sessions, CoachingEntry::tools, 3)).containsExactly(
                new TopicCount("crm", 2), new TopicCount("email", 2), new TopicCount("erp", 1));
    }

    @Test
    void the_median_of_an_even_count_is_the_mean_of_the_middle_two() {
        assertThat(ProgramIndicators.median(List.of(5.0, 1.0, 3.0))).isEqualTo(3.0);
        assertThat(ProgramIndicators.median(List.of(4.0, 1.0, 3.0, 10.0))).isEqualTo(3.5);
        assertThat(ProgramIndicators.median(List.of())).isZero();
    }

    @Test
    void quarters_follow_the_calendar_across_years() {
        assertThat(Quarter.of(LocalDate.parse("2026-03-31"))).isEqualTo(new Quarter(2026, 1));
        assertThat(Quarter.of(LocalDate.parse("2026-04-01"))).isEqualTo(new Quarter(2026, 2));
        assertThat(Quarter.lastQuarters(LocalDate.parse("2026-02-15"), 4)).containsExactly(new Quarter(2025, 2),
                new Quarter(2025, 3), new Quarter(2025, 4), new Quarter(2026, 1));
        assertThat(new Quarter(2026, 4).lastDay()).isEqualTo(LocalDate.parse("2026-12-31"));
        assertThat(new Quarter(2026, 1).contains(LocalDate.parse("2026-01-01"))).isTrue();
        assertThat(new Quarter(2026, 1).contains(LocalDate.parse("2025-12-31"))).isFalse();
    }
}
