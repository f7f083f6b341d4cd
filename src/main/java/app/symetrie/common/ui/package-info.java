@NullMarked
package app.symetrie.common.ui;

import org.jspecify.annotations.NullMarked;
