/**
 * Action plans: what a department (its manager) or the company (a lead) does about its barometer results — actions
 * with a target indicator, owners, dates, status and progress, proposed, supported and commented on by the team
 * (unattributed), moderated by the manager, and followed by the measured change of their target indicator at the
 * waves since they started (an association, not a proof). Decision 023 explains what is stored about whom.
 */
@NullMarked
package app.symetrie.action;

import org.jspecify.annotations.NullMarked;
