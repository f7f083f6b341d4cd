package app.symetrie.ambassador.ui;

import app.symetrie.barometer.BarometerCatalog;
import app.symetrie.barometer.CatalogItem;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** The barometer's tools and pain points with their labels in the UI's language. */
final class CatalogLabels {

    private final List<CatalogItem> tools;
    private final List<CatalogItem> painPoints;
    private final Locale locale;

    CatalogLabels(BarometerCatalog catalog, Locale locale) {
        this.tools = catalog.tools();
        this.painPoints = catalog.painPoints();
        this.locale = locale;
    }

    List<CatalogItem> tools() {
        return tools;
    }

    List<CatalogItem> painPoints() {
        return painPoints;
    }

    String label(CatalogItem item) {
        return item.label().in(locale);
    }

    String tool(@Nullable String code) {
        return code == null ? "" : find(tools, code);
    }

    String painPoint(@Nullable String code) {
        return code == null ? "" : find(painPoints, code);
    }

    String tools(Collection<String> codes) {
        return codes.stream().map(this::tool).collect(Collectors.joining(", "));
    }

    String painPoints(Collection<String> codes) {
        return codes.stream().map(this::painPoint).collect(Collectors.joining(", "));
    }

    List<CatalogItem> toolItems(Collection<String> codes) {
        return tools.stream().filter(i -> codes.contains(i.code())).toList();
    }

    List<CatalogItem> painPointItems(Collection<String> codes) {
        return painPoints.stream().filter(i -> codes.contains(i.code())).toList();
    }

    private String find(List<CatalogItem> items, String code) {
        return items.stream().filter(i -> i.code().equals(code)).findFirst().map(i -> i.label().in(locale))
                .orElse(code);
    }
}
