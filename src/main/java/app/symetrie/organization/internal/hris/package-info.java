/**
 * The HRIS CSV import: streaming parser and validator of the file, the plan of departments and teams it needs, and
 * the journaled, all-or-nothing writer. Only {@code app.symetrie.organization.HrisImportService} uses it.
 */
@NullMarked
package app.symetrie.organization.internal.hris;

import org.jspecify.annotations.NullMarked;
