@NullMarked
package app.symetrie.audit.ui;

import org.jspecify.annotations.NullMarked;
