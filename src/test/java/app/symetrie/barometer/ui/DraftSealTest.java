package app.symetrie.barometer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class DraftSealTest {

    private static final String CAMILLE = "employe@demo.symetrie.fr";
    private static final String HUGO = "ambassadeur@demo.symetrie.fr";
    private static final String WAVE = "wave-7";
    private static final String DRAFT = "s:equipment.fit=4;t:" + Base64.getUrlEncoder()
            .encodeToString("Le VPN coupe souvent, été comme hiver".getBytes(java.nio.charset.StandardCharsets.UTF_8));

    @Test
    void the_owner_opens_what_they_sealed_in_the_same_session() {
        DraftSeal seal = DraftSeal.newFor(CAMILLE);
        assertThat(seal.open(WAVE, seal.seal(WAVE, DRAFT))).contains(DRAFT);
        assertThat(seal.open(WAVE, seal.seal(WAVE, ""))).contains("");
    }

    @Test
    void the_browser_gets_neither_the_draft_nor_the_person_in_clear() {
        DraftSeal seal = DraftSeal.newFor(CAMILLE);
        String blob = seal.seal(WAVE, DRAFT);
        assertThat(blob).doesNotContain("s:", "equipment", "VPN", DRAFT.substring(20, 40));
        assertThat(seal.seal(WAVE, DRAFT)).as("a fresh nonce every time").isNotEqualTo(blob);
        String slot = seal.slot(WAVE);
        assertThat(slot).startsWith(DraftSeal.SLOT_PREFIX).doesNotContain("employe", "demo", WAVE);
        assertThat(slot).as("stable within the session").isEqualTo(seal.slot(WAVE));
        assertThat(seal.toString()).doesNotContain(CAMILLE);
    }

    @Test
    void another_person_on_the_same_browser_cannot_open_the_draft_nor_find_it() {
        DraftSeal camille = DraftSeal.newFor(CAMILLE);
        DraftSeal hugo = DraftSeal.newFor(HUGO);
        String blob = camille.seal(WAVE, DRAFT);
        assertThat(hugo.open(WAVE, blob)).isEmpty();
        assertThat(hugo.slot(WAVE)).isNotEqualTo(camille.slot(WAVE));
    }

    @Test
    void a_later_session_of_the_same_person_cannot_open_it_either() {
        String blob = DraftSeal.newFor(CAMILLE).seal(WAVE, DRAFT);
        DraftSeal nextSession = DraftSeal.newFor(CAMILLE);
        assertThat(nextSession.open(WAVE, blob)).isEmpty();
    }

    @Test
    void someone_signing_in_over_a_session_left_open_gets_keys_of_their_own() {
        DraftSeal camille = DraftSeal.keepOrReplace(null, CAMILLE);
        assertThat(DraftSeal.keepOrReplace(camille, CAMILLE)).as("the owner keeps theirs").isSameAs(camille);
        DraftSeal hugo = DraftSeal.keepOrReplace(camille, HUGO);
        assertThat(hugo).isNotSameAs(camille);
        assertThat(hugo.open(WAVE, camille.seal(WAVE, DRAFT))).isEmpty();
    }

    @Test
    void a_blob_moved_to_another_wave_does_not_open() {
        DraftSeal seal = DraftSeal.newFor(CAMILLE);
        assertThat(seal.open("wave-8", seal.seal(WAVE, DRAFT))).isEmpty();
    }

    @Test
    void a_tampered_truncated_or_foreign_blob_is_rejected() {
        DraftSeal seal = DraftSeal.newFor(CAMILLE);
        String blob = seal.seal(WAVE, DRAFT);
        byte[] bytes = Base64.getUrlDecoder().decode(blob.substring(2));
        for (int i : new int[] {0, 11, 12, bytes.length / 2, bytes.length - 1}) {
            byte[] flipped = bytes.clone();
            flipped[i] ^= 0x01;
            String tampered = "1." + Base64.getUrlEncoder().withoutPadding().encodeToString(flipped);
            assertThat(seal.open(WAVE, tampered)).as("bit flipped at %d", i).isEmpty();
        }
        assertThat(seal.open(WAVE, blob.substring(0, blob.length() - 4))).as("truncated").isEmpty();
        assertThat(seal.open(WAVE, "1.AAAA")).as("too short").isEmpty();
        assertThat(seal.open(WAVE, "2." + blob.substring(2))).as("unknown version").isEmpty();
        assertThat(seal.open(WAVE, DRAFT)).as("an unsealed draft of an earlier version").isEmpty();
        assertThat(seal.open(WAVE, "1.%%%not base64")).isEmpty();
        assertThat(seal.open(WAVE, "1." + "A".repeat(70_000))).as("far too long").isEmpty();
        assertThat(seal.open(WAVE, "")).isEmpty();
        assertThat(seal.open(WAVE, null)).isEmpty();
    }
}
