package app.symetrie.ambassador;

import app.symetrie.organization.DepartmentId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The program's indicators as plain functions (docs/PRODUCT.md): ambassador coverage = active ambassadors per 100
 * employees; coaching intensity = coaching hours per employee per quarter; points and badges for recognition.
 * An ambassador who covers several departments counts once in each of them.
 */
public final class ProgramIndicators {

    public static final int POINTS_PER_SESSION = 10;
    public static final int POINTS_PER_PERSON = 2;
    public static final int SUPPORT_ALLY_SESSIONS = 5;
    public static final int BRIDGE_BUILDER_DEPARTMENTS = 3;

    private ProgramIndicators() {
    }

    /** Ambassadors per 100 employees; 0 for a department without anyone. */
    public static double per100(long ambassadors, long headcount) {
        return headcount <= 0 ? 0 : 100.0 * ambassadors / headcount;
    }

    /** Coaching hours per employee; 0 for a department without anyone. */
    public static double hoursPerEmployee(long minutes, long headcount) {
        return headcount <= 0 ? 0 : minutes / 60.0 / headcount;
    }

    /** How many of these (active) ambassadors cover each department. */
    public static Map<DepartmentId, Integer> ambassadorsByDepartment(Collection<Ambassador> active) {
        Map<DepartmentId, Integer> count = new HashMap<>();
        active.forEach(a -> a.profile().departments().forEach(d -> count.merge(d, 1, Integer::sum)));
        return count;
    }

    /**
     * Coaching hours per employee of each department in each quarter: the minutes of the sessions held with the
     * department in the quarter, over its headcount.
     *
     * @return department → one value per quarter, in the order of {@code quarters}
     */
    public static Map<DepartmentId, List<Double>> hoursPerEmployeeByQuarter(Collection<CoachingEntry> sessions,
                                                                           Map<DepartmentId, Long> headcount,
                                                                           List<Quarter> quarters) {
        Map<DepartmentId, long[]> minutes = new HashMap<>();
        for (CoachingEntry s : sessions) {
            int index = quarters.indexOf(Quarter.of(s.date()));
            if (index >= 0) {
                minutes.computeIfAbsent(s.departmentId(), d -> new long[quarters.size()])[index] += s.minutes();
            }
        }
        Map<DepartmentId, List<Double>> result = new HashMap<>();
        headcount.forEach((department, people) -> {
            long[] m = minutes.getOrDefault(department, new long[quarters.size()]);
            List<Double> values = new ArrayList<>();
            for (long v : m) {
                values.add(hoursPerEmployee(v, people));
            }
            result.put(department, values);
        });
        return result;
    }

    /**
     * Coaching intensity of a group of departments in the last quarter completed before {@code asOf}: a full quarter,
     * never the current one (whose first weeks would read as a fall).
     */
    public static CoachingIntensity lastCompleteQuarter(Collection<CoachingEntry> sessions,
                                                        Set<DepartmentId> departments, long headcount,
                                                        LocalDate asOf) {
        Quarter quarter = Quarter.of(asOf).previous();
        long minutes = sessions.stream().filter(s -> quarter.contains(s.date())
                && departments.contains(s.departmentId())).mapToLong(CoachingEntry::minutes).sum();
        return new CoachingIntensity(quarter, minutes, headcount, hoursPerEmployee(minutes, headcount));
    }

    public static int points(int sessions, int people) {
        return POINTS_PER_SESSION * sessions + POINTS_PER_PERSON * people;
    }

    public static Set<Badge> badges(Collection<CoachingEntry> sessions, Set<DepartmentId> supportDepartments) {
        Set<Badge> badges = EnumSet.noneOf(Badge.class);
        int count = sessions.size();
        int people = sessions.stream().mapToInt(CoachingEntry::people).sum();
        long support = sessions.stream().filter(s -> supportDepartments.contains(s.departmentId())).count();
        Set<DepartmentId> departments = new HashSet<>();
        sessions.forEach(s -> departments.add(s.departmentId()));
        if (count >= 1) {
            badges.add(Badge.FIRST_SESSION);
        }
        if (count >= 10) {
            badges.add(Badge.TEN_SESSIONS);
        }
        if (count >= 50) {
            badges.add(Badge.FIFTY_SESSIONS);
        }
        if (people >= 100) {
            badges.add(Badge.HUNDRED_PEOPLE);
        }
        if (support >= SUPPORT_ALLY_SESSIONS) {
            badges.add(Badge.SUPPORT_ALLY);
        }
        if (departments.size() >= BRIDGE_BUILDER_DEPARTMENTS) {
            badges.add(Badge.BRIDGE_BUILDER);
        }
        return badges;
    }

    /** The codes addressed most often, most first (ties by code), at most {@code limit}. */
    public static List<TopicCount> top(Collection<CoachingEntry> sessions, Function<CoachingEntry, List<String>> codes,
                                       int limit) {
        Map<String, Long> counts = sessions.stream().flatMap(s -> codes.apply(s).stream())
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(limit).map(e -> new TopicCount(e.getKey(), e.getValue())).toList();
    }

    /** The median of some values; 0 when there are none. */
    public static double median(List<Double> values) {
        if (values.isEmpty()) {
            return 0;
        }
        List<Double> sorted = values.stream().sorted(Comparator.naturalOrder()).toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
