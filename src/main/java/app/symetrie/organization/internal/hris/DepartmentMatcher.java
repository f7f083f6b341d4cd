package app.symetrie.organization.internal.hris;

import app.symetrie.organization.internal.DepartmentDocument;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the existing department that a name of an HRIS file was probably meant to be — "did you mean «Comptabilité»?"
 * for "Comptabilte" or "Compta" — so that a typo does not silently create a second department. Names equal once
 * accents, case and spaces are ignored ({@link DepartmentDocument#key}) are the same department and never reach this.
 * Close means: at most 1 edit apart (2 for names of 8 characters or more), or one name contains the other (the shorter
 * one having at least 4 characters). The closest wins; between equals, the first in alphabetical order.
 */
public final class DepartmentMatcher {

    static final int MIN_CONTAINED_LENGTH = 4;

    private DepartmentMatcher() {
    }

    /**
     * The key of the existing department closest to {@code key}, if one is close.
     *
     * @param key      the name key of a name the file would create
     * @param existing the existing departments' names, by name key
     */
    public static Optional<String> suggest(String key, Map<String, String> existing) {
        String best = null;
        int bestScore = Integer.MAX_VALUE;
        for (String candidate : existing.keySet()) {
            int score = score(key, candidate);
            if (score == Integer.MAX_VALUE) {
                continue;
            }
            if (best == null || score < bestScore
                    || score == bestScore && existing.get(candidate).compareToIgnoreCase(existing.get(best)) < 0) {
                best = candidate;
                bestScore = score;
            }
        }
        return Optional.ofNullable(best);
    }

    /** 0–2: edits apart; 3: one contains the other; {@code MAX_VALUE}: not close. */
    static int score(String a, String b) {
        if (a.equals(b)) {
            return Integer.MAX_VALUE; // the same department: not a suggestion
        }
        int shorter = Math.min(a.length(), b.length());
        int allowed = shorter >= 8 ? 2 : shorter >= 3 ? 1 : 0;
        if (allowed > 0) {
            int distance = distance(a, b, allowed);
            if (distance <= allowed) {
                return distance;
            }
        }
        if (shorter >= MIN_CONTAINED_LENGTH && (a.contains(b) || b.contains(a))) {
            return 3;
        }
        return Integer.MAX_VALUE;
    }

    /** Levenshtein distance, or {@code limit + 1} as soon as it is known to exceed {@code limit}. */
    static int distance(String a, String b, int limit) {
        if (Math.abs(a.length() - b.length()) > limit) {
            return limit + 1;
        }
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            int rowMin = current[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                rowMin = Math.min(rowMin, current[j]);
            }
            if (rowMin > limit) {
                return limit + 1;
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
