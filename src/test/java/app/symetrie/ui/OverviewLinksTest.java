package app.symetrie.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.symetrie.board.ui.CompanyOverviewView;
import app.symetrie.test.WithDemoCompany;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

/** The overview never dead-ends: each heatmap row and each alert about a department links to that department's board. */
@WithDemoCompany
class OverviewLinksTest extends SpringBrowserlessTest {

    @Test
    @WithUserDetails(value = "lead@demo.symetrie.fr", setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void heatmap_rows_and_alerts_link_to_the_department_board() {
        UI.getCurrent().setLocale(Locale.FRENCH);
        navigate(CompanyOverviewView.class);
        @SuppressWarnings("unchecked")
        Grid<Object> heatmap = find(Grid.class).withId("heatmap").single();
        List<Anchor> rows = new ArrayList<>();
        for (int row = 0; row < test(heatmap).size(); row++) {
            rows.add(find(Anchor.class).withClassName("department-link").from(test(heatmap).getCellComponent(row, 0))
                    .single());
        }
        assertThat(rows).isNotEmpty().allSatisfy(a -> assertThat(a.getHref()).startsWith("board/"));
        assertThat(rows).extracting(Anchor::getText).contains("Comptabilité");

        UnorderedList alerts = find(UnorderedList.class).withId("alerts").single();
        List<ListItem> items = find(ListItem.class).from(alerts).all();
        assertThat(items).isNotEmpty();
        assertThat(find(Anchor.class).from(alerts).all()).as("alerts naming a department lead to its board")
                .isNotEmpty().allSatisfy(a -> assertThat(a.getHref()).startsWith("board/"));
    }
}
