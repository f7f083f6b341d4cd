package app.symetrie.notification;

import java.util.Locale;

/**
 * What a notification is about, where it leads, and its text ({@code notification.kind.…}, with the notification's
 * arguments as placeholders). No kind carries a figure of the barometer: "results published" says only that.
 */
public enum NotificationKind {
    /** To the ambassador: {0} asked them for help. */
    HELP_REQUESTED("ambassador"),
    /** To the requester: {0}, the ambassador, accepted their request. */
    HELP_ACCEPTED("help"),
    /** To the requester: {0} declined it. */
    HELP_DECLINED("help"),
    /** To the requester: {0} logged the session, the request is done. */
    HELP_DONE("help"),
    /** To the applicant: they are an ambassador now. */
    APPLICATION_APPROVED("ambassador"),
    /** To the applicant: not this time. */
    APPLICATION_REJECTED("help"),
    /** To the first person waiting: a seat freed up in {0}, on {1} (a date and time), and is theirs. */
    TRAINING_SEAT("training"),
    /** To everyone invited to a wave: its results are published ({0}: the campaign's name). */
    RESULTS_PUBLISHED("board");

    private final String link;

    NotificationKind(String link) {
        this.link = link;
    }

    /** The route the notification opens. */
    public String link() {
        return link;
    }

    /** The translation key of its text. */
    public String textKey() {
        return "notification.kind." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
