@NullMarked
package app.symetrie.store;

import org.jspecify.annotations.NullMarked;
