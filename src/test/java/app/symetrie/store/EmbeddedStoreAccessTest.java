package app.symetrie.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.mongodb.MongoCommandException;
import com.mongodb.MongoException;
import com.mongodb.MongoSecurityException;
import com.mongodb.client.MongoClient;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import java.util.Optional;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonString;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.bson.codecs.BsonDocumentCodec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The embedded server listens on loopback only and serves nobody but the application: a client without the store's
 * secret — the official driver with no or a wrong credential, or a raw socket — gets no data and is disconnected.
 */
class EmbeddedStoreAccessTest {

    private static final String SHARED_SECRET = "a-secret-shared-by-configuration-0123456789";

    private EmbeddedMongo server;

    @BeforeEach
    void start() {
        server = EmbeddedMongo.start(EmbeddedStoreProperties.privateStore(null, true));
        try (MongoClient own = StoreClients.ownClient(server)) {
            own.getDatabase("symetrie").getCollection("employees")
                    .insertOne(new Document("name", "Camille Martin").append("email", "camille@example.com"));
        }
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void the_applications_own_client_is_served() {
        try (MongoClient own = StoreClients.ownClient(server)) {
            Document found = own.getDatabase("symetrie").getCollection("employees").find().first();
            assertThat(found).isNotNull();
            assertThat(found.getString("name")).isEqualTo("Camille Martin");
        }
    }

    @Test
    void it_listens_on_loopback_only() {
        assertThat(server.connectionString()).startsWith("mongodb://127.0.0.1:");
        Optional<InetAddress> elsewhere = nonLoopbackAddress();
        assumeTrue(elsewhere.isPresent(), "this machine has no non-loopback IPv4 address to try");
        try (Socket socket = new Socket()) {
            assertThatThrownBy(() -> socket.connect(new InetSocketAddress(elsewhere.get(), server.port()), 2000))
                    .isInstanceOf(ConnectException.class);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void a_driver_without_credentials_reads_nothing_and_is_disconnected() {
        try (MongoClient stranger = StoreClients.client(server.connectionString())) {
            assertThatThrownBy(() -> stranger.getDatabase("symetrie").getCollection("employees").find().first())
                    .isInstanceOfSatisfying(MongoCommandException.class,
                            e -> assertThat(e.getErrorCode()).isEqualTo(13));
            assertThatThrownBy(() -> stranger.listDatabaseNames().first()).isInstanceOf(MongoException.class);
        }
    }

    @Test
    void a_driver_with_a_wrong_secret_is_refused() {
        String uri = "mongodb://" + StoreSecret.USER + ":not-the-secret-0123456789abcdef0123456789@127.0.0.1:"
                + server.port() + "/symetrie";
        try (MongoClient stranger = StoreClients.client(uri)) {
            assertThatThrownBy(() -> stranger.getDatabase("symetrie").getCollection("employees").find().first())
                    .isInstanceOf(MongoSecurityException.class);
        }
    }

    @Test
    void a_raw_connection_gets_an_error_then_is_closed() throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(5000);
            send(socket.getOutputStream(), new BsonDocument("find", new BsonString("employees"))
                    .append("$db", new BsonString("symetrie")));
            BsonDocument reply = receive(socket.getInputStream());
            assertThat(reply.getNumber("ok").doubleValue()).isZero();
            assertThat(reply.getInt32("code").getValue()).isEqualTo(13);
            assertThat(reply.toJson()).doesNotContain("Camille");
            assertThat(socket.getInputStream().read()).as("connection closed by the server").isEqualTo(-1);
        } catch (SocketException connectionReset) {
            // closed by the server: refused as well
        }
    }

    /** A legacy OP_QUERY whose first key is a real command and whose {@code $query} holds a harmless handshake. */
    @Test
    void a_command_disguised_behind_a_handshake_is_refused_and_writes_nothing() throws IOException {
        BsonDocument find = new BsonDocument("find", new BsonString("employees"))
                .append("$query", new BsonDocument("isMaster", new BsonInt32(1)));
        BsonDocument insert = new BsonDocument("insert", new BsonString("employees"))
                .append("documents", new org.bson.BsonArray(List.of(new BsonDocument("name", new BsonString("Mallory")))))
                .append("$query", new BsonDocument("isMaster", new BsonInt32(1)));
        for (BsonDocument disguised : List.of(find, insert)) {
            try (Socket socket = new Socket("127.0.0.1", server.port())) {
                socket.setSoTimeout(5000);
                sendLegacyQuery(socket.getOutputStream(), "symetrie.$cmd", disguised);
                BsonDocument reply = receiveLegacyReply(socket.getInputStream());
                assertThat(reply.toJson()).doesNotContain("Camille");
                assertThat(reply.getNumber("ok").doubleValue()).isZero();
            } catch (SocketException connectionReset) {
                // closed by the server: refused as well
            }
        }
        try (MongoClient own = StoreClients.ownClient(server)) {
            assertThat(own.getDatabase("symetrie").getCollection("employees")
                    .countDocuments(new Document("name", "Mallory"))).as("nothing written").isZero();
        }
    }

    /** One OP_QUERY (opcode 2004), the legacy way of sending a command. */
    private static void sendLegacyQuery(OutputStream out, String namespace, BsonDocument query) throws IOException {
        ByteBuffer body = new RawBsonDocument(query, new BsonDocumentCodec()).getByteBuffer().asNIO();
        byte[] bson = new byte[body.remaining()];
        body.get(bson);
        byte[] ns = (namespace + "\0").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        ByteBuffer message = ByteBuffer.allocate(16 + 4 + ns.length + 8 + bson.length).order(ByteOrder.LITTLE_ENDIAN);
        message.putInt(message.capacity()).putInt(7).putInt(0).putInt(2004).putInt(0).put(ns).putInt(0).putInt(-1)
                .put(bson);
        out.write(message.array());
        out.flush();
    }

    private static BsonDocument receiveLegacyReply(InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(in);
        byte[] lengthBytes = new byte[4];
        data.readFully(lengthBytes);
        int length = ByteBuffer.wrap(lengthBytes).order(ByteOrder.LITTLE_ENDIAN).getInt();
        byte[] rest = new byte[length - 4];
        data.readFully(rest);
        ByteBuffer message = ByteBuffer.wrap(rest).order(ByteOrder.LITTLE_ENDIAN);
        message.position(12 + 4 + 8 + 4 + 4); // rest of the header, flags, cursor id, starting from, number returned
        byte[] bson = new byte[message.remaining()];
        message.get(bson);
        return new RawBsonDocument(bson).decode(new BsonDocumentCodec());
    }

    @Test
    void the_handshake_alone_is_answered_to_anyone() throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(5000);
            send(socket.getOutputStream(), new BsonDocument("isMaster", new BsonInt32(1))
                    .append("$db", new BsonString("admin")));
            BsonDocument reply = receive(socket.getInputStream());
            assertThat(reply.containsKey("maxWireVersion")).isTrue();
        }
    }

    @Test
    void an_exposed_store_serves_other_instances_that_present_the_shared_secret() {
        try (EmbeddedMongo shared = EmbeddedMongo.start(
                new EmbeddedStoreProperties(null, true, "127.0.0.1", 0, true, SHARED_SECRET))) {
            String base = "mongodb://" + StoreSecret.USER + ":" + SHARED_SECRET + "@127.0.0.1:" + shared.port();
            // No mechanism named: the driver negotiates SCRAM-SHA-256 from the handshake.
            try (MongoClient other = StoreClients.client(base + "/symetrie")) {
                other.getDatabase("symetrie").getCollection("probe").insertOne(new Document("n", 1));
            }
            try (MongoClient other = StoreClients.client(base + "/symetrie?authSource=admin&authMechanism=SCRAM-SHA-256")) {
                assertThat(other.getDatabase("symetrie").getCollection("probe").countDocuments()).isEqualTo(1);
            }
            try (MongoClient sha1 = StoreClients.client(base + "/symetrie?authMechanism=SCRAM-SHA-1")) {
                assertThatThrownBy(() -> sha1.getDatabase("symetrie").getCollection("probe").countDocuments())
                        .isInstanceOf(MongoSecurityException.class);
            }
            try (MongoClient stranger = StoreClients.client("mongodb://127.0.0.1:" + shared.port())) {
                assertThatThrownBy(() -> stranger.getDatabase("symetrie").getCollection("probe").countDocuments())
                        .isInstanceOf(MongoCommandException.class);
            }
        }
    }

    @Test
    void sharing_needs_a_long_enough_secret_and_beyond_loopback_needs_sharing() {
        assertThatThrownBy(() -> EmbeddedMongo.start(new EmbeddedStoreProperties(null, true, null, 0, true, null)))
                .hasMessageContaining("symetrie.store.embedded.secret");
        assertThatThrownBy(() -> EmbeddedMongo.start(new EmbeddedStoreProperties(null, true, null, 0, true, "short")))
                .hasMessageContaining("at least 32");
        assertThatThrownBy(() -> EmbeddedMongo.start(new EmbeddedStoreProperties(null, true, "0.0.0.0", 0, false,
                null))).hasMessageContaining("loopback");
    }

    private static Optional<InetAddress> nonLoopbackAddress() {
        try {
            return NetworkInterface.networkInterfaces()
                    .filter(nic -> {
                        try {
                            return nic.isUp() && !nic.isLoopback();
                        } catch (SocketException e) {
                            return false;
                        }
                    })
                    .flatMap(NetworkInterface::inetAddresses)
                    .filter(address -> address instanceof Inet4Address && !address.isLoopbackAddress())
                    .findFirst();
        } catch (SocketException e) {
            return Optional.empty();
        }
    }

    /** One OP_MSG (opcode 2013) with a single body section. */
    private static void send(OutputStream out, BsonDocument command) throws IOException {
        ByteBuffer body = new RawBsonDocument(command, new BsonDocumentCodec()).getByteBuffer().asNIO();
        byte[] bson = new byte[body.remaining()];
        body.get(bson);
        ByteBuffer message = ByteBuffer.allocate(16 + 4 + 1 + bson.length).order(ByteOrder.LITTLE_ENDIAN);
        message.putInt(message.capacity()).putInt(1).putInt(0).putInt(2013).putInt(0).put((byte) 0).put(bson);
        out.write(message.array());
        out.flush();
    }

    private static BsonDocument receive(InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(in);
        byte[] lengthBytes = new byte[4];
        data.readFully(lengthBytes);
        int length = ByteBuffer.wrap(lengthBytes).order(ByteOrder.LITTLE_ENDIAN).getInt();
        byte[] rest = new byte[length - 4];
        data.readFully(rest);
        ByteBuffer message = ByteBuffer.wrap(rest).order(ByteOrder.LITTLE_ENDIAN);
        message.position(12 + 4 + 1); // rest of the header, flag bits, section kind
        byte[] bson = new byte[message.remaining()];
        message.get(bson);
        return new RawBsonDocument(bson).decode(new BsonDocumentCodec());
    }
}
