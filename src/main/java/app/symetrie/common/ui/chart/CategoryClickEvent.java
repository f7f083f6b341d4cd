package app.symetrie.common.ui.chart;

import com.vaadin.flow.component.ComponentEvent;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A click on a category of a {@link Chart}: a bar or its label, a heatmap cell or row label, or a category button of
 * the table alternative. Indexes come from the browser and are checked against the chart's own categories.
 */
public class CategoryClickEvent extends ComponentEvent<Chart> {

    private final int categoryIndex;
    private final String category;
    private final int columnIndex;
    private final @Nullable String column;

    CategoryClickEvent(Chart source, boolean fromClient, int categoryIndex, String category, int columnIndex,
            @Nullable String column) {
        super(source, fromClient);
        this.categoryIndex = categoryIndex;
        this.category = category;
        this.columnIndex = columnIndex;
        this.column = column;
    }

    /** Index in the chart's categories (a heatmap's rows): map it back to an id. */
    public int categoryIndex() {
        return categoryIndex;
    }

    /** The category as shown (a heatmap's row). */
    public String category() {
        return category;
    }

    /** For a heatmap cell: the column's index; -1 otherwise (a bar, a row label, the table). */
    public int columnIndex() {
        return columnIndex;
    }

    /** For a heatmap cell: the column as shown. */
    public Optional<String> column() {
        return Optional.ofNullable(column);
    }
}
