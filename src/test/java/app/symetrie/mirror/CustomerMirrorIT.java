package app.symetrie.mirror;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.symetrie.audit.AuditLog;
import app.symetrie.board.BoardRecords.HeatmapRow;
import app.symetrie.board.BoardService;
import app.symetrie.common.InvalidValueException;
import app.symetrie.common.UserFacingException;
import app.symetrie.mirror.MirrorRecords.DepartmentTrend;
import app.symetrie.mirror.MirrorRecords.Mirror;
import app.symetrie.mirror.MirrorRecords.Point;
import app.symetrie.mirror.MirrorRecords.StoredFigure;
import app.symetrie.mirror.MirrorRecords.TimePoint;
import app.symetrie.organization.Department;
import app.symetrie.organization.DepartmentKind;
import app.symetrie.organization.ImportEncoding;
import app.symetrie.organization.OrganizationService;
import app.symetrie.security.SignedInUser;
import app.symetrie.security.internal.AccountUserDetailsService;
import app.symetrie.test.RunAs;
import app.symetrie.test.WithDemoCompany;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * The customer mirror on the demo company: its scatter with r from the demo's figures and the boards' published
 * comfort only; a file previewed, then saved all at once or not at all, a re-import replacing; and only leads in.
 * The figures the tests change are put back after each, for the other tests sharing the demo company.
 */
@WithDemoCompany
class CustomerMirrorIT {

    private static final String COLLECTION = "customer_mirror";

    @Autowired
    CustomerMirrorService mirror;
    @Autowired
    BoardService boards;
    @Autowired
    OrganizationService organization;
    @Autowired
    AccountUserDetailsService users;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    AuditLog audit;
    @TempDir
    Path dir;

    RunAs runAs;
    List<Document> before;

    @BeforeEach
    void keepFigures(@Autowired SecurityContextHolderStrategy security) {
        runAs = new RunAs(security);
        before = mongo.getCollection(COLLECTION).find().into(new java.util.ArrayList<>());
    }

    @AfterEach
    void putFiguresBack() {
        mongo.getCollection(COLLECTION).deleteMany(new Document());
        if (!before.isEmpty()) {
            mongo.getCollection(COLLECTION).insertMany(before);
        }
    }

    SignedInUser lead() {
        return (SignedInUser) users.loadUserByUsername("lead@demo.symetrie.fr");
    }

    SignedInUser manager() {
        return (SignedInUser) users.loadUserByUsername("manager@demo.symetrie.fr");
    }

    Department named(String name) {
        return organization.departments().stream().filter(d -> d.name().equals(name)).findFirst().orElseThrow();
    }

