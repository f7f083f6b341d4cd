@NullMarked
package app.symetrie.mirror.internal;

import org.jspecify.annotations.NullMarked;
