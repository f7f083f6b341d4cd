package app.symetrie.board;

import app.symetrie.barometer.JourneyMomentRatings;
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
import java.util.Objects;
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
     * @param moments     unit → journey moment → its ratings, for the moments each unit may show (each moment gets
     *                    its own pass too: the block is optional)
     */
    record References(RollupView company, Map<DepartmentKind, RollupView> kinds,
                      Map<String, Set<String>> toolComfort, Map<String, Map<String, RollupView.Stats>> moments) {

        References {
            kinds = Map.copyOf(kinds);
            toolComfort = Map.copyOf(toolComfort);
            moments = Map.copyOf(moments);
        }

        /**
         * A department's (null: the company's) journey-moment ratings the wave may show: moment code → count, sum and
         * sum of squares of its 1–5 ratings.
         */
        Map<String, RollupView.Stats> moments(@Nullable String department) {
            return moments.getOrDefault(department == null ? ItemPublication.COMPANY : department, Map.of());
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
    private final JourneyMomentRatings journeyMoments;
    private final Map<WaveId, AtomicInteger> computations = new java.util.concurrent.ConcurrentHashMap<>();

    ClosedWaveFigures(RollupStore rollups, BoardFiguresStore store, OrganizationService organization,
                      Publications publications, JourneyMomentRatings journeyMoments) {
        this.rollups = rollups;
        this.publications = publications;
        this.journeyMoments = journeyMoments;
        this.store = store;
        this.organization = organization;
    }

    private static final String TOOL_COMFORT = "toolComfort";
    private static final String MOMENTS = "moments";
    private static final String TREE_PARENTS = "parents";
    private static final String TREE_KINDS = "kindOf";

    private static String referencesId(WaveId wave) {
        return wave.value() + "|references";
    }

    private static String summariesId(WaveId wave) {
        return wave.value() + "|departments";
    }

    private static String departmentId(WaveId wave, String department) {
        return wave.value() + "|department|" + department;
    }

    /** The references of one wave (see {@link #references(List)}). */
    References references(Wave wave) {
        return Objects.requireNonNull(references(List.of(wave)).get(wave.id()), "references of the wave asked");
    }

    /** A department's figures at one wave, on its subtree (see {@link #department(List, String)}). */
    RollupView department(Wave wave, String department) {
        return Objects.requireNonNull(department(List.of(wave), department).get(wave.id()), "one view per wave asked");
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
            if (stored == null) {
                result.put(wave.id(), freeze(wave));
            } else if (!stored.containsKey(TOOL_COMFORT) || !stored.containsKey(MOMENTS)) {
                result.put(wave.id(), completeItems(wave, stored));
            } else {
                result.put(wave.id(), references(stored));
            }
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
     * The department tree a wave's figures were computed on (department id → its parent, and each department's kind).
     *
     * @param frozen false for figures computed before the tree was kept with them: the tree is then the organization's
     *               as it is now — the one they would be computed on again — and may differ from the one they were
     */
    record FrozenTree(DepartmentTree tree, Map<String, DepartmentKind> kindOf, boolean frozen) {

        FrozenTree {
            kindOf = Map.copyOf(kindOf);
        }
    }

    /** The department tree of a wave's figures (computed first if they are not stored yet). */
    FrozenTree tree(Wave wave) {
        Document stored = store.byIds(List.of(summariesId(wave.id()))).get(summariesId(wave.id()));
        if (stored == null) {
            freeze(wave);
            stored = store.byIds(List.of(summariesId(wave.id()))).get(summariesId(wave.id()));
        }
        if (stored != null && stored.get(TREE_KINDS) instanceof Document kinds
                && stored.get(TREE_PARENTS) instanceof Document parents) {
            Map<String, String> parentOf = new HashMap<>();
            parents.forEach((field, parent) -> parentOf.put(RollupKeys.code(field), String.valueOf(parent)));
            Map<String, DepartmentKind> kindOf = new HashMap<>();
            kinds.forEach((field, kind) -> kindOf.put(RollupKeys.code(field), DepartmentKind.valueOf(
                    String.valueOf(kind))));
            return new FrozenTree(DepartmentTree.ofParents(parentOf), kindOf, true);
        }
        List<Department> all = organization.departments();
        Map<String, DepartmentKind> kindOf = new HashMap<>();
        all.forEach(d -> kindOf.put(d.id().value(), d.kind()));
        return new FrozenTree(new DepartmentTree(all), kindOf, false);
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
        Map<String, RollupView> subtrees = new HashMap<>();
        for (Department d : all) {
            String id = d.id().value();
            RollupView subtree = Subtrees.of(own, tree, id);
            subtrees.put(id, subtree);
            documents.add(new Document("_id", departmentId(wave.id(), id)).append("figures", subtree.toDocument()));
            summaries.put(RollupKeys.field(id), subtree.summary().toDocument());
        }
        // The tree these figures were computed on, kept with them: what the participation page must not let anyone
        // subtract from them is decided on the same tree (ParticipationNesting).
        Document parents = new Document();
        Document kindOf = new Document();
        for (Department d : all) {
            String id = d.id().value();
            kindOf.put(RollupKeys.field(id), d.kind().name());
            String parent = tree.parentOf(id);
            if (parent != null) {
                parents.put(RollupKeys.field(id), parent);
            }
        }
        documents.add(new Document("_id", summariesId(wave.id())).append("departments", summaries)
                .append(TREE_PARENTS, parents).append(TREE_KINDS, kindOf));
        RollupView full = rollups.find(wave.id(), UnitType.COMPANY, RollupKeys.COMPANY).orElseGet(RollupView::empty);
        RollupView company = full.summary();
        Items items = items(wave, tree, all.stream().map(d -> d.id().value()).toList(), full,
                id -> subtrees.getOrDefault(id, RollupView.empty()));
        Map<DepartmentKind, RollupView> kinds = new EnumMap<>(DepartmentKind.class);
        Document kindDocuments = new Document();
        for (DepartmentKind kind : DepartmentKind.values()) {
            RollupView v = rollups.find(wave.id(), UnitType.KIND, kind.name()).orElseGet(RollupView::empty).summary();
            kinds.put(kind, v);
            kindDocuments.put(kind.name(), v.toDocument());
        }
        // Written last: a wave whose references are stored has all its figures stored.
        documents.add(items.into(new Document("_id", referencesId(wave.id())).append("company", company.toDocument())
                .append("kinds", kindDocuments)));
        store.save(wave.id().value(), documents);
        computations.computeIfAbsent(wave.id(), w -> new AtomicInteger()).incrementAndGet();
        return new References(company, kinds, items.toolComfort(), items.moments());
    }

    /** Tool comfort and journey moments at a wave: where each may be shown, and the moments' ratings there. */
    private record Items(Map<String, Set<String>> toolComfort, Map<String, Map<String, RollupView.Stats>> moments) {

        Document into(Document references) {
            Document tools = new Document();
            toolComfort.forEach((code, units) -> tools.put(RollupKeys.field(code), units.stream().sorted().toList()));
            Document units = new Document();
            moments.forEach((unit, byCode) -> {
                Document codes = new Document();
                byCode.forEach((code, st) -> codes.put(RollupKeys.field(code), List.of(st.n(), st.sum(), st.sq())));
                units.put(RollupKeys.field(unit), codes);
            });
            return references.append(TOOL_COMFORT, tools).append(MOMENTS, units);
        }
    }

    /**
     * Decides, for each tool's comfort and each journey moment, which units may show it ({@link ItemPublication}):
     * counted in its own raters, from the wave's publication decision, on this department tree.
     *
     * @param subtree a department's figures on its subtree, with tool detail
     */
    private Items items(Wave wave, DepartmentTree tree, List<String> ids, RollupView company,
                        java.util.function.Function<String, RollupView> subtree) {
        int k = BoardService.filter(wave).k();
        Publication publication = publications.of(wave);
        Map<String, Long> companyRaters = new HashMap<>();
        company.toolCodes().forEach(code -> companyRaters.put(code, (long) company.toolComfort(code).n()));
        Map<String, Set<String>> toolComfort = ItemPublication.decide(k, publication, tree, companyRaters,
                (id, code) -> (long) subtree.apply(id).toolComfort(code).n(), ids);

        Map<String, RollupView.Stats> companyMoments = new HashMap<>();
        Map<String, Map<String, RollupView.Stats>> ownMoments = new HashMap<>();
        for (JourneyMomentRatings.UnitMoments unit : journeyMoments.of(wave.id())) {
            Map<String, RollupView.Stats> stats = new HashMap<>();
            unit.stats().forEach(st -> stats.put(st.code(), new RollupView.Stats(st.n(), st.sum(), st.sq())));
            switch (unit.type()) {
                case COMPANY -> companyMoments.putAll(stats);
                case DEPARTMENT -> ownMoments.put(unit.unitId(), stats);
                case KIND -> { } // no view shows a kind's moments
            }
        }
        Map<String, Long> companyCounts = new HashMap<>();
        companyMoments.forEach((code, st) -> companyCounts.put(code, (long) st.n()));
        Map<String, Map<String, Long>> ownCounts = new HashMap<>();
        ownMoments.forEach((id, stats) -> {
            Map<String, Long> c = new HashMap<>();
            stats.forEach((code, st) -> c.put(code, (long) st.n()));
            ownCounts.put(id, c);
        });
        Map<String, Set<String>> shown = ItemPublication.decide(k, publication, tree, companyCounts,
                ItemPublication.sumOfOwn(tree, ownCounts), ids);
        Map<String, Map<String, RollupView.Stats>> moments = new HashMap<>();
        shown.forEach((code, units) -> units.forEach(unit -> {
            RollupView.Stats st;
            if (ItemPublication.COMPANY.equals(unit)) {
                st = Objects.requireNonNull(companyMoments.get(code), "decided on the company's codes");
            } else {
                double n = 0;
                double sum = 0;
                double sq = 0;
                for (String id : tree.subtree(unit)) {
                    RollupView.Stats own = ownMoments.getOrDefault(id, Map.of()).get(code);
                    if (own != null) {
                        n += own.n();
                        sum += own.sum();
                        sq += own.sq();
                    }
                }
                st = new RollupView.Stats(n, sum, sq);
            }
            moments.computeIfAbsent(unit, u -> new HashMap<>()).put(code, st);
        }));
        return new Items(toolComfort, moments);
    }

    /**
     * Adds tool comfort and journey moments to the references of a wave frozen before they were decided with its
     * figures, without touching its stored figures: tools are counted on the department figures frozen then;
     * moments, which were not frozen, on the department tree as it is now.
     */
    private References completeItems(Wave wave, Document stored) {
        List<Department> all = organization.departments();
        DepartmentTree tree = new DepartmentTree(all);
        List<String> ids = all.stream().map(d -> d.id().value()).toList();
        Map<String, Document> frozen = store.byIds(ids.stream().map(id -> departmentId(wave.id(), id)).toList());
        RollupView company = rollups.find(wave.id(), UnitType.COMPANY, RollupKeys.COMPANY)
                .orElseGet(RollupView::empty);
        Items items = items(wave, tree, ids, company, id -> {
            Document d = frozen.get(departmentId(wave.id(), id));
            return d != null && d.get("figures") instanceof Document f ? new RollupView(f) : RollupView.empty();
        });
        Document completed = items.into(new Document(stored));
        completed.remove("waveId");
        store.save(wave.id().value(), List.of(completed));
        return references(completed);
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
        Map<String, Map<String, RollupView.Stats>> moments = new HashMap<>();
        if (stored.get(MOMENTS) instanceof Document units) {
            units.forEach((unitField, codes) -> {
                if (codes instanceof Document byCode) {
                    Map<String, RollupView.Stats> stats = new HashMap<>();
                    byCode.forEach((codeField, value) -> {
                        if (value instanceof List<?> l && l.size() == 3) {
                            stats.put(RollupKeys.code(codeField), new RollupView.Stats(number(l.get(0)),
                                    number(l.get(1)), number(l.get(2))));
                        }
                    });
                    moments.put(RollupKeys.code(unitField), stats);
                }
            });
        }
        return new References(company, kinds, toolComfort, moments);
    }

    private static double number(@Nullable Object value) {
        return value instanceof Number n ? n.doubleValue() : 0;
    }
}
