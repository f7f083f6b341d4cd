package app.symetrie.action;

import org.jspecify.annotations.Nullable;

/** What an employee proposes to their department's plan. Nothing about who proposed it is kept. */
public record Proposal(String title, String description, @Nullable Target target) {

    public Proposal {
        title = ActionDraft.requireTitle(title);
        description = ActionDraft.requireDescription(description);
    }
}
