/** Who changed what, when: the audit log of actions that change access, figures or campaigns. */
@NullMarked
package app.symetrie.audit;

import org.jspecify.annotations.NullMarked;
