package app.symetrie.ambassador;

/** A catalog code (tool or pain point) and how many coaching sessions addressed it. */
public record TopicCount(String code, long sessions) {
}
