package app.symetrie.store;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.jspecify.annotations.Nullable;

/**
 * The server side of one SCRAM-SHA-256 exchange (RFC 5802), as MongoDB drivers run it through {@code saslStart} and
 * {@code saslContinue}: client-first, server-first, client-final (with the proof), server-final (with the server's
 * signature). No channel binding, no authorization identity, one user.
 */
final class ScramConversation {

    /** The exchange failed: the client does not know the secret, or does not speak the protocol. */
    static final class Refused extends Exception {
        Refused(String reason) {
            super(reason, null, false, false);
        }
    }

    private final StoreSecret secret;
    private @Nullable String gs2Header;
    private @Nullable String clientFirstBare;
    private @Nullable String serverFirst;
    private @Nullable String nonce;

    ScramConversation(StoreSecret secret) {
        this.secret = secret;
    }

    /** Answers the client-first message ({@code n,,n=user,r=nonce}) with the server-first one. */
    String start(String clientFirst) throws Refused {
        if (serverFirst != null) {
            throw new Refused("conversation already started");
        }
        if (!clientFirst.startsWith("n,,") && !clientFirst.startsWith("y,,")) {
            throw new Refused("channel binding or an authorization identity was asked for");
        }
        String header = clientFirst.substring(0, 3);
        String bare = clientFirst.substring(3);
        String[] attributes = bare.split(",", -1);
        if (attributes.length < 2 || !attributes[0].startsWith("n=") || !attributes[1].startsWith("r=")
                || attributes[1].length() == 2) {
            throw new Refused("malformed client-first message");
        }
        String user = attributes[0].substring(2).replace("=2C", ",").replace("=3D", "=");
        if (!StoreSecret.USER.equals(user)) {
            throw new Refused("unknown user");
        }
        String serverNonce = attributes[1].substring(2)
                + Base64.getEncoder().withoutPadding().encodeToString(StoreSecret.randomBytes(18));
        this.gs2Header = header;
        this.clientFirstBare = bare;
        this.nonce = serverNonce;
        this.serverFirst = "r=" + serverNonce + ",s=" + secret.saltBase64() + ",i=" + StoreSecret.ITERATIONS;
        return serverFirst;
    }

    /** Checks the client-final message's proof; answers with the server-final message ({@code v=signature}). */
    String finish(String clientFinal) throws Refused {
        if (serverFirst == null || gs2Header == null || clientFirstBare == null || nonce == null) {
            throw new Refused("conversation not started");
        }
        int proofAt = clientFinal.lastIndexOf(",p=");
        if (proofAt < 0) {
            throw new Refused("no proof");
        }
        String withoutProof = clientFinal.substring(0, proofAt);
        String[] attributes = withoutProof.split(",", -1);
        String channelBinding = "c=" + Base64.getEncoder().encodeToString(gs2Header.getBytes(StandardCharsets.UTF_8));
        if (attributes.length < 2 || !channelBinding.equals(attributes[0]) || !("r=" + nonce).equals(attributes[1])) {
            throw new Refused("channel binding or nonce mismatch");
        }
        byte[] proof;
        try {
            proof = Base64.getDecoder().decode(clientFinal.substring(proofAt + 3));
        } catch (IllegalArgumentException e) {
            throw new Refused("malformed proof");
        }
        String authMessage = clientFirstBare + "," + serverFirst + "," + withoutProof;
        if (!secret.acceptsProof(proof, authMessage)) {
            throw new Refused("wrong secret");
        }
        serverFirst = null; // one use
        return "v=" + Base64.getEncoder().encodeToString(secret.serverSignature(authMessage));
    }
}
