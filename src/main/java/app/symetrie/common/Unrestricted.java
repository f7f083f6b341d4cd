package app.symetrie.common;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Says, on a public service method (or a whole service) without {@code @PreAuthorize}, why it needs no role check and
 * who calls it: sign-in before anyone is signed in, start-up provisioning and scheduled work running as the system,
 * another module's service that already checked the person, or reference data that holds nothing of a person.
 * {@code ArchitectureTest} fails on a public method of a {@code @Service} that says neither.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Unrestricted {

    /** Who calls it and why no role check is needed. */
    String value();
}
