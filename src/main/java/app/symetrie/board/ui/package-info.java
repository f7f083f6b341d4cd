@NullMarked
package app.symetrie.board.ui;

import org.jspecify.annotations.NullMarked;
