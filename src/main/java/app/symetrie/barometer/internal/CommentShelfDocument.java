package app.symetrie.barometer.internal;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
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

    /**
     * The shelf of {@code waveId} with {@code comments} added to {@code before} (null: none yet), ids sorted per
     * department; a comment already shelved keeps its first department.
     */
    public static CommentShelfDocument adding(String waveId, @Nullable CommentShelfDocument before,
                                              List<CommentDocument> comments) {
        Map<@Nullable String, SortedSet<String>> byDepartment = new LinkedHashMap<>();
        Set<String> shelved = new HashSet<>();
        if (before != null) {
            for (Shelf shelf : before.shelves()) {
                byDepartment.computeIfAbsent(shelf.departmentId(), d -> new TreeSet<>()).addAll(shelf.commentIds());
                shelved.addAll(shelf.commentIds());
            }
        }
        for (CommentDocument comment : comments) {
            if (shelved.add(comment.id())) {
                byDepartment.computeIfAbsent(comment.departmentId(), d -> new TreeSet<>()).add(comment.id());
            }
        }
        return new CommentShelfDocument(waveId, byDepartment.entrySet().stream()
                .map(e -> new Shelf(e.getKey(), List.copyOf(e.getValue()))).toList());
    }
}
