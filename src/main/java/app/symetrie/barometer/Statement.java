package app.symetrie.barometer;

import app.symetrie.common.LocalizedText;

/** A statement answered on the 1–5 agreement scale. */
public record Statement(String code, LocalizedText text) {
    public Statement {
        CatalogItem.requireCode(code);
    }
}
