@NullMarked
package app.symetrie.training.internal;

import org.jspecify.annotations.NullMarked;
