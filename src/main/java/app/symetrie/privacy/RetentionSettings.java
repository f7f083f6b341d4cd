package app.symetrie.privacy;

import java.time.Period;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long each kind of data is kept ({@code symetrie.retention.*}, ISO periods such as {@code P2Y}, {@code P90D}),
 * counted from the wave's close for answers and comments and from the record's date otherwise. Participation records
 * and the reminder log are not settings: they are deleted when their wave closes.
 */
@ConfigurationProperties("symetrie.retention")
public record RetentionSettings(Period answers, Period comments, Period outbox, Period helpRequests,
                               Period coachingNotes, Period audit, Period notifications) {

    public RetentionSettings {
        answers = orDefault(answers, Period.ofYears(5));
        comments = orDefault(comments, Period.ofYears(2));
        outbox = orDefault(outbox, Period.ofDays(90));
        helpRequests = orDefault(helpRequests, Period.ofYears(2));
        coachingNotes = orDefault(coachingNotes, Period.ofYears(2));
        audit = orDefault(audit, Period.ofYears(1));
        notifications = orDefault(notifications, Period.ofDays(180));
        for (Period p : new Period[]{answers, comments, outbox, helpRequests, coachingNotes, audit, notifications}) {
            if (p.isNegative() || p.isZero()) {
                throw new IllegalArgumentException("symetrie.retention.*: a period must be positive, got " + p);
            }
        }
    }

    private static Period orDefault(Period value, Period fallback) {
        return value == null ? fallback : value;
    }

    /** Per kind, in the order shown: the names of {@link RetainedData#kind()}. */
    public Map<String, Period> byKind() {
        Map<String, Period> kinds = new LinkedHashMap<>();
        kinds.put("answers", answers);
        kinds.put("comments", comments);
        kinds.put("outbox", outbox);
        kinds.put("help-requests", helpRequests);
        kinds.put("coaching-notes", coachingNotes);
        kinds.put("audit", audit);
        kinds.put("notifications", notifications);
        return kinds;
    }
}
