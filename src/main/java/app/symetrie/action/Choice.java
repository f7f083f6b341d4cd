package app.symetrie.action;

/** Something a form offers: a code (or id) and its label in the viewer's language. */
public record Choice(String code, String label) {
}
