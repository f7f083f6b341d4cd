/**
 * The digital ambassador program: nominations and applications, ambassador profiles (departments covered, tools and
 * topics, availability, status), the "who can help me?" directory with help requests, the coaching log, each
 * ambassador's home and the program view for transformation leads.
 */
@NullMarked
package app.symetrie.ambassador;

import org.jspecify.annotations.NullMarked;
