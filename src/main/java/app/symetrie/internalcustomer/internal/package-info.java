@NullMarked
package app.symetrie.internalcustomer.internal;

import org.jspecify.annotations.NullMarked;
