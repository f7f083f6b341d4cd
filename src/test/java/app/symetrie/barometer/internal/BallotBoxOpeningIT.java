package app.symetrie.barometer.internal;

import static org.assertj.core.api.Assertions.assertThat;

import app.symetrie.barometer.AnswerForm;
import app.symetrie.barometer.Frequency;
import app.symetrie.common.Ids;
import app.symetrie.test.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Opening a large wave's box: its ballots together weigh more than one reply of the store can carry. */
@IntegrationTest
class BallotBoxOpeningIT {

    @Autowired
    BallotBox box;

    @Test
    void a_box_of_more_ballots_than_one_reply_carries_opens_whole() {
        String wave = Ids.random();
        int count = 4_500; // × 12 KiB sealed ≈ 54 MB, past the driver's 48 MB limit for one reply
        List<Ballot> ballots = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ballots.add(new Ballot("department-" + (i % 7), null, 1, new AnswerForm(Map.of("q1", 1 + i % 5),
                    Map.of("mail", new AnswerForm.ToolUse(Frequency.DAILY, 3)), Set.of(), i % 11, null)));
        }
        for (int i = 0; i < count; i += 500) {
            box.castAll(wave, ballots.subList(i, i + 500));
        }
        box.releaseAll(wave);

        Map<String, Ballot> opened = box.openReleased(wave);

        assertThat(opened).hasSize(count);
        assertThat(opened.values().stream().mapToInt(b -> b.form().recommend()).sum())
                .isEqualTo(ballots.stream().mapToInt(b -> b.form().recommend()).sum());
    }
}
