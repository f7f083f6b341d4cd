package app.symetrie.store;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.message.MongoMessage;
import de.bwaldvogel.mongo.wire.message.MongoQuery;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes every commit of the embedded file store fall between commands, never inside one
 * (docs/decisions/036-whole-commands-per-commit.md).
 *
 * <p>mongo-java-server writes one document as several H2 map writes — each unique index first, then the document —
 * and an H2 commit persists whatever the maps hold at that instant. H2's own background commit (about once a second)
 * or its commit on a full write buffer could therefore persist a document without its index entries, or the
 * reverse; a crash before the next commit left that on disk: an update the index could no longer find (a submit's
 * claim that the crash recovery could not clear). So the store never commits by itself (auto-commit off, no write
 * buffer limit); each command runs under this fence's shared side, placed in the server's pipeline in front of the
 * database handler (which answers a command synchronously, on the same thread); and every commit — about once a
 * second, on each durable-write request, at close — holds its exclusive side, so it sees whole commands only. A
 * commit first tries to slip in between commands for a moment before it queues (a queued one holds back new
 * commands), and queues for a short while only, then lets the commands in again and tries anew: behind a command that
 * runs for seconds, the others wait a tenth of a second at a time, not as long as it runs. The driver's heartbeat
 * and handshake touch no data and pass without the fence (held back, a heartbeat times out and the driver drops
 * every connection of its pool, failing the commands under way). Housekeeping H2 did in the same background thread (rewriting chunks that are mostly dead, when the
 * file is less than half live) is done here too, a megabyte at a time.
 */
@ChannelHandler.Sharable
final class CommitFence extends ChannelInboundHandlerAdapter implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(CommitFence.class);

    /** Housekeeping: when the file is less than half live, rewrite up to 1 MiB of its emptiest chunks per step. */
    private static final int COMPACT_BELOW_FILL_RATE = 50;
    private static final int TARGET_FILL_RATE = 90;
    private static final int COMPACT_WRITE_LIMIT = 1024 * 1024;
    private static final int COMMITS_PER_COMPACTION = 10;
    /**
     * How long a commit tries to slip in between commands before it queues for them: a queued commit holds back
     * every new command until the longest running one ends, so it waits its turn first (a long export or import
     * then delays the commit, not everybody).
     */
    private static final long SLIP_IN_NANOS = 50_000_000L;
    /** How long a commit queues before it lets new commands in again and tries to slip in anew. */
    private static final long QUEUE_MILLIS = 100;
    /** Commands that read and write nothing of the store: the driver's handshake, heartbeat and round-trip pings. */
    private static final Set<String> NO_DATA = Set.of("hello", "ismaster", "ping", "buildinfo");

    private final MVStore store;
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final ScheduledExecutorService background;
    private int commitsSinceCompaction;

    CommitFence(MVStore store) {
        this.store = store;
        this.background = Executors.newSingleThreadScheduledExecutor(
                new DefaultThreadFactory("embedded-store-commit", true));
        background.scheduleWithFixedDelay(this::backgroundCommit, 1, 1, TimeUnit.SECONDS);
    }

    /** Opens the file store with H2's own commits off: every commit goes through a fence. */
    static MVStore open(String file) {
        return new MVStore.Builder().fileName(file).autoCommitDisabled().autoCommitBufferSize(0).open();
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object message) {
        if (touchesNoData(message)) {
            ctx.fireChannelRead(message);
            return;
        }
        lock.readLock().lock();
        try {
            ctx.fireChannelRead(message);
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Whether {@code message} is a command that reads and writes nothing of the store (see {@link #NO_DATA}). */
    static boolean touchesNoData(Object message) {
        Document command = message instanceof MongoMessage m ? m.getDocument()
                : message instanceof MongoQuery q ? q.getQuery() : null;
        if (command == null || command.isEmpty()) {
            return false;
        }
        return NO_DATA.contains(command.keySet().iterator().next().toLowerCase(Locale.ROOT));
    }

    /** Commits what every command finished so far wrote (to the file, not yet forced to the disk). */
    void commit() {
        lockBetweenCommands();
        try {
            store.commit();
        } finally {
            lock.writeLock().unlock();
        }
    }

    /**
     * Takes the exclusive side at a moment no command runs: first without queueing (a barging {@code tryLock} does
     * not hold back new commands) for {@link #SLIP_IN_NANOS}, then queued for {@link #QUEUE_MILLIS} (new commands
     * wait, the ones under way end), and again, until it has it.
     */
    private void lockBetweenCommands() {
        while (true) {
            long deadline = System.nanoTime() + SLIP_IN_NANOS;
            do {
                if (lock.writeLock().tryLock()) {
                    return;
                }
                LockSupport.parkNanos(100_000);
            } while (System.nanoTime() - deadline < 0);
            try {
                if (lock.writeLock().tryLock(QUEUE_MILLIS, TimeUnit.MILLISECONDS)) {
                    return;
                }
            } catch (InterruptedException e) {
                // a commit is never given up half-way (the next one would have to carry it): wait as before
                Thread.currentThread().interrupt();
                lock.writeLock().lock();
                return;
            }
        }
    }

    /** The file's size in bytes and the share of its chunks' bytes still live, in percent. */
    long[] fileFigures() {
        var file = store.getFileStore();
        return file == null ? new long[] {0, 100} : new long[] {file.size(), file.getChunksFillRate()};
    }

    /** Commits, then forces the file to the disk (outside the fence: commands go on meanwhile). */
    void commitAndSync() {
        commit();
        store.sync();
    }

    private void backgroundCommit() {
        try {
            if (store.isClosed()) {
                return;
            }
            commit();
            if (++commitsSinceCompaction >= COMMITS_PER_COMPACTION) {
                commitsSinceCompaction = 0;
                if (store.getFillRate() < COMPACT_BELOW_FILL_RATE) {
                    lockBetweenCommands();
                    try {
                        if (store.compact(TARGET_FILL_RATE, COMPACT_WRITE_LIMIT)) {
                            store.commit();
                        }
                    } finally {
                        lock.writeLock().unlock();
                    }
                }
            }
        } catch (Throwable e) { // anything else would cancel the schedule for good
            log.warn("Store: background commit of the embedded file failed ({}); the next one will retry",
                    e.toString());
        }
    }

    /**
     * Stops the background commits, letting one under way finish (an interrupt in the middle of a write would close
     * the file's channel, and the store's own close could then not commit what is left).
     */
    @Override
    public void close() {
        background.shutdown();
        try {
            if (!background.awaitTermination(30, TimeUnit.SECONDS)) {
                log.warn("Store: a background commit of the embedded file is still running at close");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
