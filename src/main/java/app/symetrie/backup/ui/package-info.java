/** The administrator's backup view: download a backup, restore one into an empty instance. */
@NullMarked
package app.symetrie.backup.ui;

import org.jspecify.annotations.NullMarked;
