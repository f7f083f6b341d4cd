/**
 * Trainings: the course catalog and its sessions, enrolment with a waiting list and automatic promotion (seats are
 * taken with atomic updates, so a session is never over capacity), attendance and completion, ratings, calendar
 * files, "recommended for you" from the department's barometer results, and the lead's report.
 */
@NullMarked
package app.symetrie.training;

import org.jspecify.annotations.NullMarked;
