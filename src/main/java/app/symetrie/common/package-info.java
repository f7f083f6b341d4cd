/**
 * Shared building blocks with no knowledge of any feature: value objects, ids, clock, roles, i18n and UI helpers.
 * Open, so that every feature can use its sub-packages.
 */
@NullMarked
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package app.symetrie.common;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
