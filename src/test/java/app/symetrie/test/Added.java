package app.symetrie.test;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * What a list shared with other tests (the audit log, the mail outbox: newest first, read in full) gained since this
 * was made. A test asks "did my action write this entry?" rather than "is this among the latest five?", which
 * another test's entry — with the same action, at the same test-clock instant — could answer for it.
 * <pre>{@code
 * Added<AuditEntry> audited = Added.since(() -> runAs.system(() -> audit.latest(10_000)));
 * ... the action ...
 * assertThat(audited.now()).singleElement().extracting(AuditEntry::action).isEqualTo("hris.interrupted");
 * }</pre>
 * Entries are compared by {@code equals}: an entry equal to one that was already there counts as new only for each
 * copy more than before.
 */
public final class Added<T> {

    private final Supplier<List<T>> read;
    private final List<T> before;

    private Added(Supplier<List<T>> read) {
        this.read = read;
        this.before = List.copyOf(read.get());
    }

    public static <T> Added<T> since(Supplier<List<T>> read) {
        return new Added<>(read);
    }

    /** The entries read now that were not there before, in the order the read gives them. */
    public List<T> now() {
        List<T> old = new ArrayList<>(before);
        List<T> added = new ArrayList<>();
        for (T entry : read.get()) {
            if (!old.remove(entry)) {
                added.add(entry);
            }
        }
        return added;
    }
}
