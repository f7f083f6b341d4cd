package app.symetrie.ambassador;

import java.time.LocalDate;

/** One step of an ambassador's history: from {@code since}, the ambassador was {@code status}. */
public record StatusChange(AmbassadorStatus status, LocalDate since) {
}
