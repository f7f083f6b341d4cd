package app.symetrie.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AddedTest {

    @Test
    void only_what_came_after_is_new_even_when_it_equals_an_older_entry() {
        List<String> log = new ArrayList<>(List.of("a", "b", "a"));
        Added<String> added = Added.since(() -> List.copyOf(log.reversed())); // newest first, as the audit reads
        assertThat(added.now()).isEmpty();

        log.add("a");
        log.add("c");
        assertThat(added.now()).as("a third 'a', at the same instant as the others, is still new")
                .containsExactly("c", "a");
    }

    @Test
    void entries_that_fell_out_of_the_read_window_are_not_counted_as_new() {
        List<String> log = new ArrayList<>(List.of("old", "x"));
        Added<String> added = Added.since(() -> log.reversed().subList(0, Math.min(2, log.size())));
        log.add("y");
        assertThat(added.now()).containsExactly("y");
    }
}
