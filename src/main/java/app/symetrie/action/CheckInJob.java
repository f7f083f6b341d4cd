package app.symetrie.action;

import app.symetrie.store.JobLock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Releases the action check-ins past their last day, every minute, on one instance at a time. */
@Component
class CheckInJob {

    private static final Logger log = LoggerFactory.getLogger(CheckInJob.class);
    static final String LOCK = "action-checkins";

    private final JobLock lock;
    private final CheckInService checkIns;

    CheckInJob(JobLock lock, CheckInService checkIns) {
        this.lock = lock;
        this.checkIns = checkIns;
    }

    @Scheduled(fixedDelayString = "${symetrie.action.checkin-release-delay:PT1M}", initialDelayString = "PT30S")
    void run() {
        lock.runExclusively(LOCK, Duration.ofMinutes(10), () -> {
            int released = checkIns.runDue();
            if (released > 0) {
                log.info("Action check-ins released: {}", released);
            }
        });
    }
}
