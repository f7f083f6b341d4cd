package app.symetrie.barometer.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Where a released wave's comments are: their ids per department, written by the release after the comments
 * themselves, so that a board reads its subtree's comments by {@code _id} — on the embedded server, which uses no
 * secondary index, a query on a comment's wave and department reads every comment ever released. It says nothing the
 * comments do not: each comment already names its wave and department, and the ids are sorted (keyed hashes: a random
 * order, not the order they were written in).
 *
 * @param waveId the wave's id, which is this document's
 * @param shelves one per department that received comments ({@code null} for comments released without one)
 */
@Document("comment_shelves")
public record CommentShelfDocument(@Id String waveId, List<Shelf> shelves) {

    /** The ids of the comments released under one department. */
    public record Shelf(@Nullable String departmentId, List<String> commentIds) {
    }
}
