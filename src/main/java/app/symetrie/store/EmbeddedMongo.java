package app.symetrie.store;

import com.mongodb.MongoCredential;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.wire.MongoDatabaseHandler;
import de.bwaldvogel.mongo.wire.MongoExceptionHandler;
import de.bwaldvogel.mongo.wire.MongoWireMessageEncoder;
import de.bwaldvogel.mongo.wire.MongoWireProtocolHandler;
import de.bwaldvogel.mongo.wire.MongoWireReplyEncoder;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.h2.mvstore.MVStore;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An in-process MongoDB-wire-compatible server (mongo-java-server, H2 backend). The application talks to it with
 * the official driver over the loopback interface, exactly as it would talk to a real MongoDB.
 *
 * <p>The store holds personal data, so the server is private to the application: it listens on loopback only, on a
 * port the system picks, and serves nothing to a connection that has not proved it knows the store's secret
 * ({@link StoreAccessGate}, SCRAM-SHA-256) — a secret drawn at random at every start and handed to the application's
 * own driver only, unless {@code symetrie.store.embedded.expose} shares a configured one with other instances.
 * mongo-java-server's own {@code MongoServer} cannot take an extra handler, so this class builds the same Netty
 * pipeline (its encoders, decoder and database handler) with the gate in it.
 */
