@NullMarked
package app.symetrie.mail;

import org.jspecify.annotations.NullMarked;
