@NullMarked
package app.symetrie.mail.internal;

import org.jspecify.annotations.NullMarked;
