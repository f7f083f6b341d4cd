package app.symetrie.barometer;

import app.symetrie.store.JobLock;
import app.symetrie.store.StoreUnavailable;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every minute (and once at start-up): opens and closes waves on schedule, sends the invitations not sent yet and
 * the reminders due (caught up after downtime). Only one application instance does it at a time ({@link JobLock});
 * each step is claimed per record, so a run cut short by a crash is finished by the next one without sending twice.
 */
@Component
class WaveScheduler {

    static final String LOCK = "barometer-schedule";

    private final JobLock lock;
    private final CampaignService campaigns;
    private final ReminderService reminders;
    private final Invitations invitations;
    private final Clock clock;

    WaveScheduler(JobLock lock, CampaignService campaigns, ReminderService reminders, Invitations invitations,
                  Clock clock) {
        this.invitations = invitations;
        this.lock = lock;
        this.campaigns = campaigns;
        this.reminders = reminders;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStartup() {
        StoreUnavailable.atStartup("the first barometer schedule run", this::tick);
    }

    @Scheduled(fixedDelayString = "${symetrie.barometer.schedule-delay:PT1M}",
            initialDelayString = "${symetrie.barometer.schedule-delay:PT1M}")
    void tick() {
        lock.runExclusively(LOCK, Duration.ofMinutes(5), () -> {
            LocalDate today = LocalDate.now(clock);
            campaigns.advance(today);
            invitations.send(today);
            reminders.remind(today);
        });
    }
}
