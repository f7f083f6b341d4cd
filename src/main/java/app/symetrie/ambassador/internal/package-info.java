@NullMarked
package app.symetrie.ambassador.internal;

import org.jspecify.annotations.NullMarked;
