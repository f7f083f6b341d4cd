/** The administrator's data protection view: retention settings and a person's rights. */
@NullMarked
package app.symetrie.privacy.ui;

import org.jspecify.annotations.NullMarked;
