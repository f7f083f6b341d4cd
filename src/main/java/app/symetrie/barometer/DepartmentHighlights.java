package app.symetrie.barometer;

import app.symetrie.organization.DepartmentId;
import java.util.List;
import java.util.Optional;

/**
 * What a department's last closed wave says it struggles with, from aggregated results only (never a person's own
 * answers), and only where the group reached the anonymity threshold. Trainings use it for "recommended for you".
 */
public interface DepartmentHighlights {

    /**
     * @param weakestTools     tool codes with the lowest comfort among their users, worst first
     * @param topPainPoints    pain-point codes by prevalence, most frequent first
     */
    record WeakSpots(List<String> weakestTools, List<String> topPainPoints) {
    }

    Optional<WeakSpots> lastClosedWave(DepartmentId department);
}
