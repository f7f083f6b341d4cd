@NullMarked
package app.symetrie.organization;

import org.jspecify.annotations.NullMarked;
