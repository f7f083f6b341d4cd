package app.symetrie.barometer;

import app.symetrie.common.InvalidValueException;

/**
 * The minimum group sizes of docs/PRODUCT.md: no figure below {@code k} answers (3–10, default 5), no comment below
 * {@code kComments} (at least k, default 10).
 */
public record AnonymityThresholds(int k, int kComments) {

    public static final int MIN_K = 3;
    public static final int MAX_K = 10;
    public static final int MAX_K_COMMENTS = 50;
    public static final AnonymityThresholds DEFAULT = new AnonymityThresholds(5, 10);

    /** A threshold read back from storage, kept within its range whatever was written there. */
    public static int clamp(int k) {
        return Math.max(MIN_K, Math.min(MAX_K, k));
    }

    public AnonymityThresholds {
        if (k < MIN_K || k > MAX_K) {
            throw new InvalidValueException("k", "error.campaign.k.range");
        }
        if (kComments < k || kComments > MAX_K_COMMENTS) {
            throw new InvalidValueException("kComments", "error.campaign.k-comments.range");
        }
    }
}
