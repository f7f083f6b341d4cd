package app.symetrie.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.symetrie.organization.OrganizationService;
import app.symetrie.store.SeedJournal;
import app.symetrie.store.StoreMode;
import app.symetrie.test.IntegrationTest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.test.context.TestPropertySource;

/**
 * The demo seed is all-or-nothing (docs/decisions/019-faults.md): a first start stopped half-way is undone at the
 * next start and the seed runs again, ending with the company an uninterrupted seed makes — the same count of
 * documents in every collection and the same answer counts in the figures. Its own context (its own store): it empties it.
 */
@IntegrationTest
@TestPropertySource(properties = "symetrie.test.store=seed-journal")
class DemoSeedJournalIT {

    /** Made at start-up, not by the seed (the board's coaching sums are made again from the sessions at each start). */
    private static final java.util.Set<String> INFRASTRUCTURE = java.util.Set.of("seed_journal", "job_locks",
            "import_lock", "board_coaching_minutes", "board_coaching_sessions");

    @Autowired
    List<DemoStep> steps;
    @Autowired
    OrganizationService organization;
    @Autowired
    StoreMode storeMode;
    @Autowired
    Clock clock;
    @Autowired
    SeedJournal journal;
    @Autowired
    MongoTemplate mongo;

    @Test
    void a_seed_stopped_after_any_step_is_undone_and_seeded_again_into_the_same_company() {
        seeder(steps).run(null);
        Map<String, Object> uninterrupted = snapshot();
        assertThat(uninterrupted.get("employees")).isNotEqualTo(0L);
        assertThat(journal.inProgress(SeedJournal.DEMO)).isFalse();

        List<DemoStep> ordered = steps.stream().sorted(java.util.Comparator.comparingInt(DemoStep::order)).toList();
        // Stopped after the first step, and after the last one before the barometer's seven waves.
        for (Class<?> last : List.of(OrganizationDemo.class, TrainingDemo.class)) {
            wipe();
            int stopAfter = indexOf(ordered, last);
            assertThatThrownBy(() -> seeder(stoppingAfter(ordered, stopAfter)).run(null))
                    .hasMessageContaining("stopped");
            assertThat(journal.inProgress(SeedJournal.DEMO)).isTrue();
            assertThat(organization.employeeCount()).isPositive();

            seeder(steps).run(null); // the next start

            assertThat(journal.inProgress(SeedJournal.DEMO)).isFalse();
            assertThat(snapshot()).as("after a stop following %s", last.getSimpleName()).isEqualTo(uninterrupted);
        }
    }

    @Test
    void undoing_an_interrupted_seed_keeps_what_the_store_held_before_it() {
        mongo.insert(new Document("_id", "kept").append("v", 1), "seed_journal_probe");
        journal.begin("probe");
        mongo.insert(new Document("_id", "added").append("v", 2), "seed_journal_probe");
        mongo.insert(new Document("_id", "new").append("v", 3), "seed_journal_probe_other");

        assertThat(journal.undoInterrupted("probe")).isTrue();

        assertThat(mongo.findAll(Document.class, "seed_journal_probe")).extracting(d -> d.get("_id"))
                .containsExactly("kept");
        assertThat(mongo.count(new org.springframework.data.mongodb.core.query.Query(), "seed_journal_probe_other"))
                .isZero();
        assertThat(journal.undoInterrupted("probe")).isFalse();
    }

    private DemoSeeder seeder(List<DemoStep> with) {
        return new DemoSeeder(with, organization, storeMode,
                new MockEnvironment().withProperty("symetrie.demo.seed", "always"), clock, journal);
    }

    private static int indexOf(List<DemoStep> ordered, Class<?> type) {
        for (int i = 0; i < ordered.size(); i++) {
            if (type.isInstance(ordered.get(i))) {
                return i;
            }
        }
        throw new IllegalArgumentException(type.getName());
    }

    /** The steps up to {@code index}, then a stop (what a Ctrl-C or a kill does between two steps). */
    private static List<DemoStep> stoppingAfter(List<DemoStep> ordered, int index) {
        List<DemoStep> cut = new ArrayList<>(ordered.subList(0, index + 1));
        int order = ordered.get(index).order();
        cut.add(new DemoStep() {
            @Override
            public int order() {
                return order;
            }

            @Override
            public void seed(DemoContext context) {
                throw new IllegalStateException("stopped");
            }
        });
        return cut;
    }

    private void wipe() {
        for (String collection : mongo.getCollectionNames()) {
            if (!INFRASTRUCTURE.contains(collection) && !collection.startsWith("system.")) {
                mongo.getCollection(collection).deleteMany(new Document());
            }
        }
    }

    /** Documents per collection, and a checksum of every figure (rollups). */
    private Map<String, Object> snapshot() {
        Map<String, Object> counts = new TreeMap<>();
        for (String collection : mongo.getCollectionNames()) {
            if (INFRASTRUCTURE.contains(collection) || collection.startsWith("system.")) {
                continue;
            }
            long n = mongo.getCollection(collection).countDocuments();
            if (n > 0) {
                counts.put(collection, n);
            }
        }
        // Answers counted in the figures of the company, its kinds and departments. (Scores and teams are not
        // compared: the demo draws answers in an order that follows random ids, so two uninterrupted seeds already
        // differ in scores and in which small teams reach k — the same company, not the same bytes.)
        counts.remove("rollups");
        Map<String, Long> answered = new TreeMap<>();
        for (Document rollup : mongo.findAll(Document.class, "rollups")) {
            if (!"TEAM".equals(rollup.getString("unitType"))) {
                answered.merge(rollup.getString("unitType"), ((Number) rollup.get("n")).longValue(), Long::sum);
            }
        }
        counts.put("answers counted in figures, per unit type", answered);
        return counts;
    }
}
