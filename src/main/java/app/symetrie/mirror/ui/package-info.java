/** The customer mirror: the lead's page of comfort against customer satisfaction, and the figures' import and entry. */
@NullMarked
package app.symetrie.mirror.ui;

import org.jspecify.annotations.NullMarked;
