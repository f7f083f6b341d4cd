@NullMarked
package app.symetrie.audit.internal;

import org.jspecify.annotations.NullMarked;
