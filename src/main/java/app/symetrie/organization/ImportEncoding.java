package app.symetrie.organization;

/**
 * How the bytes of an HRIS file are read. {@link #AUTO} reads valid UTF-8 as UTF-8 and anything else as
 * Windows-1252 (what Excel's "CSV (séparateur point-virgule)" writes in France), and refuses a file mixing both.
 */
public enum ImportEncoding {
    AUTO,
    UTF_8,
    WINDOWS_1252
}
