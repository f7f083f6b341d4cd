@NullMarked
package app.symetrie.organization.internal;

import org.jspecify.annotations.NullMarked;
