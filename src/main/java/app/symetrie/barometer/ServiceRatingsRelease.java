package app.symetrie.barometer;

import app.symetrie.barometer.internal.Ballot;
import app.symetrie.organization.Department;
import app.symetrie.organization.DepartmentTree;
import app.symetrie.organization.OrganizationService;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The release's hook for the ratings of support functions: takes them out of the opened ballots, keeps only those of
 * support functions that are not the rater's own (whatever a tampered form sent), and publishes them for the
 * internal-customer figures ({@link ServiceRatingsReleased}), in random order and naming only the rater's kind.
 */
@Component
class ServiceRatingsRelease {

    private final OrganizationService organization;
    private final ApplicationEventPublisher events;
    private final SecureRandom shuffle = new SecureRandom();

    ServiceRatingsRelease(OrganizationService organization, ApplicationEventPublisher events) {
        this.organization = organization;
        this.events = events;
    }

    void publish(String waveId, int k, Placement placement, Map<String, Ballot> ballots) {
        if (ballots.isEmpty()) {
            return; // a resumed release whose box was already emptied: the figures were made the first time
        }
        List<Department> departments = organization.departments();
        Set<String> functions = ServiceStatements.functions(departments).stream().map(d -> d.id().value())
                .collect(Collectors.toSet());
        DepartmentTree tree = new DepartmentTree(departments);
        Map<String, Integer> painCounts = new HashMap<>();
        List<ServiceRatingsReleased.Rater> raters = new ArrayList<>();
        for (Ballot ballot : ballots.values()) {
            ballot.form().painPoints().forEach(p -> painCounts.merge(p, 1, Integer::sum));
            Set<String> own = Set.copyOf(tree.ancestorsOrSelf(ballot.departmentId()));
            Map<String, Map<String, Integer>> kept = new HashMap<>();
            ballot.form().services().forEach((function, ratings) -> {
                if (functions.contains(function) && !own.contains(function)) {
                    Map<String, Integer> valid = new HashMap<>();
                    ratings.forEach((code, value) -> {
                        if (ServiceStatements.CODES.contains(code) && value != null && value >= 1 && value <= 5) {
                            valid.put(code, value);
                        }
                    });
                    if (!valid.isEmpty()) {
                        kept.put(function, valid);
                    }
                }
            });
            if (!kept.isEmpty()) {
                String kind = placement.labels(ballot.departmentId(), ballot.teamId()).kind();
                raters.add(new ServiceRatingsReleased.Rater(kind, kept, ballot.form().painPoints()));
            }
        }
        Collections.shuffle(raters, shuffle);
        events.publishEvent(new ServiceRatingsReleased(new WaveId(waveId), k, ballots.size(), painCounts, raters));
    }
}
