package app.symetrie.organization.ui;

import app.symetrie.organization.DepartmentKind;
import com.vaadin.flow.component.html.Span;

/** "Support function" / "Front office", coloured the same way everywhere in the app. */
final class KindBadge extends Span {

    KindBadge(DepartmentKind kind) {
        setText(getTranslation("department.kind." + kind.name()));
        addClassName("kind-badge");
        getElement().getThemeList().add(kind == DepartmentKind.SUPPORT ? "support" : "front");
    }
}
