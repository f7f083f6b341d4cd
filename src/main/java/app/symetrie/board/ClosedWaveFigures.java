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
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.bson.Document;
import org.jspecify.annotations.Nullable;
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

    /**
     * The company's and each kind's figures at one wave (summaries: no statement or tool detail), and where each
     * tool's comfort may be shown.
     *
     * @param toolComfort tool code → the units ({@link ItemPublication#COMPANY} or department ids) that may show its
     *                    comfort: rated by its users only, each tool gets its own suppression pass ({@link
     *                    ItemPublication})
     */
    record References(RollupView company, Map<DepartmentKind, RollupView> kinds,
                      Map<String, Set<String>> toolComfort) {

        References {
            kinds = Map.copyOf(kinds);
            toolComfort = Map.copyOf(toolComfort);
        }

        RollupView kind(DepartmentKind kind) {
            return kinds.getOrDefault(kind, RollupView.empty());
        }

        /** Whether a department's (null: the company's) comfort with a tool may be shown at this wave. */
        boolean showsToolComfort(String tool, @Nullable String department) {
            return toolComfort.getOrDefault(tool, Set.of())
                    .contains(department == null ? ItemPublication.COMPANY : department);
        }
    }

    private final RollupStore rollups;
    private final BoardFiguresStore store;
    private final OrganizationService organization;
    private final Publications publications;
    private final Map<WaveId, AtomicInteger> computations = new java.util.concurrent.ConcurrentHashMap<>();

    ClosedWaveFigures(RollupStore rollups, BoardFiguresStore store, OrganizationService organization,
                      Publications publications) {
        this.rollups = rollups;
        this.publications = publications;
        this.store = store;
        this.organization = organization;
    }

    private static final String TOOL_COMFORT = "toolComfort";

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
            // stored before tool comfort had its own pass: computed again, once
            result.put(wave.id(), stored != null && stored.containsKey(TOOL_COMFORT) ? references(stored)
                    : freeze(wave));
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
        Map<String, Map<String, Long>> toolRaters = new HashMap<>();
        for (Department d : all) {
            String id = d.id().value();
            RollupView subtree = Subtrees.of(own, tree, id);
            Map<String, Long> raters = new HashMap<>();
            subtree.toolCodes().forEach(code -> raters.put(code, (long) subtree.toolComfort(code).n()));
            toolRaters.put(id, raters);
            documents.add(new Document("_id", departmentId(wave.id(), id)).append("figures", subtree.toDocument()));
            summaries.put(RollupKeys.field(id), subtree.summary().toDocument());
        }
        documents.add(new Document("_id", summariesId(wave.id())).append("departments", summaries));
        RollupView full = rollups.find(wave.id(), UnitType.COMPANY, RollupKeys.COMPANY).orElseGet(RollupView::empty);
        RollupView company = full.summary();
        Map<String, Long> companyRaters = new HashMap<>();
        full.toolCodes().forEach(code -> companyRaters.put(code, (long) full.toolComfort(code).n()));
        Map<String, Set<String>> toolComfort = ItemPublication.decide(BoardService.filter(wave).k(),
                publications.of(wave), tree, companyRaters,
                (id, code) -> toolRaters.getOrDefault(id, Map.of()).getOrDefault(code, 0L),
                all.stream().map(d -> d.id().value()).toList());
        Document toolDocument = new Document();
        toolComfort.forEach((code, units) -> toolDocument.put(RollupKeys.field(code), units.stream().sorted()
                .toList()));
        Map<DepartmentKind, RollupView> kinds = new EnumMap<>(DepartmentKind.class);
        Document kindDocuments = new Document();
        for (DepartmentKind kind : DepartmentKind.values()) {
            RollupView v = rollups.find(wave.id(), UnitType.KIND, kind.name()).orElseGet(RollupView::empty).summary();
            kinds.put(kind, v);
            kindDocuments.put(kind.name(), v.toDocument());
        }
        // Written last: a wave whose references are stored has all its figures stored.
        documents.add(new Document("_id", referencesId(wave.id())).append("company", company.toDocument())
                .append("kinds", kindDocuments).append(TOOL_COMFORT, toolDocument));
        store.save(wave.id().value(), documents);
        computations.computeIfAbsent(wave.id(), w -> new AtomicInteger()).incrementAndGet();
        return new References(company, kinds, toolComfort);
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
        Map<String, Set<String>> toolComfort = new HashMap<>();
        if (stored.get(TOOL_COMFORT) instanceof Document tools) {
            tools.forEach((field, units) -> {
                if (units instanceof List<?> list) {
                    toolComfort.put(RollupKeys.code(field), list.stream().map(String::valueOf)
                            .collect(java.util.stream.Collectors.toSet()));
                }
            });
        }
        return new References(company, kinds, toolComfort);
    }
}
