package app.symetrie.mirror;

import app.symetrie.audit.AuditLog;
import app.symetrie.barometer.WaveId;
import app.symetrie.board.BoardRecords.WaveRef;
import app.symetrie.board.BoardService;
import app.symetrie.common.InvalidValueException;
import app.symetrie.common.UserFacingException;
import app.symetrie.internalcustomer.InternalCustomerRecords.Symmetry;
import app.symetrie.internalcustomer.InternalCustomerService;
import app.symetrie.mirror.MirrorRecords.DepartmentTrend;
import app.symetrie.mirror.MirrorRecords.Mirror;
import app.symetrie.mirror.MirrorRecords.Scatter;
import app.symetrie.mirror.MirrorRecords.StoredFigure;
import app.symetrie.mirror.MirrorRecords.TimePoint;
import app.symetrie.mirror.MirrorRecords.WaveChoice;
import app.symetrie.mirror.internal.FigureCsv;
import app.symetrie.mirror.internal.MirrorDocument;
import app.symetrie.mirror.internal.MirrorStore;
import app.symetrie.organization.CsvTable;
import app.symetrie.organization.Department;
import app.symetrie.organization.DepartmentId;
import app.symetrie.organization.DepartmentKind;
import app.symetrie.organization.ImportEncoding;
import app.symetrie.organization.OrganizationService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The customer mirror (leads): customer-satisfaction figures per front-office department and quarter, imported from
 * CSV (a preview, then an all-or-nothing save) or typed in, and the mirror itself — each department's published
 * comfort beside its customers' satisfaction, and the scatter of departments with its correlation. Comfort comes
 * only from the boards as published for each wave (a department hidden under k has no comfort point), support
 * functions' satisfaction only from their internal-customer figures (docs/decisions/035-customer-mirror.md).
 */
@Service
public class CustomerMirrorService {

    private static final int SAVE_ATTEMPTS = 3;

    private final MirrorStore store;
    private final OrganizationService organization;
    private final BoardService boards;
    private final InternalCustomerService internalCustomers;
    private final AuditLog audit;

    CustomerMirrorService(MirrorStore store, OrganizationService organization, BoardService boards,
                          InternalCustomerService internalCustomers, AuditLog audit) {
        this.store = store;
        this.organization = organization;
        this.boards = boards;
        this.internalCustomers = internalCustomers;
        this.audit = audit;
    }