public final class EmbeddedMongo implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMongo.class);

    private final MongoBackend backend;
    private final EventLoopGroup bossGroup;
    private final EventLoopGroup workerGroup;
    private final ChannelGroup clients;
    private final Channel serverChannel;
    private final InetSocketAddress address;
    private final String description;
    private final StoreSecret secret;
    private final @Nullable CommitFence fence;
    private final AtomicLong durableRequests = new AtomicLong();
    private final Object durableMonitor = new Object();
    private long durableUpTo;

    private EmbeddedMongo(MongoBackend backend, EventLoopGroup bossGroup, EventLoopGroup workerGroup,
                          ChannelGroup clients, Channel serverChannel, String description, StoreSecret secret,
                          @Nullable CommitFence fence) {
        this.backend = backend;
        this.fence = fence;
        this.bossGroup = bossGroup;
        this.workerGroup = workerGroup;
        this.clients = clients;
        this.serverChannel = serverChannel;
        this.address = (InetSocketAddress) serverChannel.localAddress();
        this.description = description;
        this.secret = secret;
    }

    public static EmbeddedMongo start(EmbeddedStoreProperties properties) {
        checkHost(properties);
        StoreSecret secret = secretFor(properties);
        MongoBackend backend;
        String description;
        CommitFence fence = null;
        if (properties.inMemory()) {
            backend = H2Backend.inMemory();
            description = "in memory";
        } else {
            DataFolder.prepare(properties.path());
            String file = properties.file().toAbsolutePath().normalize().toString();
            try {
                MVStore store = CommitFence.open(file);
                try {
                    backend = new H2Backend(store);
                } catch (RuntimeException e) {
                    store.closeImmediately(); // or the file stays locked by this process
                    throw e;
                }
                fence = new CommitFence(store);
            } catch (RuntimeException e) {
                throw new IllegalStateException("Cannot open the embedded store file " + file
                        + " (is another Symétrie instance using it?)", e);
            }
            DataFolder.makePrivate(properties.file());
            description = "H2 file " + file;
        }
        EventLoopGroup bossGroup = new MultiThreadIoEventLoopGroup(1,
                new DefaultThreadFactory("embedded-store-boss", true), NioIoHandler.newFactory());
        EventLoopGroup workerGroup = new MultiThreadIoEventLoopGroup(0,
                new DefaultThreadFactory("embedded-store-worker", true), NioIoHandler.newFactory());
        CommitFence commits = fence;
        ChannelGroup clients = new DefaultChannelGroup("embedded-store-clients", workerGroup.next());
        Channel serverChannel;
        try {
            serverChannel = new ServerBootstrap()
                    .group(bossGroup, workerGroup)
                    .channel(NioServerSocketChannel.class)
                    .option(ChannelOption.SO_BACKLOG, 100)
                    .childOption(ChannelOption.TCP_NODELAY, true)
                    .childHandler(new ChannelInitializer<SocketChannel>() {
                        @Override
                        protected void initChannel(SocketChannel channel) {
                            channel.pipeline().addLast(
                                    new MongoWireReplyEncoder(),
                                    new MongoWireMessageEncoder(),
                                    new MongoWireProtocolHandler(),
                                    new StoreAccessGate(secret));
                            if (commits != null) {
                                channel.pipeline().addLast(commits);
                            }
                            channel.pipeline().addLast(
                                    new MongoDatabaseHandler(backend, clients),
                                    new MongoExceptionHandler());
                        }
                    })
                    .bind(properties.host(), properties.port())
                    .syncUninterruptibly()
                    .channel();
        } catch (RuntimeException e) {
            bossGroup.shutdownGracefully(0, 1, TimeUnit.SECONDS);
            workerGroup.shutdownGracefully(0, 1, TimeUnit.SECONDS);
            if (fence != null) {
                fence.close();
            }
            backend.close();
            throw new IllegalStateException("Cannot listen on " + properties.host() + ":" + properties.port(), e);
        }
        EmbeddedMongo server = new EmbeddedMongo(backend, bossGroup, workerGroup, clients, serverChannel,
                description, secret, fence);
        log.info("Store: embedded MongoDB-compatible server (mongo-java-server, {}) listening on {}:{}, {}",
                description, server.address.getHostString(), server.address.getPort(), properties.expose()
                        ? "shared with other instances that present symetrie.store.embedded.secret"
                        : "private to this application (per-start secret)");
        if (properties.expose()) {
            log.warn("Store: symetrie.store.embedded.expose is on: another instance may use this store with "
                    + "spring.mongodb.uri=mongodb://{}:<secret>@{}:{}/<database>", StoreSecret.USER,
                    server.address.getHostString(), server.address.getPort());
        }
        return server;
    }

    private static void checkHost(EmbeddedStoreProperties properties) {
        InetAddress host;
        try {
            host = InetAddress.getByName(properties.host());
        } catch (UnknownHostException e) {
            throw new IllegalStateException("Unknown symetrie.store.embedded.host " + properties.host(), e);
        }
        if (host.isLoopbackAddress()) {
            return;
        }
        if (!properties.expose()) {
            throw new IllegalStateException("symetrie.store.embedded.host must be a loopback address (it is "
                    + properties.host() + "): the embedded store holds personal data and speaks without encryption");
        }
        log.warn("Store: the embedded server listens on {}, beyond this machine, without encryption: the secret "
                + "is never sent in clear, but the data is", properties.host());
    }

    private static StoreSecret secretFor(EmbeddedStoreProperties properties) {
        String configured = properties.secret();
        if (properties.expose()) {
            if (configured == null || configured.isBlank()) {
                throw new IllegalStateException("symetrie.store.embedded.expose=true needs "
                        + "symetrie.store.embedded.secret (the secret the other instances present)");
            }
            return StoreSecret.configured(configured);
        }
        if (configured != null && !configured.isBlank()) {
            log.warn("Store: symetrie.store.embedded.secret is ignored without symetrie.store.embedded.expose=true "
                    + "(the store uses a secret of its own, drawn at every start)");
        }
        return StoreSecret.random();
    }

    /** Where the server listens, without credentials. */
    public String connectionString() {
        return "mongodb://" + address.getHostString() + ":" + address.getPort();
    }

    public String description() {
        return description;
    }

    /**
     * For benchmarks and operators: the file's size and how much of it is live ("" in memory), e.g.
     * {@code "16009 MB (19 % live)"}.
     */
    public String fileFigures() {
        if (fence == null) {
            return "";
        }
        long[] figures = fence.fileFigures();
        return String.format(java.util.Locale.ROOT, "%d MB (%d %% live)", figures[0] / 1_000_000, figures[1]);
    }

    /** Writes what the store holds in memory to its file now (it otherwise does so about once a second). */
    public void commit() {
        if (fence != null) {
            fence.commit();
        }
    }

    /**
     * Returns once every write acknowledged to any client before this call is on disk: the file store commits in the
     * background about once a second, so without this an answer the application has thanked someone for could be
     * lost by a crash. One commit and one fsync cover every caller waiting meanwhile (group commit): a caller whose
     * writes a commit that started after its call already covers returns at once.
     */
    public void makeDurable() {
        if (fence == null) {
            return;
        }
        long mine = durableRequests.incrementAndGet();
        synchronized (durableMonitor) {
            if (durableUpTo >= mine) {
                return;
            }
            long upTo = durableRequests.get();
            fence.commitAndSync();
            durableUpTo = upTo;
        }
    }

    int port() {
        return address.getPort();
    }

    /** What the application's own driver presents to be served. */
    MongoCredential credential() {
        return secret.credential();
    }

    @Override
    public void close() {
        log.info("Store: stopping the embedded server ({})", description);
        serverChannel.close().syncUninterruptibly();
        clients.close().syncUninterruptibly();
        bossGroup.shutdownGracefully(0, 5, TimeUnit.SECONDS).syncUninterruptibly();
        workerGroup.shutdownGracefully(0, 5, TimeUnit.SECONDS).syncUninterruptibly();
        if (fence != null) {
            fence.close();
        }
        backend.close();
    }
}
