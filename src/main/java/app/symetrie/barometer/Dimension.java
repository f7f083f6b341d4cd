package app.symetrie.barometer;

import app.symetrie.common.LocalizedText;
import java.util.List;

/** One of the barometer's dimensions (equipment, software & tools…) and its statements. */
public record Dimension(String code, LocalizedText name, List<Statement> statements) {
    public Dimension {
        CatalogItem.requireCode(code);
        statements = List.copyOf(statements);
        if (statements.isEmpty()) {
            throw new IllegalArgumentException("error.questionnaire.dimension.empty");
        }
    }
}
