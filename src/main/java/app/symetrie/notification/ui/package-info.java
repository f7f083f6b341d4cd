/** The person's notifications page and the bell the header shows. */
@NullMarked
package app.symetrie.notification.ui;

import org.jspecify.annotations.NullMarked;
