@NullMarked
package app.symetrie.base.ui;

import org.jspecify.annotations.NullMarked;
