package app.symetrie.action;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What an action may link to, labelled in the viewer's language: targets by kind (the barometer's current pain
 * points, dimensions and tools), courses of the training catalog, and ambassador coaching topics.
 */
public record ActionCatalog(Map<TargetKind, List<Choice>> targets, List<Choice> courses, List<Choice> topics) {

    public String targetLabel(Target target) {
        return find(targets.getOrDefault(target.kind(), List.of()), target.code()).orElse(target.code());
    }

    public String courseLabel(String id) {
        return find(courses, id).orElse(id);
    }

    public String topicLabel(String code) {
        return find(topics, code).orElse(code);
    }

    private static Optional<String> find(List<Choice> choices, String code) {
        return choices.stream().filter(c -> c.code().equals(code)).map(Choice::label).findFirst();
    }
}
