package app.symetrie.barometer;

import java.util.List;

/**
 * The barometer's lists that other features share (ambassadors coach on these tools and pain points, trainings
 * address them): always those of the current questionnaire version.
 */
public interface BarometerCatalog {

    List<CatalogItem> tools();

    List<CatalogItem> painPoints();
}
