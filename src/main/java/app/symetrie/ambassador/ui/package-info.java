@NullMarked
package app.symetrie.ambassador.ui;

import org.jspecify.annotations.NullMarked;
