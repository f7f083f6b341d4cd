package app.symetrie.privacy;

import app.symetrie.common.Role;
import app.symetrie.store.JobLock;
import java.time.Duration;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Applies the retention settings every night (03:30 in the company's time zone, {@code symetrie.retention.cron}), on
 * one instance only ({@link JobLock}); a night missed is caught up the next one, since each run deletes everything
 * past its period.
 */
@Component
@EnableConfigurationProperties(RetentionSettings.class)
class RetentionJob {

    private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);
    static final String LOCK = "retention";

    private final JobLock lock;
    private final PrivacyService privacy;

    RetentionJob(JobLock lock, PrivacyService privacy) {
        this.lock = lock;
        this.privacy = privacy;
    }

    @Scheduled(cron = "${symetrie.retention.cron:0 30 3 * * *}", zone = "${symetrie.time-zone:Europe/Paris}")
    void run() {
        lock.runExclusively(LOCK, Duration.ofHours(1), () -> {
            var previous = SecurityContextHolder.getContext();
            var context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("system:retention", null,
                    Role.ADMIN.withImplied().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList()));
            SecurityContextHolder.setContext(context);
            try {
                Map<String, Long> purged = privacy.applyRetention();
                log.info("Retention applied: {}", purged);
            } finally {
                SecurityContextHolder.setContext(previous);
            }
        });
    }
}
