package app.symetrie.internalcustomer.internal;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Marks a wave whose internal-customer figures are made: written after them, so that a release run again after its
 * ballots were (partly) deleted never replaces them with a subset.
 */
@Document("internal_customer_waves")
public record ReleasedWaveDocument(@Id String waveId, int functions) {
}
