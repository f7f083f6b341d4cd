package app.symetrie.board;

import app.symetrie.audit.AuditLog;
import app.symetrie.barometer.BarometerAnswers;
import app.symetrie.barometer.CampaignService;
import app.symetrie.barometer.Wave;
import app.symetrie.barometer.WaveId;
import app.symetrie.barometer.WaveStatus;
import app.symetrie.board.internal.RollupStore;
import app.symetrie.store.JobLock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the board figures right when a rollup write failed or was lost (issue 11, "Board figures stay right"): at
 * start (in the background, after the application is ready) and every night ({@code symetrie.board.reconcile-cron}),
 * on one instance ({@link JobLock}), each closed wave's stored rollup counts are compared with a grouped count of its
 * released answers — one count query per wave, cheap when nothing differs. A wave whose counts differ gets its
 * rollups rebuilt from its answers (as {@link BoardService#rebuildAll()} does for rollups), under the same per-wave
 * lock as its release ({@code release:<waveId>}), so that a repair never races a release, and the figures boards read
 * ({@link ClosedWaveFigures}) are made again from the repaired rollups; its publication decision is not touched
 * (frozen at close: docs/decisions/005 and 018). A wave whose rollups are right but whose stored board figures count
 * otherwise (made from other rollups) gets those figures made again. Each repair is logged and audited
 * ({@code figures.reconciled}).
 */
@Component
class FiguresReconciliation {

    private static final Logger log = LoggerFactory.getLogger(FiguresReconciliation.class);
    static final String LOCK = "figures-reconciliation";
    private static final Duration LEASE = Duration.ofHours(1);
    private static final Duration WAVE_LEASE = Duration.ofMinutes(10);

    private final RollupStore rollups;
    private final BarometerAnswers answers;
    private final CampaignService campaigns;
    private final JobLock locks;
    private final AuditLog audit;
    private final ClosedWaveFigures figures;
    private final boolean atStart;

    FiguresReconciliation(RollupStore rollups, BarometerAnswers answers, CampaignService campaigns, JobLock locks,
                          AuditLog audit, ClosedWaveFigures figures,
                          @Value("${symetrie.board.reconcile-at-start:true}") boolean atStart) {
        this.figures = figures;
        this.rollups = rollups;
        this.answers = answers;
        this.campaigns = campaigns;
        this.locks = locks;
        this.audit = audit;
        this.atStart = atStart;
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStartup() {
        if (atStart) {
            Thread.ofVirtual().name("figures-reconciliation").start(this::run);
        }
    }

    @Scheduled(cron = "${symetrie.board.reconcile-cron:0 45 3 * * *}", zone = "${symetrie.time-zone:Europe/Paris}")
    void run() {
        try {
            locks.runExclusively(LOCK, LEASE, this::reconcile);
        } catch (RuntimeException e) {
            log.warn("Board figures: reconciliation failed ({}); the next run will try again", e.toString());
        }
    }

    /** Checks every closed wave and repairs those whose rollups do not count their answers; returns the repaired. */
    List<WaveId> reconcile() {
        List<WaveId> repaired = new ArrayList<>();
        for (Wave wave : campaigns.closedWaves()) {
            if (matches(wave)) {
                if (!figures.countLikeRollups(wave)) {
                    // Right rollups, but the figures boards read were made from others: made again from these.
                    locks.runExclusively("release:" + wave.id().value(), WAVE_LEASE, () -> remakeFigures(wave));
                }
                continue;
            }
            boolean ran = locks.runExclusively("release:" + wave.id().value(), WAVE_LEASE, () -> {
                if (repair(wave.id())) {
                    repaired.add(wave.id());
                }
            });
            if (!ran) {
                log.info("Board figures: wave {} is being released elsewhere; its check is left to the next run",
                        wave.id().value());
            }
        }
        return repaired;
    }

    private void remakeFigures(Wave wave) {
        figures.forget(wave.id());
        figures.freeze(wave);
        String detail = wave.campaignName() + " " + wave.opensOn() + " (" + wave.id().value()
                + "): board figures made again from its rollups";
        log.warn("Board figures reconciled: {}", detail);
        audit.record("figures.reconciled", detail);
    }

    private boolean matches(Wave wave) {
        return rollups.countsMatch(wave.id(), wave.thresholds().k(), answers.countsByUnit(wave.id()));
    }

    /** Under the wave's release lock: checks again (a release may just have finished) and rebuilds its rollups. */
    private boolean repair(WaveId waveId) {
        Wave wave = campaigns.wave(waveId).orElse(null);
        if (wave == null || wave.status() != WaveStatus.CLOSED || matches(wave)) {
            return false;
        }
        RollupStore.Computed computed = rollups.compute(waveId, wave.thresholds().k());
        int changed = rollups.differences(waveId, computed);
        rollups.replace(waveId, computed);
        // The figures boards read were made from the damaged rollups: made again from the repaired ones.
        figures.forget(waveId);
        figures.freeze(wave);
        String detail = wave.campaignName() + " " + wave.opensOn() + " (" + waveId.value() + "): " + changed
                + " rollups rebuilt from " + computed.answers() + " answers";
        log.warn("Board figures reconciled: {}", detail);
        audit.record("figures.reconciled", detail);
        return true;
    }
}
