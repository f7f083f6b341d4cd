package app.symetrie.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The check-in's published figure, on answers counted by hand. */
class CheckInResultTest {

    @Test
    void five_answers_one_to_five_give_mean_three_with_the_student_interval() {
        // 1+2+3+4+5 = 15, squares 55; s² = (55 − 225/5)/4 = 2.5; margin = t(0.975, 4) · √(2.5/5)
        // = 2.776445 × 0.707107 = 1.963243.
        CheckInResult r = CheckInResult.of(5, 5, 15, 55);
        assertThat(r.shown()).isTrue();
        assertThat(r.n()).isEqualTo(5);
        assertThat(r.mean()).isCloseTo(3.0, within(1e-12));
        assertThat(r.margin()).isCloseTo(1.963243, within(1e-6));
        assertThat(r.low()).isCloseTo(1.036757, within(1e-6));
        assertThat(r.high()).isCloseTo(4.963243, within(1e-6));
    }

    @Test
    void six_answers_four_and_five_give_four_and_a_half() {
        // 4,4,4,5,5,5: sum 27, squares 123; s² = (123 − 121.5)/5 = 0.3; margin = t(0.975, 5) · √0.05
        // = 2.570582 × 0.223607 = 0.574799; the interval stops at 5, the top of the scale.
        CheckInResult r = CheckInResult.of(5, 6, 27, 123);
        assertThat(r.mean()).isCloseTo(4.5, within(1e-12));
        assertThat(r.margin()).isCloseTo(0.574799, within(1e-6));
        assertThat(r.high()).isEqualTo(5.0);
    }

    @Test
    void under_the_threshold_nothing_is_shown_not_even_the_count() {
        CheckInResult r = CheckInResult.of(5, 4, 16, 64);
        assertThat(r.shown()).isFalse();
        assertThat(r.n()).isNull();
        assertThat(r.mean()).isNull();
        assertThat(r.margin()).isNull();
        assertThat(r.k()).isEqualTo(5);
        assertThat(CheckInResult.of(7, 6, 27, 123).shown()).as("k of the campaign, not a fixed 5").isFalse();
    }
}
