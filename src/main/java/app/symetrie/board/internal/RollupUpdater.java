package app.symetrie.board.internal;

import app.symetrie.barometer.AnswerSubmitted;
import app.symetrie.barometer.AnswersImported;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps rollups current: each submitted answer is added at once (synchronously, so a board read right after sees
 * it); a bulk load rebuilds its wave. A failure never loses the answer — it is logged and the wave can be rebuilt
 * from raw answers by an administrator.
 */
@Component
class RollupUpdater {

    private static final Logger log = LoggerFactory.getLogger(RollupUpdater.class);

    private final RollupStore rollups;

    RollupUpdater(RollupStore rollups) {
        this.rollups = rollups;
    }

    @EventListener
    void on(AnswerSubmitted event) {
        try {
            rollups.add(event.answerId());
        } catch (RuntimeException e) {
            log.error("Rollups of wave {} could not be updated; rebuild them from the answers", event.waveId(), e);
        }
    }

    @EventListener
    void on(AnswersImported event) {
        rollups.rebuild(event.waveId());
    }
}
