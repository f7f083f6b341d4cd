package app.symetrie.map;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.symetrie.barometer.DefaultQuestionnaire;
import app.symetrie.barometer.Questionnaire;
import app.symetrie.common.InvalidValueException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PredictionTest {

    private final Questionnaire q = DefaultQuestionnaire.version1();

    private Map<String, Integer> all(Iterable<String> codes, int value) {
        Map<String, Integer> map = new HashMap<>();
        codes.forEach(c -> map.put(c, value));
        return map;
    }

    private Prediction complete() {
        return new Prediction(all(q.dimensions().stream().map(d -> d.code()).toList(), 4), Set.of("slow_support"),
                all(q.moments().stream().map(m -> m.code()).toList(), 3));
    }

    @Test
    void a_prediction_is_on_the_one_to_five_scale_with_one_to_three_pain_points() {
        assertThatThrownBy(() -> new Prediction(Map.of("equipment", 6), Set.of("slow_support"), Map.of()))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> org.assertj.core.api.Assertions.assertThat(e.field()).isEqualTo("dimensions"));
        assertThatThrownBy(() -> new Prediction(Map.of(), Set.of("slow_support"), Map.of("arrival", 0)))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new Prediction(Map.of(), Set.of(), Map.of()))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new Prediction(Map.of(), Set.of("a", "b", "c", "d"), Map.of()))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void a_prediction_covers_every_dimension_and_moment_of_the_wave_and_only_its_pain_points() {
        PredictionService.requireComplete(q, complete());
        Prediction p = complete();
        Map<String, Integer> fewer = new HashMap<>(p.dimensions());
        fewer.remove("equipment");
        assertThatThrownBy(() -> PredictionService.requireComplete(q,
                new Prediction(fewer, p.painPoints(), p.moments()))).isInstanceOf(InvalidValueException.class);
        Map<String, Integer> extra = new HashMap<>(p.moments());
        extra.put("not_a_moment", 3);
        assertThatThrownBy(() -> PredictionService.requireComplete(q,
                new Prediction(p.dimensions(), p.painPoints(), extra))).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> PredictionService.requireComplete(q,
                new Prediction(p.dimensions(), Set.of("made_up"), p.moments()))).isInstanceOf(InvalidValueException.class);
    }
}
