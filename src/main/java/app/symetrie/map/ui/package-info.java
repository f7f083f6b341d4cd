/** The manager's prediction form and the Satisfaction Map. */
@NullMarked
package app.symetrie.map.ui;

import org.jspecify.annotations.NullMarked;
