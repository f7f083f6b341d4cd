package app.symetrie;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The Docker health check's probe: healthy only on a 200 that says UP; down on DOWN, errors and silence. */
class HealthProbeTest {

    @Test
    void up_only_when_the_health_endpoint_says_up() throws Exception {
        AtomicReference<String> body = new AtomicReference<>("{\"status\":\"UP\"}");
        AtomicReference<Integer> status = new AtomicReference<>(200);
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/actuator/health", exchange -> {
            byte[] bytes = body.get().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status.get(), bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/actuator/health";
            assertThat(HealthProbe.healthy(url)).isTrue();
            body.set("{\"status\":\"DOWN\"}");
            status.set(503);
            assertThat(HealthProbe.healthy(url)).isFalse();
        } finally {
            server.stop(0);
        }
        assertThat(HealthProbe.healthy("http://127.0.0.1:1/actuator/health")).isFalse();
    }
}
