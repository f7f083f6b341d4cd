package app.symetrie.board;

import app.symetrie.barometer.Wave;
import app.symetrie.barometer.WaveId;
import app.symetrie.board.internal.BoardFiguresStore;
import app.symetrie.board.internal.RollupKeys;
import app.symetrie.board.internal.RollupStore;
import app.symetrie.board.internal.RollupView;
import app.symetrie.organization.Department;
import app.symetrie.organization.DepartmentKind;
import app.symetrie.organization.DepartmentTree;
import app.symetrie.organization.OrganizationService;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.bson.Document;
import org.springframework.stereotype.Component;

/**
 * The figures of each closed wave as boards read them, computed once per wave — at its release, or on the first read
 * of a wave released before they existed — and then read by {@code _id}, so that a board costs the same at the 40th
 * wave as at the first (issue 14; docs/decisions/028). A released wave's rollups and its publication decision do not
 * change (docs/decisions/005, 015, 018, 022), so neither do these; an administrator's rebuild or a reconciliation
 * repair, the only two that change a closed wave's rollups or decision, forget the wave's figures.
 *
 * <p>Per wave: each department's figures on its subtree (the department tree as it was when they were computed, as
 * for the wave's publication decision), in full and as a summary of all departments together, and the company's and
 * each kind's summary (what trends, equity and the heatmap's references read), stored last as the mark that the wave
 * is complete.
 */
@Component
class ClosedWaveFigures {

    /** The company's and each kind's figures at one wave (summaries: no statement or tool detail). */
    record References(RollupView company, Map<DepartmentKind, RollupView> kinds) {

        References {
            kinds = Map.copyOf(kinds);
        }

        RollupView kind(DepartmentKind kind) {
            return kinds.getOrDefault(kind, RollupView.empty());
        }
    }

    private final RollupStore rollups;
    private final BoardFiguresStore store;
    private final OrganizationService organization;
    private final Map<WaveId, AtomicInteger> computations = new java.util.concurrent.ConcurrentHashMap<>();

    ClosedWaveFigures(RollupStore rollups, BoardFiguresStore store, OrganizationService organization) {
        this.rollups = rollups;
        this.store = store;
        this.organization = organization;
    }

    private static String referencesId(WaveId wave) {
        return wave.value() + "|references";
    }

    private static String summariesId(WaveId wave) {
        return wave.value() + "|departments";
    }

    private static String departmentId(WaveId wave, String department) {
        return wave.value() + "|department|" + department;
    }

    /**
     * The references of these waves, in their order; a wave whose figures are not stored yet gets them computed and
     * stored first (once: the next read finds them).
     */
    Map<WaveId, References> references(List<Wave> waves) {
        Map<String, Document> found = store.byIds(waves.stream().map(w -> referencesId(w.id())).toList());
        Map<WaveId, References> result = new LinkedHashMap<>();
        for (Wave wave : waves) {
            Document stored = found.get(referencesId(wave.id()));
            result.put(wave.id(), stored != null ? references(stored) : freeze(wave));
        }
        return result;
    }

    /** Every department's figures at a wave, on its subtree, as summaries (no statement or tool detail). */
    Map<String, RollupView> summaries(Wave wave) {
        Document stored = store.byIds(List.of(summariesId(wave.id()))).get(summariesId(wave.id()));
        if (stored == null) {
            freeze(wave);
            stored = store.byIds(List.of(summariesId(wave.id()))).get(summariesId(wave.id()));
        }
        Map<String, RollupView> result = new HashMap<>();
        if (stored != null && stored.get("departments") instanceof Document departments) {
            departments.forEach((field, value) -> {
                if (value instanceof Document d) {
                    result.put(RollupKeys.code(field), new RollupView(d));
                }
            });
        }
        return result;
    }

