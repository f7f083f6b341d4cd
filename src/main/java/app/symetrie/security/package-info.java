@NullMarked
package app.symetrie.security;

import org.jspecify.annotations.NullMarked;
