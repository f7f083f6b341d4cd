/** Where notifications and each person's e-mail choice are stored; nothing outside the module reads these. */
@NullMarked
package app.symetrie.notification.internal;

import org.jspecify.annotations.NullMarked;
