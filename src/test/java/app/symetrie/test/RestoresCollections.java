package app.symetrie.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test class that changes data other test classes read puts it back: the listed collections of its Spring
 * context's store are read before its first test and written back, whole, after its last. For the shared demo
 * company ({@link WithDemoCompany}): a class that grants accounts, nominates ambassadors, enrols people or files
 * requests on demo people leaves the demo company as it found it, so that another class's "the demo has about thirty
 * ambassadors" or "this person has no account" stays true whatever ran before.
 * <p>
 * Within the class, tests still see each other's changes: write them so that the order does not matter, or use
 * people of their own ({@code BarometerFixture.department} outside the demo company).
 * <p>
 * Restore only what the application does not keep a copy of in memory (people, accounts, programmes, requests,
 * mail and audit); never a closed wave's answers or figures, which {@code ClosedWaveFigures} caches.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(CollectionSnapshot.Extension.class)
public @interface RestoresCollections {

    /** The collections to put back. */
    String[] value();
}
