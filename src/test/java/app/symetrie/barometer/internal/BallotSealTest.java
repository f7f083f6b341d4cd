package app.symetrie.barometer.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.symetrie.barometer.AnswerForm;
import app.symetrie.barometer.Frequency;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BallotSealTest {

    static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);

    static final Map<String, Integer> RATINGS = Map.of("responsiveness", 1, "clarity", 5, "self_service", 3);

    private static Ballot ballot(String comment) {
        return new Ballot("compta", "team-1", 3, new AnswerForm(Map.of("equipment.pc", 4),
                Map.of("crm", new AnswerForm.ToolUse(Frequency.NEVER, null), "email",
                        new AnswerForm.ToolUse(Frequency.DAILY, 5)), Set.of("slow_support"), 9, comment)
                .withMoments(Map.of("arrival", 2, "remote_work", 5))
                // the most a person can rate: three support functions, every statement (ids as long as real ones)
                .withServices(Map.of("0123456789abcdefghijklmn", RATINGS, "1123456789abcdefghijklmn", RATINGS,
                        "2123456789abcdefghijklmn", RATINGS)));
    }

    @Test
    void a_sealed_ballot_opens_to_the_same_answer() {
        BallotSeal seal = new BallotSeal(KEY, Path.of("unused"));
        Ballot ballot = ballot("Le VPN décroche — souvent ✓");
        assertThat(Ballot.fromText(seal.open("wave-1", "b1", seal.seal("wave-1", "b1", ballot.toText()))))
                .isEqualTo(ballot);
    }

    @Test
    void every_ballot_has_the_same_length_whatever_its_comment() {
        BallotSeal seal = new BallotSeal(KEY, Path.of("unused"));
        int none = seal.seal("w", "b", ballot(null).toText()).length;
        int max = AnswerForm.COMMENT_MAX;
        java.util.List<String> comments = java.util.List.of("court", "é".repeat(max), "漢".repeat(max),
                "😀".repeat(max / 2), "\u200b".repeat(max), "e\u0301".repeat(max / 2), "\"\\<>&'".repeat(max / 6),
                "😀".repeat(max / 4) + "a".repeat(max / 2), "\u0000\u001f".repeat(max / 2));
        for (String comment : comments) {
            assertThat(comment.length()).isLessThanOrEqualTo(max);
            assertThat(seal.seal("w", "b", ballot(comment).toText())).as(comment.substring(0, 2)).hasSize(none);
            assertThat(Ballot.fromText(seal.open("w", "b", seal.seal("w", "b", ballot(comment).toText())))
                    .form().comment()).isEqualTo(comment);
        }
    }

    @Test
    void the_optional_blocks_do_not_change_a_ballots_length_either() {
        BallotSeal seal = new BallotSeal(KEY, Path.of("unused"));
        AnswerForm bare = new AnswerForm(Map.of("equipment.pc", 4), Map.of("email",
                new AnswerForm.ToolUse(Frequency.DAILY, 5)), Set.of(), null, null);
        Map<String, Integer> tenMoments = new java.util.HashMap<>();
        for (int i = 0; i < 10; i++) {
            tenMoments.put("moment_" + i + "_" + "x".repeat(60), 1 + i % 5);
        }
        AnswerForm everything = ballot("\u0000\u001f".repeat(AnswerForm.COMMENT_MAX / 2)).form()
                .withMoments(tenMoments);
        int bareLength = seal.seal("w", "b", new Ballot("compta", null, 3, bare).toText()).length;
        assertThat(seal.seal("w", "b", new Ballot("compta", "team-1", 3, everything).toText()))
                .as("a longest comment, ten journey moments and three support functions rated: still one size")
                .hasSize(bareLength);
    }

    @Test
    void a_ballot_of_another_wave_another_id_another_key_or_altered_does_not_open() {
        BallotSeal seal = new BallotSeal(KEY, Path.of("unused"));
        byte[] sealed = seal.seal("wave-1", "b1", ballot("x").toText());
        assertThatThrownBy(() -> seal.open("wave-2", "b1", sealed)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> seal.open("wave-1", "copy-of-b1", sealed)).as("a copy under another id")
                .isInstanceOf(IllegalStateException.class);
        byte[] other = new byte[32];
        other[0] = 1;
        BallotSeal otherKey = new BallotSeal(Base64.getEncoder().encodeToString(other), Path.of("unused"));
        assertThatThrownBy(() -> otherKey.open("wave-1", "b1", sealed)).isInstanceOf(IllegalStateException.class);
        sealed[40] ^= 1;
        assertThatThrownBy(() -> seal.open("wave-1", "b1", sealed)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void released_ids_are_stable_for_a_ballot_and_differ_between_ballots_and_keys() {
        BallotSeal seal = new BallotSeal(KEY, Path.of("unused"));
        assertThat(seal.releasedId("answer", "b1")).isEqualTo(seal.releasedId("answer", "b1"))
                .isNotEqualTo(seal.releasedId("answer", "b2")).isNotEqualTo(seal.releasedId("comment", "b1"))
                .hasSize(32).doesNotContain("b1");
        byte[] other = new byte[32];
        other[5] = 7;
        assertThat(new BallotSeal(Base64.getEncoder().encodeToString(other), Path.of("unused"))
                .releasedId("answer", "b1")).isNotEqualTo(seal.releasedId("answer", "b1"));
    }

    @Test
    void without_a_configured_key_a_private_key_file_is_created_once_and_reused(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("keys").resolve("ballot.key");
        BallotSeal first = new BallotSeal("", file);
        assertThat(file).exists();
        if (Files.getFileAttributeView(file, java.nio.file.attribute.PosixFileAttributeView.class) != null) {
            assertThat(Files.getPosixFilePermissions(file)).containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ,
                    PosixFilePermission.OWNER_WRITE);
            assertThat(Files.getPosixFilePermissions(file.getParent())).containsExactlyInAnyOrder(
                    PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE);
        }
        byte[] sealed = first.seal("w", "b", ballot("x").toText());
        assertThat(new BallotSeal("", file).open("w", "b", sealed)).isEqualTo(ballot("x").toText());
    }
}
