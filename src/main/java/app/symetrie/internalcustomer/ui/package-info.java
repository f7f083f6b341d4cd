@NullMarked
package app.symetrie.internalcustomer.ui;

import org.jspecify.annotations.NullMarked;
