package app.symetrie.store;

/**
 * Which store the application runs on.
 *
 * @param embedded true for the in-process server, false for a real MongoDB
 * @param description where the data lives, without credentials
 */
public record StoreMode(boolean embedded, String description) {

    static String maskCredentials(String uri) {
        return uri.replaceAll("//[^/@]*@", "//***@");
    }
}
