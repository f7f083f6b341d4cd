package app.symetrie.barometer.internal;

import app.symetrie.barometer.AnswerForm;
import app.symetrie.barometer.Frequency;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.Document;
import org.jspecify.annotations.Nullable;

/**
 * What a sealed ballot holds: the author's department and team as they were invited (needed to place the answer
 * once the wave closes), the questionnaire version, and the answer itself. Exists in clear only in memory.
 */
public record Ballot(String departmentId, @Nullable String teamId, int questionnaireVersion, AnswerForm form) {

    /** The plain text that gets sealed. */
    public String toText() {
        Document d = new Document("d", departmentId).append("t", teamId).append("v", questionnaireVersion);
        List<Document> scores = new ArrayList<>();
        form.scores().forEach((code, value) -> scores.add(new Document("c", code).append("v", value)));
        d.append("s", scores);
        List<Document> tools = new ArrayList<>();
        form.tools().forEach((code, use) -> tools.add(new Document("c", code).append("f", use.frequency().name())
                .append("v", use.comfort())));
        d.append("u", tools);
        d.append("p", new ArrayList<>(form.painPoints()));
        d.append("r", form.recommend());
        List<Document> moments = new ArrayList<>();
        form.moments().forEach((code, value) -> moments.add(new Document("c", code).append("v", value)));
        d.append("j", moments);
        // The comment as base64 of its UTF-8 bytes: its encoded length is then at most 4/3 × 3 bytes per character,
        // whatever the characters (JSON would escape some of them to 6 or 12 bytes), so every ballot pads to one size.
        d.append("m", form.comment() == null ? null
                : Base64.getEncoder().encodeToString(form.comment().getBytes(StandardCharsets.UTF_8)));
        List<Document> services = new ArrayList<>();
        form.services().forEach((function, ratings) -> services.add(new Document("f", function)
                .append("r", new Document(new java.util.TreeMap<String, Object>(ratings)))));
        d.append("sv", services);
        return d.toJson();
    }

    public static Ballot fromText(String text) {
        Document d = Document.parse(text);
        Map<String, Integer> scores = new HashMap<>();
        d.getList("s", Document.class).forEach(s -> scores.put(s.getString("c"), s.getInteger("v")));
        Map<String, AnswerForm.ToolUse> tools = new HashMap<>();
        d.getList("u", Document.class).forEach(u -> tools.put(u.getString("c"),
                new AnswerForm.ToolUse(Frequency.valueOf(u.getString("f")), u.getInteger("v"))));
        Set<String> pains = new HashSet<>(d.getList("p", String.class));
        Map<String, Integer> moments = new HashMap<>();
        d.getList("j", Document.class, List.of()).forEach(j -> moments.put(j.getString("c"), j.getInteger("v")));
        String comment = d.getString("m") == null ? null
                : new String(Base64.getDecoder().decode(d.getString("m")), StandardCharsets.UTF_8);
        Map<String, Map<String, Integer>> services = new HashMap<>();
        d.getList("sv", Document.class, List.of()).forEach(sv -> {
            Map<String, Integer> ratings = new HashMap<>();
            sv.get("r", Document.class).forEach((code, value) -> ratings.put(code, ((Number) value).intValue()));
            services.put(sv.getString("f"), ratings);
        });
        return new Ballot(d.getString("d"), d.getString("t"), d.getInteger("v"),
                new AnswerForm(scores, tools, pains, d.getInteger("r"), comment, moments, services));
    }
}
