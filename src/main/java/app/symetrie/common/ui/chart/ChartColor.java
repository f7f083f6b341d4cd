package app.symetrie.common.ui.chart;

import java.util.List;

/**
 * The chart palette. {@link #SUPPORT} and {@link #FRONT_OFFICE} are the app's department-kind colours (see
 * {@code styles.css}), {@link #COMPANY} is the neutral grey of company-wide figures; the eight others are distinct
 * colours for the six dimensions, tools and other categorical series (see {@link #categorical(int)}).
 */
public enum ChartColor {
    SUPPORT("#7a4fb5"),
    FRONT_OFFICE("#1f7a8c"),
    COMPANY("#6b7280"),
    BLUE("#4e79a7"),
    ORANGE("#f28e2b"),
    RED("#e15759"),
    GREEN("#59a14f"),
    GOLD("#c9a227"),
    BROWN("#9c755f"),
    NAVY("#2f4b7c"),
    ROSE("#d37295");

    private static final List<ChartColor> CATEGORICAL = List.of(BLUE, ORANGE, GREEN, RED, NAVY, GOLD, ROSE, BROWN);

    private final String hex;

    ChartColor(String hex) {
        this.hex = hex;
    }

    /** The CSS colour, e.g. {@code #7a4fb5}. */
    public String hex() {
        return hex;
    }

    /** The {@code index}-th categorical colour (dimension 0 → blue, 1 → orange…), cycling after eight. */
    public static ChartColor categorical(int index) {
        return CATEGORICAL.get(Math.floorMod(index, CATEGORICAL.size()));
    }
}
