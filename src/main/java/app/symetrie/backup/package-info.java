/**
 * Backup and restore of the whole store (docs/OPERATIONS.md, decision 025): a consistent archive of every collection
 * as JSON lines, downloaded by an administrator, and its restore into an empty instance, from the command line
 * ({@code --symetrie.restore=backup.zip}) or from the administrator's view. Modules whose writers change several
 * documents at once pause them during a backup through {@link app.symetrie.backup.WriterPause}; this module reaches
 * into no other module but the store's batched reader ({@link app.symetrie.store.WholeCollection}).
 */
@NullMarked
package app.symetrie.backup;

import org.jspecify.annotations.NullMarked;
