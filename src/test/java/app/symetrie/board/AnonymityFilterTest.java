package app.symetrie.board;

import static org.assertj.core.api.Assertions.assertThat;

import app.symetrie.board.AnonymityFilter.Group;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AnonymityFilterTest {

    private final AnonymityFilter filter = new AnonymityFilter(5, 10);

    @Test
    void a_group_of_four_shows_no_figure_and_a_group_of_five_does() {
        assertThat(filter.canShow(4)).isFalse();
        assertThat(filter.canShow(5)).isTrue();
        assertThat(filter.canShow(0)).isFalse();
    }

    @Test
    void comments_need_the_comments_threshold() {
        assertThat(filter.canShowComments(9)).isFalse();
        assertThat(filter.canShowComments(10)).isTrue();
    }

    @Test
    void small_teams_are_hidden_and_counted_in_their_parent() {
        Set<String> visible = filter.visibleChildren(30, List.of(new Group("a", 12), new Group("b", 14),
                new Group("c", 4)));
        // rest = 30 - 26 = 4 < 5: one more team must go (the smallest shown, a), rest becomes 16.
        assertThat(visible).containsExactly("b");
    }

    @Test
    void a_parent_minus_its_only_large_child_cannot_reveal_a_small_rest() {
        // Department of 9 = team of 6 + 3 people without a team: showing the team would reveal those 3 by subtraction.
        assertThat(filter.visibleChildren(9, List.of(new Group("team", 6)))).isEmpty();
    }

    @Test
    void when_all_children_are_shown_and_cover_the_parent_nothing_is_hidden() {
        assertThat(filter.visibleChildren(20, List.of(new Group("a", 10), new Group("b", 10))))
                .containsExactlyInAnyOrder("a", "b");
    }

    @Test
    void a_rest_that_reaches_k_is_fine() {
        assertThat(filter.visibleChildren(25, List.of(new Group("a", 10), new Group("b", 10))))
                .containsExactlyInAnyOrder("a", "b");
    }

    @Test
    void a_parent_below_k_shows_nothing_at_all() {
        assertThat(filter.visibleChildren(4, List.of(new Group("a", 4)))).isEmpty();
    }

    @Test
    void two_hidden_small_groups_together_reaching_k_hide_nothing_more() {
        // c (3) and d (2) are hidden; together they are 5 = k: not revealing any single one.
        assertThat(filter.visibleChildren(25, List.of(new Group("a", 10), new Group("b", 10), new Group("c", 3),
                new Group("d", 2)))).containsExactlyInAnyOrder("a", "b");
    }

    @Test
    void the_rest_is_empty_or_at_least_k_for_any_partition() {
        Random random = new Random(7);
        for (int run = 0; run < 2_000; run++) {
            List<Group> children = new ArrayList<>();
            int total = 0;
            for (int i = 0, n = 1 + random.nextInt(6); i < n; i++) {
                int answers = random.nextInt(15);
                children.add(new Group("g" + i, answers));
                total += answers;
            }
            int outside = random.nextInt(6);
            int parent = total + outside;
            Set<String> visible = filter.visibleChildren(parent, children);
            int shown = children.stream().filter(c -> visible.contains(c.id())).mapToInt(Group::answers).sum();
            int rest = parent - shown;
            if (!visible.isEmpty()) {
                assertThat(rest == 0 || rest >= 5).as("rest %d of parent %d with %s", rest, parent, children).isTrue();
                assertThat(children.stream().filter(c -> visible.contains(c.id())))
                        .allMatch(c -> c.answers() >= 5);
            }
        }
    }
}
