package app.symetrie.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * A Spring Boot test on a MongoDB: a real one (Testcontainers, {@code mongo:8}) where a Docker engine answers, the
 * embedded server (in memory) otherwise. The same test classes run on both; {@link TestMongo} chooses.
 * The demo company is not seeded (profile "test") unless a test asks for it with {@link WithDemoCompany}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(SecurityStrategyExtension.class)
@SpringBootTest
@ActiveProfiles("test")
@ContextConfiguration(initializers = TestMongo.class)
public @interface IntegrationTest {
}
