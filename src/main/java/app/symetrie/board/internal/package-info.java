@NullMarked
package app.symetrie.board.internal;

import org.jspecify.annotations.NullMarked;
