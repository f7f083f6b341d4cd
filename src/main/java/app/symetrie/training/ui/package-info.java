@NullMarked
package app.symetrie.training.ui;

import org.jspecify.annotations.NullMarked;
