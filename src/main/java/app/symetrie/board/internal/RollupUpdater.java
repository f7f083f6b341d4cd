package app.symetrie.board.internal;

import app.symetrie.barometer.WaveReleased;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Computes a wave's rollups when it closes and its answers are released — synchronously, inside the release, so
 * that a wave is never CLOSED without its figures (a failure leaves it closing, and the release runs again).
 */
@Component
class RollupUpdater {

    private final RollupStore rollups;

    RollupUpdater(RollupStore rollups) {
        this.rollups = rollups;
    }

    @EventListener
    void on(WaveReleased event) {
        rollups.rebuild(event.waveId(), event.k());
    }
}
