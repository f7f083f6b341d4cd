package app.symetrie.ambassador;

/** OPEN until the ambassador answers; an ACCEPTED request becomes DONE when the ambassador logs its session. */
public enum HelpRequestStatus {
    OPEN,
    ACCEPTED,
    DECLINED,
    DONE
}
