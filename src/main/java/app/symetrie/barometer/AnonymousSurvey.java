package app.symetrie.barometer;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * What a personal survey link or a kiosk code opens, for someone who is not signed in. It never names anyone: a link
 * that is spent says only that, and one that is unknown, expired (its wave closed) or malformed says the same thing
 * in every case.
 *
 * @param wave          the wave to answer, when there is one
 * @param questionnaire its questionnaire version, when there is one to answer
 * @param locale        the invited person's language (personal links only, while there is something to answer):
 *                      the page speaks it; a spent link does not (it would tell a little about whose it was)
 * @param supportFunctions the support functions the optional block offers to rate (never the department of the
 *                      link or code), while there is something to answer
 */
public record AnonymousSurvey(State state, @Nullable Wave wave, @Nullable Questionnaire questionnaire,
                              @Nullable Locale locale, List<ServiceStatements.RatedFunction> supportFunctions) {

    public AnonymousSurvey {
        supportFunctions = List.copyOf(supportFunctions);
    }

    public AnonymousSurvey(State state, @Nullable Wave wave, @Nullable Questionnaire questionnaire,
                           @Nullable Locale locale) {
        this(state, wave, questionnaire, locale, List.of());
    }

    public enum State {
        /** The wave is open and this link or code has not answered yet. */
        TO_ANSWER,
        /** This link or code already answered. */
        USED,
        /** Unknown, malformed, or its wave is no longer open. */
        INVALID,
        /** This client had too many links or codes refused lately; nothing was looked up. */
        THROTTLED
    }

    static AnonymousSurvey invalid() {
        return new AnonymousSurvey(State.INVALID, null, null, null);
    }

    static AnonymousSurvey throttled() {
        return new AnonymousSurvey(State.THROTTLED, null, null, null);
    }

    static AnonymousSurvey used(@Nullable Locale locale) {
        return new AnonymousSurvey(State.USED, null, null, locale);
    }
}
