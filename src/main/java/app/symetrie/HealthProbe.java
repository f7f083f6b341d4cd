package app.symetrie;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The Docker image's health check (docker/Dockerfile): the JRE image has neither wget nor curl, so the check runs
 * this class from the application's own jar, without Spring ({@code java -Dloader.main=app.symetrie.HealthProbe
 * -cp app.jar org.springframework.boot.loader.launch.PropertiesLauncher}). Exit status 0 when
 * {@code /actuator/health} answers UP within 3 seconds, 1 otherwise.
 */
public final class HealthProbe {

    private HealthProbe() {
    }

    public static void main(String[] args) {
        String port = System.getenv().getOrDefault("PORT", "8080");
        String url = args.length > 0 ? args[0] : "http://127.0.0.1:" + port + "/actuator/health";
        System.exit(healthy(url) ? 0 : 1);
    }

    /** Whether the health endpoint at {@code url} answers 200 with status UP. */
    static boolean healthy(String url) {
        try {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofSeconds(3)).GET().build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && response.body().contains("\"status\":\"UP\"");
        } catch (Exception e) {
            return false;
        }
    }
}
