package app.symetrie.store;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * "Acknowledged means durable" (docs/decisions/019-faults.md). On a real MongoDB every write already waits for the
 * journal of a majority ({@link StoreConfiguration}: {@code w:majority, j:true}), so there is nothing left to do; on
 * the embedded file store, {@link #await()} forces a commit and an fsync before the caller tells anyone their data is
 * saved.
 */
@Component
public class StoreDurability {

    private final @Nullable EmbeddedMongo embedded;

    StoreDurability(ObjectProvider<EmbeddedMongo> embedded) {
        this.embedded = embedded.getIfAvailable();
    }

    /** Returns once the writes this thread made so far survive a crash of the process or of the machine. */
    public void await() {
        if (embedded != null) {
            embedded.makeDurable();
        }
    }
}
