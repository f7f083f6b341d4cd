package app.symetrie.ambassador;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What an ambassador sees on their home page.
 *
 * @param hoursThisMonth  coaching hours logged this calendar month
 * @param peopleReached   people coached over the last 12 months
 * @param topTools        tools coached most over the last 12 months (codes and counts), most first
 * @param topTopics       pain-point topics coached most over the last 12 months
 * @param points          points over the last 12 months ({@link ProgramIndicators#points})
 * @param rank            the ambassador's place in the public ranking, null when they opted out
 * @param ranking         the public ranking's top entries (opted-in ambassadors only)
 * @param openRequests    help requests waiting for their answer
 */
public record AmbassadorHome(Ambassador ambassador, int sessionsThisMonth, double hoursThisMonth,
                             int peopleThisMonth, int sessionsLast12Months, int peopleReached,
                             List<TopicCount> topTools, List<TopicCount> topTopics, int points, Set<Badge> badges,
                             @Nullable Integer rank, List<RankingEntry> ranking, int openRequests) {

    public record RankingEntry(int rank, String name, int points, boolean you) {
    }

    public double availabilityUsed() {
        int hours = ambassador.profile().monthlyHours();
        return hours == 0 ? 0 : hoursThisMonth / hours;
    }
}
