@NullMarked
package app.symetrie.action.ui;

import org.jspecify.annotations.NullMarked;
