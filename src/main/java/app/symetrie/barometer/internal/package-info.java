@NullMarked
package app.symetrie.barometer.internal;

import org.jspecify.annotations.NullMarked;
