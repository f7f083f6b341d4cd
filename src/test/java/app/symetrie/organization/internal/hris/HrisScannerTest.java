package app.symetrie.organization.internal.hris;

import static org.assertj.core.api.Assertions.assertThat;

import app.symetrie.organization.DepartmentKind;
import app.symetrie.organization.ProgressListener;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HrisScannerTest {

    @TempDir
    Path dir;

    @Test
    void fifty_thousand_lines_are_handed_over_in_chunks() throws IOException {
        Path file = dir.resolve("big.csv");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("email;first_name;last_name;department;team;manager;locale;department_kind\n");
            for (int i = 0; i < 50_000; i++) {
                out.write("p" + i + "@example.com;Prénom" + i + ";Nom;Direction " + (i % 40) + ";Équipe " + (i % 12)
                        + ";non;fr;SUPPORT\n");
            }
        }
        List<Integer> chunkSizes = new ArrayList<>();
        long t0 = System.nanoTime();
        HrisScanner.Outcome outcome = HrisScanner.scan(file, Set.of(), 1_000,
                (chunk, linesRead) -> chunkSizes.add(chunk.size()), ProgressListener.NONE);
        System.out.printf("scan of 50,000 lines: %d ms%n", (System.nanoTime() - t0) / 1_000_000);

        assertThat(outcome.errors().isEmpty()).isTrue();
        assertThat(outcome.lines()).isEqualTo(50_000);
        assertThat(chunkSizes).hasSize(50).containsOnly(1_000);
        assertThat(outcome.newDepartmentKinds()).hasSize(40).containsValue(DepartmentKind.SUPPORT);
    }
}
