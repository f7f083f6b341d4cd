@NullMarked
package app.symetrie.board;

import org.jspecify.annotations.NullMarked;
