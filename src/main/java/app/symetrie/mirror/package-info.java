/**
 * The customer mirror: per front-office department, the customer satisfaction a lead imports from CSV or types in
 * (CSAT %, NPS or a 0–100 score, per calendar quarter) set beside the department's published digital comfort, over
 * time and as a scatter of departments with Pearson's r, its 95 % interval and an optional one-quarter lag. Support
 * functions appear with the satisfaction of their internal customers instead. Comfort figures are only read from the
 * boards as published, never recomputed. Decision 035 explains the period model and how waves meet quarters.
 */
@NullMarked
package app.symetrie.mirror;

import org.jspecify.annotations.NullMarked;
