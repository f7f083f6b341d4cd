@NullMarked
package app.symetrie.security.internal;

import org.jspecify.annotations.NullMarked;
