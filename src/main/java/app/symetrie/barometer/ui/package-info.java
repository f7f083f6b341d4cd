@NullMarked
package app.symetrie.barometer.ui;

import org.jspecify.annotations.NullMarked;
