package app.symetrie.barometer;

import app.symetrie.barometer.internal.BallotSeal;
import org.springframework.stereotype.Component;

/**
 * Seals a short answer of another module (an action check-in) under the ballot key, the way the ballot box seals a
 * ballot: AES-256-GCM, padded to one length, bound to its box and its own id, so that a copy of the store shows
 * neither the answer nor which box a sealed answer could be moved to. The key stays outside the store
 * (docs/ANONYMITY.md); boxes are prefixed so that a sealed answer never opens as a wave's ballot.
 */
@Component
public class SealedAnswers {

    private final BallotSeal seal;

    SealedAnswers(BallotSeal seal) {
        this.seal = seal;
    }

    public byte[] seal(String box, String id, String plain) {
        return seal.seal("sealed:" + box, id, plain);
    }

    /** @throws IllegalStateException when sealed under another key, box or id, or altered */
    public String open(String box, String id, byte[] sealed) {
        return seal.open("sealed:" + box, id, sealed);
    }
}
