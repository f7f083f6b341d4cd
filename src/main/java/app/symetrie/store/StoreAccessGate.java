package app.symetrie.store;

import de.bwaldvogel.mongo.bson.BinData;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.message.ClientRequest;
import de.bwaldvogel.mongo.wire.message.MessageHeader;
import de.bwaldvogel.mongo.wire.message.MongoMessage;
import de.bwaldvogel.mongo.wire.message.MongoQuery;
import de.bwaldvogel.mongo.wire.message.MongoReply;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import io.netty.util.ReferenceCountUtil;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sits in each connection's pipeline of the embedded server, between the wire decoder and the database: until the
 * client has proved it knows the store's secret (SCRAM-SHA-256 through {@code saslStart}/{@code saslContinue}, which
 * the official driver runs by itself when given a credential), it lets through only the handshake
 * ({@code isMaster}/{@code hello}, which reveals no data) and closes the connection on anything else or on a failed
 * proof. The driver's monitoring connections never authenticate and only ever send the handshake.
 *
 * <p>One instance per connection; Netty calls it on the connection's event loop only.
 */
final class StoreAccessGate extends ChannelDuplexHandler {

    /** One warning a minute at most: a local process hammering the port must not flood the log. */
    private static final long WARNING_INTERVAL_NANOS = java.util.concurrent.TimeUnit.MINUTES.toNanos(1);
    private static final java.util.concurrent.atomic.AtomicLong LAST_WARNING =
            new java.util.concurrent.atomic.AtomicLong(System.nanoTime() - WARNING_INTERVAL_NANOS - 1);

    private static final Logger log = LoggerFactory.getLogger(StoreAccessGate.class);
    private static final int UNAUTHORIZED = 13;
    private static final int AUTHENTICATION_FAILED = 18;
    private static final int CONVERSATION_ID = 1;

    private final StoreSecret secret;
    private final Set<Integer> handshakesAskingMechanisms = new HashSet<>();
    private @Nullable ScramConversation conversation;
    private boolean authenticated;
    private int replyIds;

    StoreAccessGate(StoreSecret secret) {
        this.secret = secret;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (authenticated) {
            ctx.fireChannelRead(msg);
            return;
        }
        if (!(msg instanceof ClientRequest request)) {
            ReferenceCountUtil.release(msg);
            ctx.close();
            return;
        }
        Document command = commandOf(request);
        if (command == null || command.isEmpty()) {
            refuse(ctx, request, UNAUTHORIZED, "Unauthorized", "The embedded store requires authentication");
            return;
        }
        String name = command.keySet().iterator().next();
        switch (name.toLowerCase(Locale.ROOT)) {
            case "ismaster", "hello" -> {
                if (command.containsKey("saslSupportedMechs")) {
                    // A driver given no mechanism asks which ones the user has; without an answer it would try SHA-1.
                    handshakesAskingMechanisms.add(request.getHeader().getRequestID());
                }
                ctx.fireChannelRead(msg);
            }
            case "saslstart" -> saslStart(ctx, request, command);
            case "saslcontinue" -> saslContinue(ctx, request, command);
            default -> refuse(ctx, request, UNAUTHORIZED, "Unauthorized",
                    "The embedded store requires authentication before '" + name + "'");
        }
    }