    Path file(String content) {
        try {
            Path file = Files.createTempFile(dir, "figures", ".csv");
            Files.writeString(file, content, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void the_demo_mirror_shows_six_departments_on_the_scatter_with_r_and_its_interval() {
        Mirror m = runAs.call(lead(), () -> mirror.mirror(null, null, false, Locale.FRENCH));
        assertThat(m.kind()).isEqualTo(MeasureKind.CSAT);
        assertThat(m.kinds()).containsExactlyInAnyOrder(MeasureKind.CSAT, MeasureKind.NPS);
        assertThat(m.waves()).hasSize(6);
        assertThat(m.wave()).isEqualTo(m.waves().getLast());
        assertThat(m.customerPeriod()).isEqualTo(m.wave().period());
        assertThat(m.customers().points()).filteredOn(Point::complete).extracting(Point::name)
                .containsExactlyInAnyOrder("Service client", "Ventes grands comptes", "E-commerce", "Agence Lille",
                        "Agence Lyon", "Agence Marseille");
        Correlation r = m.customers().correlation();
        assertThat(r.n()).isEqualTo(6);
        assertThat(r.r()).isNotNull();
        assertThat(r.low()).isNotNull().isLessThan(r.r());
        assertThat(r.high()).isNotNull().isGreaterThan(r.r());
        DepartmentTrend service = m.trends().stream().filter(t -> t.name().equals("Service client")).findFirst()
                .orElseThrow();
        assertThat(service.points()).filteredOn(p -> p.customer() != null).hasSize(6);
        // support functions, with the satisfaction of those they serve
        assertThat(m.support().points()).hasSize(7);
        assertThat(m.support().correlation().r()).isNotNull();

        // with the lag, the latest wave has no next quarter yet: the mirror picks the latest wave that has one
        Mirror lagged = runAs.call(lead(), () -> mirror.mirror(MeasureKind.CSAT, null, true, Locale.FRENCH));
        assertThat(lagged.wave()).isEqualTo(m.waves().get(4));
        assertThat(lagged.customerPeriod()).isEqualTo(m.waves().getLast().period());
        assertThat(lagged.supportWave()).isEqualTo(m.waves().getLast());

        // one department only has an NPS: no r, said as such
        Mirror nps = runAs.call(lead(), () -> mirror.mirror(MeasureKind.NPS, null, false, Locale.FRENCH));
        assertThat(nps.customers().correlation().n()).isEqualTo(1);
        assertThat(nps.customers().correlation().r()).isNull();
    }

    @Test
    void comfort_is_only_what_each_board_published_never_a_figure_the_wave_hid() {
        Mirror m = runAs.call(lead(), () -> mirror.mirror(null, null, false, Locale.FRENCH));
        for (var wave : m.waves()) {
            Map<String, Double> published = new HashMap<>();
            List<HeatmapRow> rows = runAs.call(lead(), () -> boards.overview(wave.id(), DepartmentKind.FRONT_OFFICE,
                    Locale.FRENCH)).orElseThrow().rows();
            rows.forEach(row -> published.put(row.departmentId().value(), row.dci()));
            int index = m.timeline().indexOf(wave.period());
            for (DepartmentTrend trend : m.trends()) {
                TimePoint point = trend.points().get(index);
                assertThat(point.comfort()).as(trend.name() + " " + wave.label())
                        .isEqualTo(published.get(trend.id().value()));
            }
        }
    }

    @Test
    void a_file_is_previewed_without_saving_then_saved_whole_and_a_reimport_replaces() {
        List<StoredFigure> stored = runAs.call(lead(), mirror::figures);
        FigureImport preview = runAs.call(lead(), () -> mirror.preview(file("""
                Département;Période;Mesure;Valeur;Répondants
                Service client;2030-Q1;CSAT;71,5;900
                Agence Lyon;T1 2030;CSAT;66;
                """), ImportEncoding.AUTO));
        assertThat(preview.acceptable()).isTrue();
        assertThat(preview.added()).isEqualTo(2);
        assertThat(runAs.call(lead(), mirror::figures)).isEqualTo(stored); // nothing saved by a preview

        assertThat(runAs.call(lead(), () -> mirror.confirm(preview))).isEqualTo(2);
        assertThat(runAs.system(() -> audit.latest(1))).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo("customer-figures.imported");
            assertThat(e.actor()).isEqualTo("lead@demo.symetrie.fr");
            assertThat(e.detail()).isEqualTo("2 figures, 0 replaced");
        });
        List<StoredFigure> saved = runAs.call(lead(), mirror::figures);
        assertThat(saved).hasSize(stored.size() + 2);
        Mirror m = runAs.call(lead(), () -> mirror.mirror(MeasureKind.CSAT, null, false, Locale.FRENCH));
        Quarter q = new Quarter(2030, 1);
        assertThat(m.timeline()).endsWith(q);
        DepartmentTrend service = m.trends().stream().filter(t -> t.name().equals("Service client")).findFirst()
                .orElseThrow();
        assertThat(service.points().getLast()).isEqualTo(new TimePoint(q, null, 71.5));

        FigureImport again = runAs.call(lead(), () -> mirror.preview(file("""
                Department,Period,Measure,Value
                Service client,2030-Q1,CSAT,"73,0"
                """), ImportEncoding.AUTO));
        assertThat(again.figures()).singleElement().satisfies(l -> assertThat(l.replaces()).isEqualTo(71.5));
        runAs.call(lead(), () -> mirror.confirm(again));
        List<StoredFigure> replaced = runAs.call(lead(), mirror::figures);
        assertThat(replaced).hasSize(stored.size() + 2);
        assertThat(replaced).filteredOn(s -> s.figure().period().equals(q) && s.departmentName().equals("Service client"))
                .singleElement().satisfies(s -> {
                    assertThat(s.figure().value()).isEqualTo(73.0);
                    assertThat(s.figure().respondents()).isNull();
                });
    }

    @Test
    void a_file_with_one_bad_line_saves_nothing_at_all() {
        List<StoredFigure> stored = runAs.call(lead(), mirror::figures);
        FigureImport preview = runAs.call(lead(), () -> mirror.preview(file("""
                Département;Période;Mesure;Valeur
                Service client;2030-Q2;CSAT;70
                Service clien;2030-Q2;CSAT;70
                """), ImportEncoding.AUTO));
        assertThat(preview.acceptable()).isFalse();
        assertThat(preview.errors()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(3);
            assertThat(e.arguments()).containsExactly("Service clien", "Service client");
        });
        assertThatThrownBy(() -> runAs.call(lead(), () -> mirror.confirm(preview)))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("mirror.error.not-acceptable");
        assertThat(runAs.call(lead(), mirror::figures)).isEqualTo(stored);
    }

