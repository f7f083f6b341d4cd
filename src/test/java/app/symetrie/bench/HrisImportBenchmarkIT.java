package app.symetrie.bench;

import static org.assertj.core.api.Assertions.assertThat;

import app.symetrie.organization.FrenchHrisExport;
import app.symetrie.organization.HrisImportService;
import app.symetrie.organization.ImportOptions;
import app.symetrie.organization.ImportPreview;
import app.symetrie.organization.ImportResult;
import app.symetrie.organization.ProgressListener;
import app.symetrie.organization.internal.EmployeeDirectory;
import app.symetrie.organization.internal.EmployeeDocument;
import app.symetrie.test.IntegrationTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Prints how long an HRIS import of 50,000 lines takes when the file carries employee numbers (matricules), as most
 * French exports do: a first import (everyone new), then the same file again with one line in ten changed (people
 * matched by number). {@code HrisImportIT} prints the e-mail-only case. Figures, not assertions on time.
 */
@Tag("benchmark")
@IntegrationTest
@WithMockUser(roles = "ADMIN")
class HrisImportBenchmarkIT {

    private static final int PEOPLE = 50_000;

    @Autowired
    HrisImportService imports;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    EmployeeDirectory directory;

    @TempDir
    Path dir;

    /** The plain French export, moved to its own domain and numbers so it matches no one another test stored. */
    private static String own(String line) {
        return line.replace("@entreprise.fr", "@bench-hris.example").replaceAll("(^|;)M(\\d{5})", "$1BH$2");
    }

    @Test
    void fifty_thousand_lines_with_employee_numbers() throws IOException {
        Map<String, String> mapping = new HashMap<>(FrenchHrisExport.plainMapping());
        mapping.put("department_kind", "Nature");
        ImportOptions options = ImportOptions.DEFAULT.withMapping(mapping);
        List<String> plain = FrenchHrisExport.plainLines(PEOPLE);
        List<String> lines = new ArrayList<>();
        lines.add(plain.getFirst() + ";Nature");
        plain.stream().skip(1).map(line -> line + ";FRONT_OFFICE").forEach(lines::add);
        try {
            Path first = FrenchHrisExport.write(dir.resolve("first.csv"), lines.stream().map(l -> own(l)).toList());
            ImportResult created = run("first import, everyone new", first, options);
            assertThat(created.createdEmployees()).isEqualTo(PEOPLE);

            int[] n = {0};
            UnaryOperator<String> renameOneInTen = line -> n[0]++ % 10 == 5 ? line.replace(";Lefèvre;", ";Lefebvre;")
                    .replace(";Dupré;", ";Dupret;").replace(";Mercier;", ";Mercié;") : line;
            Path second = FrenchHrisExport.write(dir.resolve("second.csv"),
                    lines.stream().map(l -> renameOneInTen.apply(own(l))).toList());
            ImportResult updated = run("same people again, some renamed", second, options);
            assertThat(updated.createdEmployees()).isZero();
            assertThat(updated.updatedEmployees()).isPositive();
        } finally {
            mongo.remove(Query.query(Criteria.where("email").regex("@bench-hris\\.example$")), EmployeeDocument.class);
            directory.changed();
        }
    }

    private ImportResult run(String what, Path file, ImportOptions options) throws IOException {
        long t0 = System.nanoTime();
        ImportPreview preview = imports.preview(file, options, ProgressListener.NONE);
        long t1 = System.nanoTime();
        assertThat(preview.errors()).isEmpty();
        ImportResult result = imports.commit(preview, ProgressListener.NONE);
        long t2 = System.nanoTime();
        System.out.printf("BENCH HRIS %,d lines with numbers (%,d bytes), %-32s preview %,6d ms  commit %,6d ms"
                        + "  (%,d created, %,d updated, %,d unchanged)%n", PEOPLE, Files.size(file), what,
                (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, result.createdEmployees(), result.updatedEmployees(),
                result.unchangedEmployees());
        return result;
    }
}