    @Override
    public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
        if (!handshakesAskingMechanisms.isEmpty()) {
            if (msg instanceof MongoReply reply && handshakesAskingMechanisms.remove(reply.getHeader().getResponseTo())
                    && !reply.getDocuments().isEmpty()) {
                reply.getDocuments().getFirst().put("saslSupportedMechs", List.of(StoreSecret.MECHANISM));
            } else if (msg instanceof MongoMessage reply
                    && handshakesAskingMechanisms.remove(reply.getHeader().getResponseTo())) {
                reply.getDocument().put("saslSupportedMechs", List.of(StoreSecret.MECHANISM));
            }
        }
        ctx.write(msg, promise);
    }

    private void saslStart(ChannelHandlerContext ctx, ClientRequest request, Document command) {
        if (!StoreSecret.MECHANISM.equals(command.get("mechanism"))) {
            refuse(ctx, request, AUTHENTICATION_FAILED, "AuthenticationFailed", "The embedded store accepts "
                    + StoreSecret.MECHANISM + " only (authMechanism=" + StoreSecret.MECHANISM + ")");
            return;
        }
        try {
            ScramConversation started = new ScramConversation(secret);
            String serverFirst = started.start(payloadOf(command));
            conversation = started;
            answer(ctx, request, new Document("conversationId", CONVERSATION_ID).append("done", false)
                    .append("payload", new BinData(serverFirst.getBytes(StandardCharsets.UTF_8))).append("ok", 1.0));
        } catch (ScramConversation.Refused e) {
            refuseAuthentication(ctx, request, e);
        }
    }

    private void saslContinue(ChannelHandlerContext ctx, ClientRequest request, Document command) {
        ScramConversation current = conversation;
        if (current == null || !(command.get("conversationId") instanceof Number id) || id.intValue() != CONVERSATION_ID) {
            refuse(ctx, request, AUTHENTICATION_FAILED, "AuthenticationFailed", "No such SASL conversation");
            return;
        }
        try {
            String serverFinal = current.finish(payloadOf(command));
            conversation = null;
            authenticated = true;
            answer(ctx, request, new Document("conversationId", CONVERSATION_ID).append("done", true)
                    .append("payload", new BinData(serverFinal.getBytes(StandardCharsets.UTF_8))).append("ok", 1.0));
        } catch (ScramConversation.Refused e) {
            refuseAuthentication(ctx, request, e);
        }
    }

    private void refuseAuthentication(ChannelHandlerContext ctx, ClientRequest request, ScramConversation.Refused e) {
        log.debug("Store: authentication refused ({})", e.getMessage());
        refuse(ctx, request, AUTHENTICATION_FAILED, "AuthenticationFailed", "Authentication failed.");
    }

    /** Answers with an error, then closes the connection. */
    private void refuse(ChannelHandlerContext ctx, ClientRequest request, int code, String codeName, String message) {
        long now = System.nanoTime();
        long last = LAST_WARNING.get();
        if (now - last > WARNING_INTERVAL_NANOS && LAST_WARNING.compareAndSet(last, now)) {
            log.warn("Store: refused a connection from {} to the embedded server ({}); further refusals within a "
                    + "minute are logged at debug level", ctx.channel().remoteAddress(), codeName);
        } else {
            log.debug("Store: refused a connection from {} ({})", ctx.channel().remoteAddress(), codeName);
        }
        Document error = new Document("ok", 0.0).append("errmsg", message).append("code", code)
                .append("codeName", codeName);
        ctx.writeAndFlush(replyTo(ctx, request, error)).addListener(ChannelFutureListener.CLOSE);
    }

    private void answer(ChannelHandlerContext ctx, ClientRequest request, Document document) {
        ctx.writeAndFlush(replyTo(ctx, request, document));
    }

    private Object replyTo(ChannelHandlerContext ctx, ClientRequest request, Document document) {
        MessageHeader header = new MessageHeader(++replyIds, request.getHeader().getRequestID());
        return request instanceof MongoMessage
                ? new MongoMessage(ctx.channel(), header, document)
                : new MongoReply(header, document);
    }

    private static @Nullable Document commandOf(ClientRequest request) {
        if (request instanceof MongoMessage message) {
            return message.getDocument();
        }
        if (request instanceof MongoQuery query && query.getCollectionName().equals("$cmd")) {
            // Read the command exactly as the server will: it unwraps $query only when it is the first key.
            Document document = query.getQuery();
            if (document.isEmpty()) {
                return document;
            }
            String first = document.keySet().iterator().next();
            return first.equals("$query") && document.get(first) instanceof Document wrapped ? wrapped : document;
        }
        return null;
    }

    private static String payloadOf(Document command) throws ScramConversation.Refused {
        if (command.get("payload") instanceof BinData payload) {
            return new String(payload.getData(), StandardCharsets.UTF_8);
        }
        throw new ScramConversation.Refused("no binary payload");
    }
}
