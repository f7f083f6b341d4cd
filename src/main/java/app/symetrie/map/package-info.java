/**
 * The Satisfaction Map: managers predict how their team will answer a wave (each dimension, the top pain points,
 * each journey moment), and once the wave closes the map sets management's view beside the employees' own, gap by
 * gap — blind spots and hidden strengths — for the department's managers and, published, for its people
 * (docs/decisions/030-satisfaction-map.md).
 */
@NullMarked
package app.symetrie.map;

import org.jspecify.annotations.NullMarked;
