package app.symetrie.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.message.MessageHeader;
import de.bwaldvogel.mongo.wire.message.MongoMessage;
import de.bwaldvogel.mongo.wire.message.MongoQuery;
import io.netty.channel.ChannelHandlerContext;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** How commits and commands share the embedded store (docs/decisions/036-whole-commands-per-commit.md). */
class CommitFenceTest {

    private final MVStore store = new MVStore.Builder().autoCommitDisabled().open();
    private final CommitFence fence = new CommitFence(store);

    @AfterEach
    void close() {
        fence.close();
        store.close();
    }

    @Test
    void a_command_of_several_seconds_holds_back_the_commit_but_not_the_other_commands() throws Exception {
        CountDownLatch longRuns = new CountDownLatch(1);
        CountDownLatch longMayEnd = new CountDownLatch(1);
        Thread longCommand = Thread.ofPlatform().start(() -> fence.channelRead(context(() -> {
            longRuns.countDown();
            awaitQuietly(longMayEnd);
        }), command("find")));
        assertThat(longRuns.await(5, TimeUnit.SECONDS)).isTrue();
        Thread commit = Thread.ofPlatform().start(fence::commit);
        Thread.sleep(300); // the commit has tried to slip in, then queued, more than once

        CountDownLatch shortDone = new CountDownLatch(1);
        Thread.ofPlatform().start(() -> fence.channelRead(context(shortDone::countDown), command("insert")));
        assertThat(shortDone.await(10, TimeUnit.SECONDS))
                .as("a command sent while a long one runs and a commit waits gets through before the long one ends")
                .isTrue();
        assertThat(commit.isAlive()).as("the commit waits for the long command: it sees whole commands only")
                .isTrue();

        longMayEnd.countDown();
        commit.join(10_000);
        longCommand.join(10_000);
        assertThat(commit.isAlive()).as("the commit is made once the long command ended").isFalse();
    }

    @Test
    void the_drivers_handshake_and_heartbeat_pass_without_the_fence_and_every_other_command_takes_it() {
        assertThat(CommitFence.touchesNoData(command("hello"))).isTrue();
        assertThat(CommitFence.touchesNoData(command("ping"))).isTrue();
        assertThat(CommitFence.touchesNoData(command("buildInfo"))).isTrue();
        assertThat(CommitFence.touchesNoData(new MongoQuery(null, new MessageHeader(1, 0), "admin.$cmd", 0, -1,
                new Document("isMaster", 1), null))).as("the legacy handshake").isTrue();

        assertThat(CommitFence.touchesNoData(command("find"))).isFalse();
        assertThat(CommitFence.touchesNoData(command("update"))).isFalse();
        assertThat(CommitFence.touchesNoData(new MongoMessage(null, new MessageHeader(1, 0), new Document())))
                .isFalse();
        assertThat(CommitFence.touchesNoData("not a command")).isFalse();
    }

    private static MongoMessage command(String name) {
        Document body = new Document(name, "participations");
        body.put("$db", "symetrie");
        return new MongoMessage(null, new MessageHeader(1, 0), body);
    }

    /** A pipeline whose next handler (the database) runs {@code work} for each command. */
    private static ChannelHandlerContext context(Runnable work) {
        ChannelHandlerContext context = mock(ChannelHandlerContext.class);
        doAnswer(invocation -> {
            work.run();
            return context;
        }).when(context).fireChannelRead(any());
        return context;
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
