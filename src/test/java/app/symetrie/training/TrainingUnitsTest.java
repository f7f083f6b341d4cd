package app.symetrie.training;

import static org.assertj.core.api.Assertions.assertThat;

import app.symetrie.barometer.DepartmentHighlights;
import app.symetrie.training.internal.EnrolmentDocument;
import app.symetrie.training.internal.TrainingSessionDocument;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Calendar files, recommendations and report figures, without a store. */
class TrainingUnitsTest {

    static final Instant NOW = Instant.parse("2026-06-15T12:00:00Z");

    static Course course(String title, String tool, String painPoint) {
        return new Course(CourseId.random(), title, "", tool, painPoint, CourseLevel.BEGINNER, 60,
                CourseFormat.REMOTE);
    }

    @Test
    void a_calendar_file_is_valid_icalendar_in_utc_with_escaped_text_and_folded_lines() {
        Course course = new Course(CourseId.random(), "Tableur : tableaux croisés, filtres; et calculs",
                "Ligne 1\nLigne 2", "office", null, CourseLevel.BEGINNER, 180, CourseFormat.ON_SITE);
        TrainingSession session = new TrainingSession(new TrainingSessionId("abc"), course.id(),
                Instant.parse("2026-12-08T08:30:00Z"), Instant.parse("2026-12-08T11:30:00Z"),
                "Siège — salle Lumière (3e étage), porte B " + "x".repeat(60), 10, 0, null, "Hugo Lefèvre",
                Instant.parse("2026-12-06T08:30:00Z"));
        String ics = SessionCalendar.ics(course, session, NOW);
        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n").endsWith("END:VCALENDAR\r\n");
        assertThat(ics).contains("UID:abc@symetrie\r\n", "DTSTAMP:20260615T120000Z\r\n",
                "DTSTART:20261208T083000Z\r\n", "DTEND:20261208T113000Z\r\n",
                "SUMMARY:Tableur : tableaux croisés\\, filtres\\; et calculs\r\n",
                "DESCRIPTION:Ligne 1\\nLigne 2\\nHugo Lefèvre\r\n");
        assertThat(ics.replace("\r\n ", "")).contains("LOCATION:Siège — salle Lumière (3e étage)\\, porte B xxx");
        for (String line : ics.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line)
                    .isLessThanOrEqualTo(75);
        }
        assertThat(ics.replace("\r\n", "")).doesNotContain("\n", "\r");
        assertThat(SessionCalendar.fileName(course)).isEqualTo("tableur-tableaux-croises-filtres-et-calculs.ics");
    }

    @Test
    void recommendations_follow_the_department_s_weakest_tools_and_most_frequent_pain_points() {
        Course crm = course("CRM", "crm", null);
        Course expenses = course("Notes de frais", "expenses", "heavy_procedures");
        Course vpn = course("VPN", null, "unreliable_network");
        Course office = course("Tableur", "office", null);
        var weak = new DepartmentHighlights.WeakSpots(List.of("expenses", "crm"),
                List.of("unreliable_network", "heavy_procedures"));
        Recommendations r = Recommendations.from(List.of(crm, expenses, vpn, office), weak);
        assertThat(r.available()).isTrue();
        // expenses: tool rank 0; VPN: pain rank 0 (tie broken by title); CRM: tool rank 1; office matches nothing
        assertThat(r.courses()).extracting(c -> c.course().title()).containsExactly("Notes de frais", "VPN", "CRM");
        assertThat(r.courses().getFirst().tool()).isEqualTo("expenses");
        assertThat(r.courses().getFirst().painPoint()).isEqualTo("heavy_procedures");
        assertThat(Recommendations.from(List.of(office), weak).courses()).isEmpty();
        assertThat(Recommendations.unavailable().available()).isFalse();
    }

    @Test
    void report_figures_count_seats_waiting_lists_completion_and_ratings() {
        Instant past = NOW.minusSeconds(86_400 * 10);
        Instant future = NOW.plusSeconds(86_400 * 10);
        var ended = new TrainingSessionDocument("s1", "c", past, past.plusSeconds(3600), "x", 10, 4, null, "T", past);
        var coming = new TrainingSessionDocument("s2", "c", future, future.plusSeconds(3600), "x", 6, 6, null, "T",
                future);
        List<EnrolmentDocument> enrolments = List.of(
                e("s1", "p1", EnrolmentStatus.ENROLLED, true, true, 5),
                e("s1", "p2", EnrolmentStatus.ENROLLED, true, true, 4),
                e("s1", "p3", EnrolmentStatus.ENROLLED, true, false, null),
                e("s1", "p4", EnrolmentStatus.ENROLLED, false, false, null),
                e("s1", "p5", EnrolmentStatus.CANCELLED, null, false, null),
                e("s2", "p1", EnrolmentStatus.ENROLLED, null, false, null),
                e("s2", "p6", EnrolmentStatus.WAITLISTED, null, false, null),
                e("s2", "p7", EnrolmentStatus.WAITLISTED, null, false, null));
        TrainingReport.Figures f = TrainingIndicators.figures(List.of(ended, coming), enrolments,
                Map.of("s1", ended, "s2", coming), NOW);
        assertThat(f.sessions()).isEqualTo(2);
        assertThat(f.fillRate()).isEqualTo(10 / 16.0);
        assertThat(f.waitlisted()).isEqualTo(2);
        assertThat(f.enrolledPast()).isEqualTo(4);
        assertThat(f.completed()).isEqualTo(2);
        assertThat(f.completionRate()).isEqualTo(0.5);
        assertThat(f.ratings()).isEqualTo(2);
        assertThat(f.meanRating()).isEqualTo(4.5);
        assertThat(f.people()).as("p1 to p4, p1 counted once").isEqualTo(4);
        assertThat(TrainingIndicators.share(3, 0)).isZero();
    }

    private static EnrolmentDocument e(String session, String person, EnrolmentStatus status, Boolean attended,
                                       boolean completed, Integer rating) {
        return new EnrolmentDocument(person + session, session, person, "d", status, NOW, attended, completed, rating,
                "");
    }
}
