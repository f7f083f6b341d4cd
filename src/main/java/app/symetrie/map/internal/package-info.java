/** The map module's documents: predictions, the per-campaign publication setting, reminder claims. */
@NullMarked
package app.symetrie.map.internal;

import org.jspecify.annotations.NullMarked;