    @Test
    void a_confirm_after_the_figures_changed_is_refused_and_saves_nothing() {
        FigureImport preview = runAs.call(lead(), () -> mirror.preview(file("""
                Département;Période;Mesure;Valeur
                Service client;2030-Q3;CSAT;70
                """), ImportEncoding.AUTO));
        runAs.call(lead(), () -> mirror.save(new CustomerFigure(named("Agence Lille").id(), new Quarter(2030, 3),
                MeasureKind.CSAT, 64, null, null), null));
        List<StoredFigure> stored = runAs.call(lead(), mirror::figures);
        assertThatThrownBy(() -> runAs.call(lead(), () -> mirror.confirm(preview)))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("mirror.error.changed");
        assertThat(runAs.call(lead(), mirror::figures)).isEqualTo(stored);
    }

    @Test
    void a_typed_figure_is_edited_under_a_new_key_and_deleted_and_a_support_function_takes_none() {
        Department agency = named("Agence Lyon");
        CustomerFigure typed = new CustomerFigure(agency.id(), new Quarter(2030, 4), MeasureKind.SCORE, 61.5, 40,
                "Borne en agence");
        runAs.call(lead(), () -> mirror.save(typed, null));
        CustomerFigure edited = new CustomerFigure(agency.id(), new Quarter(2031, 1), MeasureKind.SCORE, 63, 40,
                "Borne en agence");
        assertThat(runAs.call(lead(), () -> mirror.save(edited, typed.key()))).isEmpty();
        assertThat(runAs.call(lead(), mirror::figures)).extracting(StoredFigure::figure)
                .contains(edited).doesNotContain(typed);
        runAs.run(lead(), () -> mirror.delete(edited.key()));
        assertThat(runAs.call(lead(), mirror::figures)).extracting(StoredFigure::figure).doesNotContain(edited);

        Department it = named("Informatique");
        assertThatThrownBy(() -> runAs.call(lead(), () -> mirror.save(new CustomerFigure(it.id(),
                new Quarter(2030, 4), MeasureKind.CSAT, 70, null, null), null)))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("departmentId"));
    }

    @Test
    void a_manager_can_neither_read_nor_change_the_mirror() {
        assertThatThrownBy(() -> runAs.call(manager(), () -> mirror.mirror(null, null, false, Locale.FRENCH)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> runAs.call(manager(), mirror::figures)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> runAs.call(manager(), () -> mirror.save(new CustomerFigure(
                named("Agence Lyon").id(), new Quarter(2030, 4), MeasureKind.CSAT, 70, null, null), null)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
