package app.symetrie.barometer.ui;

import app.symetrie.barometer.AnswerForm;
import app.symetrie.barometer.Frequency;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Turns an answer in progress into a compact string and back. The string is sealed ({@link DraftSeal}) and kept in the
 * browser's local storage, never on the server, so a draft cannot link a person to their final answer. Anything
 * unreadable is skipped, never trusted: the server validates the final answer anyway.
 */
final class DraftCodec {

    private DraftCodec() {
    }

    /** The parts of a draft: any of them may be partial. */
    record Draft(Map<String, Integer> scores, Map<String, Frequency> frequencies, Map<String, Integer> comfort,
                 Set<String> painPoints, @Nullable Integer recommend, String comment, Map<String, Integer> moments) {

        /** A draft that rates no journey moment. */
        Draft(Map<String, Integer> scores, Map<String, Frequency> frequencies, Map<String, Integer> comfort,
              Set<String> painPoints, @Nullable Integer recommend, String comment) {
            this(scores, frequencies, comfort, painPoints, recommend, comment, Map.of());
        }
    }

    static String encode(Draft draft) {
        List<String> parts = new ArrayList<>();
        draft.scores().forEach((code, v) -> parts.add("s:" + code + "=" + v));
        draft.frequencies().forEach((code, f) -> parts.add("f:" + code + "=" + f.name()));
        draft.comfort().forEach((code, v) -> parts.add("c:" + code + "=" + v));
        draft.painPoints().forEach(code -> parts.add("p:" + code));
        draft.moments().forEach((code, v) -> parts.add("j:" + code + "=" + v));
        if (draft.recommend() != null) {
            parts.add("r:" + draft.recommend());
        }
        if (!draft.comment().isEmpty()) {
            parts.add("t:" + Base64.getUrlEncoder().encodeToString(draft.comment().getBytes(StandardCharsets.UTF_8)));
        }
        return String.join(";", parts);
    }

    static Draft decode(@Nullable String value) {
        Map<String, Integer> scores = new HashMap<>();
        Map<String, Frequency> frequencies = new HashMap<>();
        Map<String, Integer> comfort = new HashMap<>();
        Set<String> painPoints = new HashSet<>();
        Map<String, Integer> moments = new HashMap<>();
        Integer recommend = null;
        String comment = "";
        if (value != null && value.length() < 20_000) {
            for (String part : value.split(";")) {
                try {
                    String body = part.length() > 2 ? part.substring(2) : "";
                    switch (part.length() > 1 ? part.substring(0, 2) : "") {
                        case "s:" -> scores.put(key(body), inRange(value(body), 1, 5));
                        case "f:" -> frequencies.put(key(body), Frequency.valueOf(valueText(body)));
                        case "c:" -> comfort.put(key(body), inRange(value(body), 1, 5));
                        case "p:" -> painPoints.add(body);
                        case "j:" -> moments.put(key(body), inRange(value(body), 1, 5));
                        case "r:" -> recommend = inRange(Integer.parseInt(body), 0, 10);
                        case "t:" -> comment = new String(Base64.getUrlDecoder().decode(body), StandardCharsets.UTF_8);
                        default -> {
                            // an unknown part: ignored
                        }
                    }
                } catch (IllegalArgumentException | IndexOutOfBoundsException unreadable) {
                    // skipped: a draft is a convenience, never trusted
                }
            }
        }
        if (comment.length() > AnswerForm.COMMENT_MAX) {
            comment = comment.substring(0, AnswerForm.COMMENT_MAX);
        }
        return new Draft(scores, frequencies, comfort, painPoints, recommend, comment, moments);
    }

    private static String key(String body) {
        int eq = body.indexOf('=');
        if (eq <= 0) {
            throw new IllegalArgumentException("no key");
        }
        return body.substring(0, eq);
    }

    private static String valueText(String body) {
        return body.substring(body.indexOf('=') + 1);
    }

    private static int value(String body) {
        return Integer.parseInt(valueText(body));
    }

    private static int inRange(int v, int min, int max) {
        if (v < min || v > max) {
            throw new IllegalArgumentException("out of range");
        }
        return v;
    }
}
