@NullMarked
package app.symetrie.mail.ui;

import org.jspecify.annotations.NullMarked;
