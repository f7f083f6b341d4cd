package app.symetrie.organization.internal.hris;

/** The life of an import batch: previewed, then being applied, then applied or rolled back (never both). */
public enum ImportBatchStatus {
    PREVIEWED,
    APPLYING,
    APPLIED,
    ROLLED_BACK
}
