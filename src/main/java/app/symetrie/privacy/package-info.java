/**
 * Data protection (docs/PRIVACY.md): a person's rights — everything held about one person, exported or erased — and
 * the retention of each kind of data, applied daily. Each module contributes what it holds through
 * {@link app.symetrie.privacy.PersonalData} and {@link app.symetrie.privacy.RetainedData}; this module collects them
 * and reaches into no other module.
 */
@NullMarked
package app.symetrie.privacy;

import org.jspecify.annotations.NullMarked;