    /** The departments customer figures may be given for: the front-office ones, by name. */
    @PreAuthorize("hasRole('LEAD')")
    public List<Department> frontOffice() {
        return organization.departments().stream().filter(d -> d.kind() == DepartmentKind.FRONT_OFFICE)
                .sorted(Comparator.comparing(Department::name, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    /** Every stored figure: by department name, latest quarter first, then measure. */
    @PreAuthorize("hasRole('LEAD')")
    public List<StoredFigure> figures() {
        Map<String, String> names = new HashMap<>();
        organization.departments().forEach(d -> names.put(d.id().value(), d.name()));
        return store.read().entries().stream().map(CustomerMirrorService::figure)
                .map(f -> new StoredFigure(f, names.getOrDefault(f.departmentId().value(), "—")))
                .sorted(Comparator.comparing(StoredFigure::departmentName, String.CASE_INSENSITIVE_ORDER)
                        .thenComparing(s -> s.figure().period(), Comparator.reverseOrder())
                        .thenComparing(s -> s.figure().kind()))
                .toList();
    }

    /**
     * Saves one figure typed in, replacing the stored one of the same department, quarter and measure; when an edit
     * changed the key, {@code replacing} (the key edited) is removed in the same write.
     *
     * @return the value replaced, if any
     * @throws InvalidValueException on {@code departmentId} when it is not a front-office department
     */
    @PreAuthorize("hasRole('LEAD')")
    public Optional<Double> save(CustomerFigure figure, CustomerFigure.@Nullable Key replacing) {
        requireFrontOffice(figure.departmentId());
        @Nullable Double[] replaced = {null};
        change(figures -> {
            if (replacing != null) {
                figures.remove(replacing);
            }
            CustomerFigure before = figures.put(figure.key(), figure);
            replaced[0] = before == null ? null : before.value();
        });
        audit.record("customer-figures.saved", describe(figure.key()) + " = " + figure.value()
                + (replaced[0] == null ? "" : " (was " + replaced[0] + ")"));
        return Optional.ofNullable(replaced[0]);
    }

    /**
     * Saves several figures at once, all or none, each replacing the stored one of its key (the demo's quarters; a
     * file goes through {@link #preview} and {@link #confirm}).
     *
     * @throws InvalidValueException on {@code departmentId} when one is not a front-office department
     */
    @PreAuthorize("hasRole('LEAD')")
    public void saveAll(List<CustomerFigure> figures) {
        figures.forEach(f -> requireFrontOffice(f.departmentId()));
        change(stored -> figures.forEach(f -> stored.put(f.key(), f)));
        audit.record("customer-figures.imported", figures.size() + " figures");
    }

    /** A small valid file in the language given, naming the company's own front-office departments. */
    @PreAuthorize("hasRole('LEAD')")
    public String sampleFile(Locale locale) {
        return FigureCsv.sample(frontOffice().stream().map(Department::name).toList(), locale);
    }

    /** Deletes one figure (nothing when it is already gone). */
    @PreAuthorize("hasRole('LEAD')")
    public void delete(CustomerFigure.Key key) {
        change(figures -> figures.remove(key));
        audit.record("customer-figures.deleted", describe(key));
    }

    /**
     * Reads and checks a whole file without saving anything: every bad line with its reason, and what each good line
     * would add or replace.
     */
    @PreAuthorize("hasRole('LEAD')")
    public FigureImport preview(Path file, ImportEncoding encoding) {
        MirrorDocument stored = store.read();
        Map<CustomerFigure.Key, Double> values = new HashMap<>();
        stored.entries().forEach(e -> values.put(figure(e).key(), e.value()));
        try {
            return FigureCsv.check(CsvTable.read(file, encoding, FigureImport.MAX_LINES), organization.departments(),
                    values, stored.version());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Saves the figures of an acceptable preview, all at once or none: each replaces the stored one of the same
     * department, quarter and measure; the others stay.
     *
     * @return the figures saved
     * @throws UserFacingException {@code mirror.error.not-acceptable} for a preview with bad lines;
     *                             {@code mirror.error.changed} when the figures or the departments changed since the
     *                             preview (nothing saved)
     */
    @PreAuthorize("hasRole('LEAD')")
    public int confirm(FigureImport preview) {
        if (!preview.acceptable()) {
            throw new UserFacingException("mirror.error.not-acceptable");
        }
        List<Department> frontOffice = frontOffice();
        boolean departmentsStand = preview.figures().stream().allMatch(l -> frontOffice.stream()
                .anyMatch(d -> d.id().equals(l.figure().departmentId())));
        MirrorDocument stored = store.read();
        if (!departmentsStand || stored.version() != preview.version()) {
            throw new UserFacingException("mirror.error.changed");
        }
        Map<CustomerFigure.Key, CustomerFigure> figures = byKey(stored);
        preview.figures().forEach(l -> figures.put(l.figure().key(), l.figure()));
        if (!store.replace(stored.version(), entries(figures))) {
            throw new UserFacingException("mirror.error.changed");
        }
        audit.record("customer-figures.imported", preview.figures().size() + " figures, " + preview.replaced()
                + " replaced");
        return preview.figures().size();
    }

    /**
     * The mirror for a measure (the one with most figures by default) and a closed wave (by default the latest whose
     * quarter has customer figures), with or without the one-quarter lag.
     */
    @PreAuthorize("hasRole('LEAD')")
    public Mirror mirror(@Nullable MeasureKind wantedKind, @Nullable WaveId wantedWave, boolean lag, Locale locale) {
        List<Department> all = organization.departments();
        List<Department> frontOffice = all.stream().filter(d -> d.kind() == DepartmentKind.FRONT_OFFICE).toList();
        List<CustomerFigure> stored = store.read().entries().stream().map(CustomerMirrorService::figure).toList();
        Map<MeasureKind, Integer> counts = new EnumMap<>(MeasureKind.class);
        stored.forEach(f -> counts.merge(f.kind(), 1, Integer::sum));
        MeasureKind kind = wantedKind != null ? wantedKind : counts.entrySet().stream()
                .max(Map.Entry.<MeasureKind, Integer>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .map(Map.Entry::getKey).orElse(MeasureKind.CSAT);
        List<MeasureKind> kinds = new ArrayList<>(counts.keySet());
        if (!kinds.contains(kind)) {
            kinds.addFirst(kind);
        }
        // customer figures of the measure: quarter → department id → value
        Map<Quarter, Map<String, Double>> customer = new HashMap<>();
        stored.stream().filter(f -> f.kind() == kind).forEach(f -> customer
                .computeIfAbsent(f.period(), q -> new HashMap<>()).put(f.departmentId().value(), f.value()));

        SortedMap<Quarter, WaveRef> byQuarter = Pairing.byQuarter(boards.publishedWaves(), WaveRef::closesOn);
        List<WaveChoice> waves = byQuarter.entrySet().stream()
                .map(e -> new WaveChoice(e.getValue().id(), e.getValue().label(), e.getKey())).toList();
        // published comfort only: the overview's index of each department, null where the wave hid it
        Map<Quarter, Map<String, Double>> comfort = new HashMap<>();
        byQuarter.forEach((quarter, wave) -> {
            Map<String, Double> dci = new HashMap<>();
            boards.overview(wave.id(), DepartmentKind.FRONT_OFFICE, locale).ifPresent(o -> o.rows().forEach(row -> {
                if (row.dci() != null) {
                    dci.put(row.departmentId().value(), row.dci());
                }
            }));
            comfort.put(quarter, dci);
        });

        TreeSet<Quarter> timeline = new TreeSet<>(byQuarter.keySet());
        timeline.addAll(customer.keySet());
        List<DepartmentTrend> trends = frontOffice.stream().map(d -> new DepartmentTrend(d.id(), d.name(),
                timeline.stream().map(q -> new TimePoint(q, comfort.getOrDefault(q, Map.of()).get(d.id().value()),
                        customer.getOrDefault(q, Map.of()).get(d.id().value()))).toList())).toList();

        Function<WaveChoice, Scatter> scatterOf = w -> Pairing.scatter(frontOffice,
                comfort.getOrDefault(w.period(), Map.of()),
                customer.getOrDefault(Pairing.customerPeriod(w.period(), lag), Map.of()));
        // the wave asked for; else the latest whose scatter has a department with both figures; else the latest
        WaveChoice wave = waves.stream().filter(w -> w.id().equals(wantedWave)).findFirst()
                .or(() -> waves.reversed().stream().filter(w -> scatterOf.apply(w).points().stream()
                        .anyMatch(MirrorRecords.Point::complete)).findFirst())
                .or(() -> waves.isEmpty() ? Optional.empty() : Optional.of(waves.getLast()))
                .orElse(null);
        if (wave == null) {
            return new Mirror(kinds, kind, waves, null, lag, null, List.copyOf(timeline), trends,
                    new Scatter(List.of(), Correlation.of(List.of(), List.of())), null,
                    new Scatter(List.of(), Correlation.of(List.of(), List.of())));
        }
        Quarter customerPeriod = Pairing.customerPeriod(wave.period(), lag);
        Scatter customers = scatterOf.apply(wave);

        WaveChoice supportWave = lag ? waves.stream().filter(w -> w.period().equals(wave.period().next()))
                .findFirst().orElse(null) : wave;
        return new Mirror(kinds, kind, waves, wave, lag, customerPeriod, List.copyOf(timeline), trends, customers,
                supportWave, supportScatter(all, wave, supportWave, locale));
    }

    /** Support functions: own comfort in {@code wave}, satisfaction of those served in {@code satisfactionWave}. */
    private Scatter supportScatter(List<Department> all, WaveChoice wave, @Nullable WaveChoice satisfactionWave,
                                   Locale locale) {
        Map<String, Double> comfort = new LinkedHashMap<>();
        Map<String, Double> satisfaction = new HashMap<>();
        List<Department> functions = new ArrayList<>();
        symmetry(wave, locale).ifPresent(s -> s.points().forEach(p -> {
            all.stream().filter(d -> d.id().equals(p.function().id())).findFirst().ifPresent(functions::add);
            if (p.comfort() != null) {
                comfort.put(p.function().id().value(), p.comfort());
            }
        }));
        if (satisfactionWave != null) {
            symmetry(satisfactionWave, locale).ifPresent(s -> s.points().forEach(p -> {
                if (p.satisfaction() != null) {
                    satisfaction.put(p.function().id().value(), p.satisfaction());
                }
            }));
        }
        return Pairing.scatter(functions, comfort, satisfaction);
    }

    private Optional<Symmetry> symmetry(WaveChoice wave, Locale locale) {
        // symmetry() falls back to the latest wave for an unknown one: only the wave asked for counts
        return internalCustomers.symmetry(wave.id(), locale).filter(s -> s.wave().id().equals(wave.id()));
    }

    private String describe(CustomerFigure.Key key) {
        return organization.department(key.departmentId()).map(Department::name)
                .orElse(key.departmentId().value()) + " " + key.period() + " " + key.kind();
    }

    private void requireFrontOffice(DepartmentId id) {
        Department department = organization.department(id)
                .orElseThrow(() -> new InvalidValueException("departmentId", "mirror.error.department.required"));
        if (department.kind() != DepartmentKind.FRONT_OFFICE) {
            throw new InvalidValueException("departmentId", "mirror.error.department.support", department.name());
        }
    }

    private void change(Consumer<Map<CustomerFigure.Key, CustomerFigure>> edit) {
        for (int attempt = 0; attempt < SAVE_ATTEMPTS; attempt++) {
            MirrorDocument stored = store.read();
            Map<CustomerFigure.Key, CustomerFigure> figures = byKey(stored);
            edit.accept(figures);
            if (store.replace(stored.version(), entries(figures))) {
                return;
            }
        }
        throw new UserFacingException("mirror.error.busy");
    }

    private static Map<CustomerFigure.Key, CustomerFigure> byKey(MirrorDocument stored) {
        Map<CustomerFigure.Key, CustomerFigure> figures = new LinkedHashMap<>();
        stored.entries().forEach(e -> {
            CustomerFigure f = figure(e);
            figures.put(f.key(), f);
        });
        return figures;
    }

    private static List<MirrorDocument.Entry> entries(Map<CustomerFigure.Key, CustomerFigure> figures) {
        return figures.values().stream().map(f -> new MirrorDocument.Entry(f.departmentId().value(),
                f.period().toString(), f.kind().name(), f.value(), f.respondents(), f.source())).toList();
    }

    private static CustomerFigure figure(MirrorDocument.Entry e) {
        return new CustomerFigure(new DepartmentId(e.departmentId()), Quarter.parse(e.period()),
                MeasureKind.valueOf(e.kind()), e.value(), e.respondents(), e.source());
    }
}
