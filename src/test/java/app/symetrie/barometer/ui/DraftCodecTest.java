package app.symetrie.barometer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.symetrie.barometer.Frequency;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DraftCodecTest {

    @Test
    void a_draft_survives_the_round_trip_including_accents_and_separators_in_the_comment() {
        var draft = new DraftCodec.Draft(Map.of("equipment.fit", 4, "access.rights", 1),
                Map.of("email", Frequency.DAILY, "crm", Frequency.NEVER), Map.of("email", 5),
                Set.of("slow_support"), 9, "Le VPN; coupe = souvent… été");
        assertThat(DraftCodec.decode(DraftCodec.encode(draft))).isEqualTo(draft);
    }

    @Test
    void journey_moment_ratings_survive_the_round_trip_and_values_out_of_range_are_skipped() {
        var draft = new DraftCodec.Draft(Map.of(), Map.of(), Map.of(), Set.of(), null, "",
                Map.of("arrival", 2, "remote_work", 5));
        assertThat(DraftCodec.decode(DraftCodec.encode(draft))).isEqualTo(draft);
        assertThat(DraftCodec.decode("j:arrival=7;j:asking_it=3;j:=4").moments())
                .containsExactly(Map.entry("asking_it", 3));
    }

    @Test
    void tampered_or_broken_parts_are_skipped_not_trusted() {
        var draft = DraftCodec.decode("s:equipment.fit=9;s:access.rights=2;f:email=SOMETIMES;r:42;c:x=0;zz;s:=3;t:%%%");
        assertThat(draft.scores()).containsExactly(Map.entry("access.rights", 2));
        assertThat(draft.frequencies()).isEmpty();
        assertThat(draft.comfort()).isEmpty();
        assertThat(draft.recommend()).isNull();
        assertThat(draft.comment()).isEmpty();
    }

    @Test
    void an_empty_or_missing_draft_is_empty() {
        assertThat(DraftCodec.decode(null).scores()).isEmpty();
        assertThat(DraftCodec.decode("").painPoints()).isEmpty();
    }
}
