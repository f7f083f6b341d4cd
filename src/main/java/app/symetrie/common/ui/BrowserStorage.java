package app.symetrie.common.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.page.PendingJavaScriptResult;

/**
 * What the app keeps in the browser's local storage. A browser can be shared (a kiosk, a family computer), so the
 * rule is: everything the app keeps there has a name under {@link #NAMESPACE}, belongs to the person signed in, and
 * is removed when anyone signs out. Storage errors (private mode, quota, storage disabled) are swallowed: what is kept
 * there is a convenience.
 */
public final class BrowserStorage {

    /** Every name the app gives to an entry of local storage starts with this. */
    public static final String NAMESPACE = "symetrie.";

    /** Removes the entries named $0… but $1. */
    private static final String FORGET = """
            for (let i = localStorage.length - 1; i >= 0; i--) {
              const name = localStorage.key(i);
              if (name !== null && name.startsWith($0) && name !== $1) {
                localStorage.removeItem(name);
              }
            }""";

    private BrowserStorage() {
    }

    /** Removes every entry the app keeps in this browser, whoever wrote it; resolves once done. */
    public static PendingJavaScriptResult forgetAll(Component source) {
        return source.getElement().executeJs("try {" + FORGET + "} catch (e) {} return true", NAMESPACE, "");
    }

    /**
     * Removes the entries named {@code prefix…} except {@code keep}, then resolves with {@code keep}'s value (an empty
     * string when there is none).
     */
    public static PendingJavaScriptResult readForgettingOthers(Component source, String prefix, String keep) {
        requireNamespace(prefix);
        return source.getElement().executeJs("try {" + FORGET + " return localStorage.getItem($1) || ''"
                + "} catch (e) { return '' }", prefix, keep);
    }

    public static void write(Component source, String name, String value) {
        requireNamespace(name);
        source.getElement().executeJs("try { localStorage.setItem($0, $1) } catch (e) {}", name, value);
    }

    public static void remove(Component source, String name) {
        source.getElement().executeJs("try { localStorage.removeItem($0) } catch (e) {}", name);
    }

    private static void requireNamespace(String name) {
        if (!name.startsWith(NAMESPACE)) {
            throw new IllegalArgumentException("a name outside " + NAMESPACE + " would survive sign-out: " + name);
        }
    }
}
