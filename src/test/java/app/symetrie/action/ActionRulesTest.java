package app.symetrie.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.symetrie.organization.EmployeeId;
import app.symetrie.training.CourseId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The rules an action keeps by itself: its statuses' moves, and what a draft, a proposal and a comment accept. */
class ActionRulesTest {

    static ActionDraft draft(String title, String description, @Nullable LocalDate start, @Nullable LocalDate due,
                             int percent) {
        return new ActionDraft(title, description, new Target(TargetKind.PAIN_POINT, "slow_support"), List.of(),
                start, due, percent, Visibility.TEAM, List.of(), List.of());
    }

    @Test
    void a_proposal_is_accepted_or_rejected_and_nothing_else() {
        assertThat(ActionStatus.PROPOSED.next()).containsExactlyInAnyOrder(ActionStatus.PLANNED, ActionStatus.DROPPED);
        assertThat(ActionStatus.PROPOSED.canMoveTo(ActionStatus.IN_PROGRESS)).isFalse();
        assertThat(ActionStatus.PROPOSED.canMoveTo(ActionStatus.DONE)).isFalse();
    }

    @Test
    void nothing_moves_back_to_proposed_and_done_or_dropped_are_only_reopened() {
        for (ActionStatus s : ActionStatus.values()) {
            assertThat(s.next()).as(s.name()).doesNotContain(ActionStatus.PROPOSED).doesNotContain(s);
            assertThat(s.canMoveTo(s)).as("staying put is no move").isTrue();
        }
        assertThat(ActionStatus.DONE.next()).containsExactly(ActionStatus.IN_PROGRESS);
        assertThat(ActionStatus.DROPPED.next()).containsExactly(ActionStatus.PLANNED);
        assertThat(ActionStatus.PLANNED.next()).containsExactlyInAnyOrder(ActionStatus.IN_PROGRESS,
                ActionStatus.DONE, ActionStatus.DROPPED);
        assertThat(ActionStatus.IN_PROGRESS.canMoveTo(ActionStatus.DONE)).isTrue();
    }

    @Test
    void only_planned_and_in_progress_actions_are_open() {
        EnumSet<ActionStatus> open = EnumSet.noneOf(ActionStatus.class);
        for (ActionStatus s : ActionStatus.values()) {
            if (s.open()) {
                open.add(s);
            }
        }
        assertThat(open).containsExactlyInAnyOrder(ActionStatus.PLANNED, ActionStatus.IN_PROGRESS);
    }

    @Test
    void a_title_is_stripped_and_needs_three_to_120_characters() {
        assertThat(draft("  Moins de double saisie  ", "", null, null, 0).title()).isEqualTo("Moins de double saisie");
        assertThatThrownBy(() -> draft("  ", "", null, null, 0)).hasMessage("action.error.title.required");
        assertThatThrownBy(() -> draft("ab", "", null, null, 0)).hasMessage("action.error.title.required");
        assertThat(draft("x".repeat(120), "", null, null, 0).title()).hasSize(120);
        assertThatThrownBy(() -> draft("x".repeat(121), "", null, null, 0)).hasMessage("action.error.title.too-long");
    }

    @Test
    void a_description_has_2000_characters_at_most() {
        assertThat(draft("Titre", "d".repeat(2000), null, null, 0).description()).hasSize(2000);
        assertThatThrownBy(() -> draft("Titre", "d".repeat(2001), null, null, 0))
                .hasMessage("action.error.description.too-long");
    }

    @Test
    void the_due_date_cannot_come_before_the_start_and_progress_is_a_percentage() {
        LocalDate day = LocalDate.of(2027, 3, 1);
        assertThat(draft("Titre", "", day, day, 0).dueOn()).isEqualTo(day);
        assertThatThrownBy(() -> draft("Titre", "", day, day.minusDays(1), 0)).hasMessage("action.error.dates.order");
        assertThat(draft("Titre", "", null, day, 100).percent()).isEqualTo(100);
        assertThatThrownBy(() -> draft("Titre", "", null, null, 101)).hasMessage("action.error.percent.range");
        assertThatThrownBy(() -> draft("Titre", "", null, null, -1)).hasMessage("action.error.percent.range");
    }

    @Test
    void owners_and_links_are_deduplicated_and_bounded() {
        EmployeeId a = EmployeeId.random();
        ActionDraft d = new ActionDraft("Titre", "", null, List.of(a, a), null, null, 0, Visibility.COMPANY,
                List.of(new CourseId("c1"), new CourseId("c1")), List.of("slow_support", "slow_support"));
        assertThat(d.owners()).containsExactly(a);
        assertThat(d.courses()).hasSize(1);
        assertThat(d.topics()).containsExactly("slow_support");
        List<EmployeeId> eleven = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            eleven.add(EmployeeId.random());
        }
        assertThatThrownBy(() -> new ActionDraft("Titre", "", null, eleven, null, null, 0, Visibility.TEAM, List.of(),
                List.of())).hasMessage("action.error.owners.too-many");
        List<String> topics = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            topics.add("t" + i);
        }
        assertThatThrownBy(() -> new ActionDraft("Titre", "", null, List.of(), null, null, 0, Visibility.TEAM,
                List.of(), topics)).hasMessage("action.error.links.too-many");
        assertThatThrownBy(() -> new ActionDraft("Titre", "", null, List.of(), null, null, 0, null, List.of(),
                List.of())).hasMessage("action.error.visibility.required");
    }

    @Test
    void a_target_needs_a_kind_and_a_code() {
        assertThatThrownBy(() -> new Target(null, "slow_support")).hasMessage("action.error.target.required");
        assertThatThrownBy(() -> new Target(TargetKind.TOOL, " ")).hasMessage("action.error.target.required");
        assertThat(new Target(TargetKind.TOOL, " crm ").code()).isEqualTo("crm");
    }

    @Test
    void a_proposal_keeps_the_same_text_rules_and_a_comment_is_required_and_bounded() {
        assertThatThrownBy(() -> new Proposal("", "", null)).hasMessage("action.error.title.required");
        assertThat(new Proposal(" Des casques sans fil ", " ", null).description()).isEmpty();
        assertThat(ActionComment.requireText("  Oui !  ")).isEqualTo("Oui !");
        assertThatThrownBy(() -> ActionComment.requireText("   ")).hasMessage("action.error.comment.required");
        assertThatThrownBy(() -> ActionComment.requireText("x".repeat(501)))
                .hasMessage("action.error.comment.too-long");
    }
}
