package app.symetrie.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Acknowledged means durable" (docs/decisions/019-faults.md): the real application, in a child JVM on an embedded
 * file store, is killed (SIGKILL) while 16 people submit at once, twice over; after a last start, every answer
 * it thanked someone for is there exactly once, nobody is left "already answered" without a ballot, and no
 * participation is left half-claimed. Not an {@code @IntegrationTest}: the application under test is the child.
 */
class SubmitKillIT {

    @TempDir(cleanup = CleanupMode.ON_SUCCESS) // a failure keeps the children's logs to read
    Path folder;

    @Test
    void answers_acknowledged_before_a_kill_are_all_there_once_and_nobody_is_blocked() throws Exception {
        Random random = new Random(11);
        Set<String> acknowledged = new HashSet<>();
        List<String> errors = new ArrayList<>();
        for (int round = 0; round < 2; round++) {
            try (ChildApp child = ChildApp.start(folder, SubmitChild.class, List.of("-Dchild.mode=load"),
                    "--symetrie.barometer.claim-grace=PT0.2S")) {
                child.await("READY", 240);
                // Kill at an awkward moment: after a few acknowledged answers, while the others are in flight.
                int waitFor = 10 + random.nextInt(25);
                for (int i = 0; i < waitFor; i++) {
                    child.await("ACK", 60);
                }
                child.kill();
                for (String line : child.drain()) {
                    if (line.startsWith("ACK ")) {
                        acknowledged.add(line.substring(4));
                    } else if (line.startsWith("ERR ")) {
                        errors.add(line);
                    }
                }
            }
        }
        try (ChildApp check = ChildApp.start(folder, SubmitChild.class, List.of("-Dchild.mode=check"),
                "--symetrie.barometer.claim-grace=PT0.2S")) {
            String summary = check.await("CHECK", 240);
            Set<String> done = new HashSet<>();
            for (String line : check.drain()) {
                if (line.startsWith("DONE ")) {
                    done.add(line.substring(5));
                }
            }
            assertThat(errors).isEmpty();
            assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(20);
            assertThat(done).containsAll(acknowledged);
            long ballots = Long.parseLong(summary.replaceAll(".*ballots=(\\d+).*", "$1"));
            long doneCount = Long.parseLong(summary.replaceAll(".*done=(\\d+).*", "$1"));
            assertThat(summary).contains("pending=0");
            assertThat(ballots).as("one ballot per answered participation: none lost, none twice")
                    .isEqualTo(doneCount);
        }
    }
}
