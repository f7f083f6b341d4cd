package app.symetrie.action;

import app.symetrie.organization.DepartmentId;
import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * A section another module adds to the "You said, we did" page of a department, between its results and its actions:
 * the place of the Satisfaction Map (issue 13 §1, the {@code map} module — management's view beside the employees'
 * once published). A Spring bean; the page shows whatever sections exist, in their order, and nothing in their place
 * when there are none.
 */
public interface YouSaidWeDidSection {

    default int order() {
        return 0;
    }

    /** A new component for this department's page, in the current UI's language; empty when there is nothing to show. */
    Optional<Component> section(DepartmentId department);
}
