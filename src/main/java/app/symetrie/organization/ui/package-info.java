@NullMarked
package app.symetrie.organization.ui;

import org.jspecify.annotations.NullMarked;
