package app.symetrie.common;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The address people reach the application at ({@code symetrie.public-url}), for links in e-mails and on printed
 * sheets: sign-in links, personal survey links, kiosk QR codes. Never taken from a request's Host header (a forged
 * one would send a valid link to someone else's server). Without the setting, this machine's port on localhost.
 */
@Component
public class PublicUrl {

    private final Environment environment;

    PublicUrl(Environment environment) {
        this.environment = environment;
    }

    /** The base address, without a trailing slash. */
    public String get() {
        String configured = environment.getProperty("symetrie.public-url", "").strip();
        if (!configured.isEmpty()) {
            return configured.endsWith("/") ? configured.substring(0, configured.length() - 1) : configured;
        }
        return "http://localhost:" + environment.getProperty("local.server.port",
                environment.getProperty("server.port", "8080"));
    }
}
