@NullMarked
package app.symetrie.store.ui;

import org.jspecify.annotations.NullMarked;