    /**
     * One department's figures on its subtree at each of these waves, in full (empty: no answer in it, or a department
     * made after the wave). A wave whose figures are not stored yet gets them computed first.
     */
    Map<WaveId, RollupView> department(List<Wave> waves, String departmentId) {
        Map<String, Document> found = store.byIds(waves.stream().map(w -> departmentId(w.id(), departmentId))
                .toList());
        List<Wave> missing = waves.stream().filter(w -> !found.containsKey(departmentId(w.id(), departmentId)))
                .toList();
        if (!missing.isEmpty()) {
            references(missing);
            found.putAll(store.byIds(missing.stream().map(w -> departmentId(w.id(), departmentId)).toList()));
        }
        Map<WaveId, RollupView> result = new LinkedHashMap<>();
        for (Wave wave : waves) {
            Document stored = found.get(departmentId(wave.id(), departmentId));
            result.put(wave.id(), stored != null && stored.get("figures") instanceof Document d ? new RollupView(d)
                    : RollupView.empty());
        }
        return result;
    }

    /**
     * Computes and stores a wave's figures from its rollups and the department tree as it is now (replacing what was
     * stored); returns its references. Called by the release, right after the rollups and the publication decision.
     */
    References freeze(Wave wave) {
        List<Department> all = organization.departments();
        DepartmentTree tree = new DepartmentTree(all);
        Map<String, RollupView> own = rollups.all(wave.id(), UnitType.DEPARTMENT);
        List<Document> documents = new ArrayList<>();
        Document summaries = new Document();
        for (Department d : all) {
            String id = d.id().value();
            RollupView subtree = Subtrees.of(own, tree, id);
            documents.add(new Document("_id", departmentId(wave.id(), id)).append("figures", subtree.toDocument()));
            summaries.put(RollupKeys.field(id), subtree.summary().toDocument());
        }
        documents.add(new Document("_id", summariesId(wave.id())).append("departments", summaries));
        RollupView company = rollups.find(wave.id(), UnitType.COMPANY, RollupKeys.COMPANY)
                .orElseGet(RollupView::empty).summary();
        Map<DepartmentKind, RollupView> kinds = new EnumMap<>(DepartmentKind.class);
        Document kindDocuments = new Document();
        for (DepartmentKind kind : DepartmentKind.values()) {
            RollupView v = rollups.find(wave.id(), UnitType.KIND, kind.name()).orElseGet(RollupView::empty).summary();
            kinds.put(kind, v);
            kindDocuments.put(kind.name(), v.toDocument());
        }
        // Written last: a wave whose references are stored has all its figures stored.
        documents.add(new Document("_id", referencesId(wave.id())).append("company", company.toDocument())
                .append("kinds", kindDocuments));
        store.save(wave.id().value(), documents);
        computations.computeIfAbsent(wave.id(), w -> new AtomicInteger()).incrementAndGet();
        return new References(company, kinds);
    }

    /**
     * Whether a wave's stored figures count what its rollups count, for the company and each kind (two id lookups and
     * the kinds'; true when none are stored yet: the next read computes them) — the reconciliation's cheap check.
     */
    boolean countLikeRollups(Wave wave) {
        Document stored = store.byIds(List.of(referencesId(wave.id()))).get(referencesId(wave.id()));
        if (stored == null) {
            return true;
        }
        References frozen = references(stored);
        if (frozen.company().n() != rollups.find(wave.id(), UnitType.COMPANY, RollupKeys.COMPANY)
                .map(RollupView::n).orElse(0)) {
            return false;
        }
        for (DepartmentKind kind : DepartmentKind.values()) {
            if (frozen.kind(kind).n() != rollups.find(wave.id(), UnitType.KIND, kind.name()).map(RollupView::n)
                    .orElse(0)) {
                return false;
            }
        }
        return true;
    }

    /** Forgets a wave's figures (its rollups or decision changed): the next read computes them again. */
    void forget(WaveId wave) {
        store.forget(wave.value());
    }

    /** How many times this wave's figures were computed since start (tests: a second read computes nothing). */
    int computations(WaveId wave) {
        AtomicInteger count = computations.get(wave);
        return count == null ? 0 : count.get();
    }

    private static References references(Document stored) {
        RollupView company = stored.get("company") instanceof Document c ? new RollupView(c) : RollupView.empty();
        Map<DepartmentKind, RollupView> kinds = new EnumMap<>(DepartmentKind.class);
        if (stored.get("kinds") instanceof Document k) {
            for (DepartmentKind kind : DepartmentKind.values()) {
                if (k.get(kind.name()) instanceof Document d) {
                    kinds.put(kind, new RollupView(d));
                }
            }
        }
        return new References(company, kinds);
    }
}
