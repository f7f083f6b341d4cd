@NullMarked
package app.symetrie.demo;

import org.jspecify.annotations.NullMarked;
