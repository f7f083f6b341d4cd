package app.symetrie.common.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.WebBrowser;

/** The address a view's client connects from, for throttles (never stored in clear, never shown). */
public final class ClientAddress {

    private ClientAddress() {
    }

    /** The client's address as the servlet container sees it, or {@code "unknown"} when there is none. */
    public static String of(UI ui) {
        WebBrowser browser = ui.getSession() == null ? null : ui.getSession().getBrowser();
        String address = browser == null ? null : browser.getAddress();
        return address == null || address.isBlank() ? "unknown" : address;
    }
}
