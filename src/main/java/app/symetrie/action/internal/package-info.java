@NullMarked
package app.symetrie.action.internal;

import org.jspecify.annotations.NullMarked;
