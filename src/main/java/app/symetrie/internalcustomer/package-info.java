/**
 * Support functions rated by their internal customers: the survey's optional block of service ratings (its hooks
 * live in the barometer) is rolled up here once per wave, at the close, into suppressed aggregates — per support
 * function, every rater and each kind of rater (front office, other support functions), per service statement, and
 * the pain points of its dissatisfied raters. A function's panel reads them over the waves, and the company's
 * two-axis view places each function's own digital comfort (its board) against the satisfaction of those it serves.
 * Decision 031 explains what is stored and why no group of raters under k can be read or deduced.
 */
@NullMarked
package app.symetrie.internalcustomer;

import org.jspecify.annotations.NullMarked;
