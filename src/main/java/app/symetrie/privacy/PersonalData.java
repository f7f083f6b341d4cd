package app.symetrie.privacy;

import app.symetrie.common.Email;
import java.util.List;

/**
 * What one module holds about an identified person, implemented inside that module (in its {@code internal}
 * package) and collected by {@link PrivacyService}. Anonymous answers are never part of it: nothing links them to a
 * person (docs/ANONYMITY.md).
 */
public interface PersonalData {

    /** A stable name of the kind of data, e.g. {@code account}, {@code enrolments}: a section of the export. */
    String kind();

    /** Everything held of this kind about the person, as records that serialize to JSON; empty when nothing. */
    List<?> export(Email person);

    /**
     * Erases it (deletes, or unlinks from the person where a count must stay right); returns how many records were
     * touched. Must be safe to run twice.
     */
    long erase(Email person);

    /**
     * Erasure runs in ascending order: modules that find the person through the organization run before the
     * organization forgets them.
     */
    default int eraseOrder() {
        return 0;
    }
}
