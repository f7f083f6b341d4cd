package app.symetrie.barometer.internal;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One kiosk code of a wave's sheet for a department, stored as its hash only (the printed sheet is the only clear
 * copy). A bearer token for "one answer from this department"; {@code used} once it did. Deleted when the sheet is
 * generated again and when the wave closes. No time is kept: when a code was used would be when someone answered.
 */
@Document("kiosk_codes")
@CompoundIndex(name = "wave_department", def = "{'waveId': 1, 'departmentId': 1}")
public record KioskCodeDocument(@Id String id, String waveId, String departmentId,
                                @Indexed(unique = true) String codeHash, boolean used) {
}
