package app.symetrie.bench;

import static org.assertj.core.api.Assertions.assertThat;

import app.symetrie.barometer.CampaignService;
import app.symetrie.barometer.Wave;
import app.symetrie.board.BoardService;
import app.symetrie.common.Role;
import app.symetrie.organization.Department;
import app.symetrie.organization.OrganizationService;
import app.symetrie.test.WithDemoCompany;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import org.bson.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Prints how the boards grow with the number of closed waves (issue 14: flat from 1 to 40 waves). The demo company's
 * closed waves are taken as they are (≈600 people, 15 departments); for 1 wave all but the latest are set aside, for
 * 20 and 40 the demo waves are copied earlier in time, with their rollups and publication decisions (bulk copies of
 * stored documents, for speed: the same figures a release would have written). Everything is put back at the end.
 * Figures, not assertions on time: docs/PERFORMANCE.md holds a run.
 *
 * <pre>
 * ./mvnw verify -P'!e2e' -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=BoardWavesBenchmarkIT -Dbench.excluded=
 * </pre>
 */
@Tag("benchmark")
@WithDemoCompany
class BoardWavesBenchmarkIT {

    private static final String CLONES = "bench-wave-clones";

    @Autowired
    BoardService boards;
    @Autowired
    CampaignService campaigns;
    @Autowired
    OrganizationService organization;
    @Autowired
    MongoTemplate mongo;

    @Test
    void board_reads_stay_flat_from_1_to_40_waves() {
        signInAsAdmin();
        List<Wave> demo = campaigns.closedWaves();
        assertThat(demo).isNotEmpty();
        List<Document> setAside = new ArrayList<>();
        try {
            // 1 wave: every closed wave but the latest set aside.
            for (Wave w : demo.subList(0, demo.size() - 1)) {
                Document d = mongo.findById(w.id().value(), Document.class, "waves");
                setAside.add(d);
                mongo.remove(Query.query(Criteria.where("_id").is(w.id().value())), "waves");
            }
            run(1);
            setAside.forEach(d -> mongo.insert(d, "waves"));
            setAside.clear();
            run(demo.size());
            int slot = 0;
            for (int target : new int[] {20, 40}) {
                while (campaigns.closedWaves().size() < target) {
                    copy(demo.get(slot % demo.size()), slot);
                    slot++;
                }
                run(target);
            }
        } finally {
            setAside.forEach(d -> mongo.insert(d, "waves"));
            removeCopies();
            SecurityContextHolder.clearContext();
        }
    }

    private void run(int waves) {
        assertThat(campaigns.closedWaves()).hasSize(waves);
        List<Department> departments = organization.departments();
        List<Long> board = new ArrayList<>();
        List<Long> overview = new ArrayList<>();
        // First reads (a wave's figures may be computed then), then the steady state.
        long first = time(() -> departments.forEach(d -> boards.departmentBoard(d.id(), null, Locale.FRENCH)));
        long firstOverview = timeOf(() -> boards.overview(null, null, Locale.FRENCH).orElseThrow());
        for (int round = 0; round < 3; round++) {
            for (Department d : departments) {
                board.add(timeOf(() -> boards.departmentBoard(d.id(), null, Locale.FRENCH).orElseThrow()));
            }
        }
        for (int i = 0; i < 20; i++) {
            overview.add(timeOf(() -> boards.overview(null, null, Locale.FRENCH).orElseThrow()));
        }
        print(waves, "department board (one department, last wave)", board);
        print(waves, "company overview (last wave)", overview);
        System.out.printf("BENCH %2d waves  first reads: all %d boards %d ms, overview %d ms%n", waves,
                departments.size(), first, firstOverview);
    }

    private void copy(Wave original, int slot) {
        String id = "bench-" + slot + "-" + original.id().value();
        Document wave = mongo.findById(original.id().value(), Document.class, "waves");
        assertThat(wave).isNotNull();
        wave.put("_id", id);
        wave.put("campaignId", CLONES);
        wave.put("slot", slot);
        // Earlier than every demo wave, one quarter apart, so that the demo waves stay the latest.
        LocalDate opens = LocalDate.of(1990, 1, 1).plusMonths(3L * slot);
        wave.put("opensOn", Date.from(opens.atStartOfDay(java.time.ZoneId.systemDefault()).toInstant()));
        wave.put("closesOn", Date.from(opens.plusDays(14).atStartOfDay(java.time.ZoneId.systemDefault()).toInstant()));
        mongo.insert(wave, "waves");
        List<Document> rollups = mongo.find(Query.query(Criteria.where("waveId").is(original.id().value())),
                Document.class, "rollups");
        rollups.forEach(r -> {
            r.put("_id", id + "|" + r.getString("unitType") + "|" + r.getString("unitId"));
            r.put("waveId", id);
        });
        mongo.insert(rollups, "rollups");
        Document publication = mongo.findById(original.id().value(), Document.class, "publications");
        if (publication != null) {
            publication.put("_id", id);
            mongo.insert(publication, "publications");
        }
    }

    private void removeCopies() {
        List<String> ids = mongo.find(Query.query(Criteria.where("campaignId").is(CLONES)), Document.class, "waves")
                .stream().map(d -> d.getString("_id")).toList();
        mongo.remove(Query.query(Criteria.where("campaignId").is(CLONES)), "waves");
        for (String id : ids) {
            mongo.remove(Query.query(Criteria.where("waveId").is(id)), "rollups");
            mongo.remove(Query.query(Criteria.where("_id").is(id)), "publications");
            mongo.remove(Query.query(Criteria.where("waveId").is(id)), "board_figures");
        }
    }

    private static long time(Runnable work) {
        long start = System.nanoTime();
        work.run();
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static long timeOf(Supplier<?> work) {
        return time((Runnable) work::get);
    }

    private static void print(int waves, String what, List<Long> times) {
        List<Long> sorted = new ArrayList<>(times);
        Collections.sort(sorted);
        System.out.printf("BENCH %2d waves  %-46s p50 %5d ms  p95 %5d ms  max %5d ms  (%d reads)%n", waves, what,
                sorted.get(sorted.size() / 2), sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1),
                sorted.getLast(), sorted.size());
    }

    private static void signInAsAdmin() {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                new app.symetrie.security.SignedInUser("bench@x.fr", "Bench", "", Role.expand(Set.of(Role.ADMIN)),
                        null, null, Locale.FRENCH, true), null,
                Role.expand(Set.of(Role.ADMIN)).stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList()));
        SecurityContextHolder.setContext(context);
    }
}
