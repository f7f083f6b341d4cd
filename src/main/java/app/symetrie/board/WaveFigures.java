package app.symetrie.board;

import app.symetrie.barometer.CampaignService;
import app.symetrie.barometer.WaveReleased;
import app.symetrie.board.internal.RollupStore;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Makes a wave's figures when it closes and its answers are released: its rollups, then its publication decision,
 * then the figures boards read ({@link ClosedWaveFigures}), all once — synchronously, inside the release, so that a wave is never CLOSED without them (a failure leaves it
 * closing, and the release runs again; each step gives the same result when run again).
 */
@Component
class WaveFigures {

    private final RollupStore rollups;
    private final Publications publications;
    private final CampaignService campaigns;
    private final ClosedWaveFigures figures;

    WaveFigures(RollupStore rollups, Publications publications, CampaignService campaigns,
                ClosedWaveFigures figures) {
        this.rollups = rollups;
        this.publications = publications;
        this.campaigns = campaigns;
        this.figures = figures;
    }

    @EventListener
    void on(WaveReleased event) {
        rollups.rebuild(event.waveId(), event.k());
        campaigns.wave(event.waveId()).ifPresent(wave -> {
            publications.decideAndStore(wave);
            // Whatever a resumed release left is replaced: the board figures come from these rollups only.
            figures.forget(wave.id());
            figures.freeze(wave);
        });
    }
}
