@NullMarked
package app.symetrie.barometer;

import org.jspecify.annotations.NullMarked;
