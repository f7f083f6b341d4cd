@NullMarked
package app.symetrie.security.ui;

import org.jspecify.annotations.NullMarked;
