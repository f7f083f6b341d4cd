package app.symetrie.map;

import app.symetrie.store.JobLock;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Runs the managers' prediction reminders, one instance at a time. */
@Component
class PredictionReminders {

    private final PredictionService predictions;
    private final JobLock locks;
    private final Clock clock;

    PredictionReminders(PredictionService predictions, JobLock locks, Clock clock) {
        this.predictions = predictions;
        this.locks = locks;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${symetrie.map.reminder-delay:PT15M}", initialDelayString = "PT2M")
    void run() {
        locks.runExclusively("map:prediction-reminders", Duration.ofMinutes(10),
                () -> predictions.remind(LocalDate.now(clock)));
    }
}
