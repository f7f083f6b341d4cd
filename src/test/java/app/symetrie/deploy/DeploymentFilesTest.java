package app.symetrie.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * No Docker engine on the build machines: the deployment files are checked by reading them. The image's health check
 * uses what a JRE image contains, the compose file's MongoDB check uses db.hello() with authentication on, and the
 * application connects as its own user.
 */
class DeploymentFilesTest {

    static final Path DOCKER = Path.of("docker");

    @SuppressWarnings("unchecked")
    static Map<String, Object> service(String name) throws Exception {
        Map<String, Object> compose = new Yaml().load(Files.readString(DOCKER.resolve("compose.yaml")));
        return (Map<String, Object>) ((Map<String, Object>) compose.get("services")).get(name);
    }

    @Test
    void the_image_health_check_needs_no_wget_nor_curl_and_runs_the_jar_s_own_probe() throws Exception {
        String dockerfile = Files.readString(DOCKER.resolve("Dockerfile"));
        String healthcheck = dockerfile.substring(dockerfile.indexOf("HEALTHCHECK"));
        healthcheck = healthcheck.substring(0, healthcheck.indexOf("ENTRYPOINT"));
        assertThat(healthcheck).doesNotContain("wget").doesNotContain("curl")
                .contains("app.symetrie.HealthProbe", "org.springframework.boot.loader.launch.PropertiesLauncher");
        assertThat(dockerfile).contains("FROM eclipse-temurin:25-jre");
        assertThat(Path.of("src/main/java/app/symetrie/HealthProbe.java")).exists();
    }

    @Test
    @SuppressWarnings("unchecked")
    void mongo_runs_with_authentication_and_its_check_uses_hello() throws Exception {
        Map<String, Object> mongo = service("mongo");
        String check = String.join(" ", (List<String>) ((Map<String, Object>) mongo.get("healthcheck")).get("test"));
        assertThat(check).contains("db.hello()", "isWritablePrimary", "--authenticationDatabase admin")
                .doesNotContain("rs.status()");
        String entrypoint = String.join(" ", (List<String>) mongo.get("entrypoint"));
        assertThat(entrypoint).contains("--replSet rs0", "--keyFile");
        Map<String, Object> env = (Map<String, Object>) mongo.get("environment");
        assertThat(env).containsKeys("MONGO_INITDB_ROOT_USERNAME", "MONGO_INITDB_ROOT_PASSWORD", "MONGO_APP_PASSWORD");
        assertThat(String.valueOf(env.get("MONGO_INITDB_ROOT_PASSWORD"))).contains(":?");
        assertThat((List<String>) mongo.get("volumes")).anyMatch(v -> v.contains("docker-entrypoint-initdb.d"));
        assertThat(Files.readString(DOCKER.resolve("mongo-init.js"))).contains("createUser", "readWrite");
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_application_connects_as_its_own_user_and_waits_for_a_healthy_mongo() throws Exception {
        Map<String, Object> app = service("app");
        Map<String, Object> env = (Map<String, Object>) app.get("environment");
        assertThat(String.valueOf(env.get("SPRING_MONGODB_URI")))
                .startsWith("mongodb://symetrie:${MONGO_APP_PASSWORD").contains("authSource=symetrie", "replicaSet=rs0");
        assertThat(String.valueOf(((Map<String, Object>) ((Map<String, Object>) app.get("depends_on")).get("mongo"))
                .get("condition"))).isEqualTo("service_healthy");
        assertThat(env).containsKeys("SYMETRIE_ADMIN_EMAIL", "SYMETRIE_ADMIN_PASSWORD", "SYMETRIE_PUBLIC_URL");
    }
}
