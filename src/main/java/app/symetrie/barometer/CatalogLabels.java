package app.symetrie.barometer;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The barometer's tools and pain points with their labels in one language, for the screens of the features that
 * use the lists (ambassadors, trainings): codes are stored, labels are shown.
 */
public final class CatalogLabels {

    private final List<CatalogItem> tools;
    private final List<CatalogItem> painPoints;
    private final Locale locale;

    public CatalogLabels(BarometerCatalog catalog, Locale locale) {
        this.tools = catalog.tools();
        this.painPoints = catalog.painPoints();
        this.locale = locale;
    }

    public List<CatalogItem> tools() {
        return tools;
    }

    public List<CatalogItem> painPoints() {
        return painPoints;
    }

    public String label(CatalogItem item) {
        return item.label().in(locale);
    }

    public String tool(@Nullable String code) {
        return code == null ? "" : find(tools, code);
    }

    public String painPoint(@Nullable String code) {
        return code == null ? "" : find(painPoints, code);
    }

    public String tools(Collection<String> codes) {
        return codes.stream().map(this::tool).collect(Collectors.joining(", "));
    }

    public String painPoints(Collection<String> codes) {
        return codes.stream().map(this::painPoint).collect(Collectors.joining(", "));
    }

    public List<CatalogItem> toolItems(Collection<String> codes) {
        return tools.stream().filter(i -> codes.contains(i.code())).toList();
    }

    public List<CatalogItem> painPointItems(Collection<String> codes) {
        return painPoints.stream().filter(i -> codes.contains(i.code())).toList();
    }

    private String find(List<CatalogItem> items, String code) {
        return items.stream().filter(i -> i.code().equals(code)).findFirst().map(i -> i.label().in(locale))
                .orElse(code);
    }
}
