package app.symetrie.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded store's failure at a million answers, reproduced in seconds (decision 039): the embedded server holds
 * a query's whole result in memory before it answers, so one query for more than the heap holds fails — with H2's
 * "Unable to read the page", which is how it reports an {@link OutOfMemoryError} met while reading a page, not a
 * damaged file. The same documents read a batch at a time ({@link app.symetrie.store.WholeCollection}, as backups and
 * the benchmark read) pass in the same heap, and the file is whole afterwards. 200 MB of documents, 160 MB of heap.
 */
class StoreHeapExhaustionIT {

    private static final List<String> SMALL_HEAP = List.of("-Xmx160m");

    @TempDir
    Path folder;

    @Test
    void a_query_for_more_than_the_heap_fails_and_the_same_read_in_batches_passes() throws Exception {
        String filled;
        try (ChildApp fill = ChildApp.start(folder, HeapProbeChild.class, List.of("-Xmx256m"), "fill")) {
            filled = fill.await("FILLED", 120);
            fill.await("CLOSED", 60);
        }
        assertThat(filled).startsWith("FILLED " + HeapProbeChild.DOCUMENTS + " ");
        String everything = "BATCHED" + filled.substring("FILLED".length());
        try (ChildApp all = ChildApp.start(folder, HeapProbeChild.class, SMALL_HEAP, "all")) {
            // the whole collection in one query: the server runs out of heap while it gathers the result, before the
            // first batch; the client hears it as H2's "Unable to read the page" when the heap ran out in a page read,
            // or as a closed connection when it ran out elsewhere
            assertThat(all.await("ALL ", 180)).startsWith("ALL FAILED after 0: ");
            // the same read a batch at a time, in the same process and heap
            assertThat(all.await("BATCHED", 180)).isEqualTo(everything);
            all.await("CLOSED", 60);
        }
        // the failure damaged nothing: a new process reads every document back
        try (ChildApp again = ChildApp.start(folder, HeapProbeChild.class, SMALL_HEAP, "batched")) {
            assertThat(again.await("BATCHED", 180)).isEqualTo(everything);
            again.await("CLOSED", 60);
        }
    }
}
