/**
 * The application: its entry point and the health probe; each module is a sub-package (README, "How the code is
 * organised").
 */
@NullMarked
package app.symetrie;

import org.jspecify.annotations.NullMarked;
