package app.symetrie.board.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.bson.Document;
import org.junit.jupiter.api.Test;

class RollupViewTest {

    /** Two answers as RollupDelta stores them: statement "q.a" 2 and 5, tool "t.x" daily for one, pain "p.y". */
    private static Document stored() {
        return new Document("_id", "w|DEPARTMENT|d").append("waveId", "w").append("n", 2)
                .append("dci", new Document("n", 2).append("sum", 125.0).append("sq", 25.0 * 25 + 100.0 * 100))
                .append("d", new Document("dim~1", new Document("n", 2).append("sum", 125.0).append("sq", 10625.0)))
                .append("s", new Document("q~a", new Document("n", 2).append("sum", 7).append("sq", 29)
                        .append("fav", 1)))
                .append("t", new Document("t~x", new Document("answered", 2).append("users", 1).append("weekly", 1)
                        .append("daily", 1).append("cn", 1).append("csum", 4).append("csq", 16)))
                .append("p", new Document("p~y", 1))
                .append("r", new Document("3", 1).append("9", 1));
    }

    @Test
    void a_stored_rollup_is_mapped_to_its_figures_by_questionnaire_code() {
        RollupView view = new RollupView(stored());

        assertThat(view.n()).isEqualTo(2);
        assertThat(view.dci().mean()).isEqualTo(62.5);
        assertThat(view.dimension("dim.1").sq()).isEqualTo(10625.0);
        assertThat(view.statement("q.a").mean()).isEqualTo(3.5);
        assertThat(view.favourable("q.a")).isEqualTo(1);
        assertThat(view.toolWeekly("t.x")).isEqualTo(1);
        assertThat(view.toolComfort("t.x").mean()).isEqualTo(4);
        assertThat(view.pain("p.y")).isEqualTo(1);
        assertThat(view.recommend(9)).isEqualTo(1);
        assertThat(view.painCodes()).containsExactly("p.y");
        assertThat(view.toolCodes()).containsExactly("t.x");
    }

    @Test
    void an_absent_figure_reads_as_zero() {
        RollupView view = new RollupView(stored());

        assertThat(view.statement("q.none").n()).isZero();
        assertThat(view.pain("p.none")).isZero();
        assertThat(view.recommend(10)).isZero();
        assertThat(RollupView.empty().dci().mean()).isNaN();
    }

    @Test
    void the_stored_form_reads_back_the_same_figures() {
        RollupView view = new RollupView(stored());

        assertThat(new RollupView(view.toDocument())).isEqualTo(view);
        assertThat(new RollupView(view.summary().toDocument())).isEqualTo(view.summary());
        assertThat(view.summary().statements()).isEmpty();
        assertThat(view.summary().dci()).isEqualTo(view.dci());
    }

    @Test
    void a_sum_pools_counts_sums_and_squares() {
        RollupView one = new RollupView(stored());
        RollupView other = new RollupView(new Document("n", 1).append("dci", new Document("n", 1).append("sum", 50.0)
                .append("sq", 2500.0)).append("p", new Document("p~z", 1)).append("r", new Document("9", 1)));

        RollupView total = RollupView.sum(java.util.List.of(one, other));

        assertThat(total.n()).isEqualTo(3);
        assertThat(total.dci().sum()).isEqualTo(175.0);
        assertThat(total.dci().sq()).isEqualTo(25.0 * 25 + 100.0 * 100 + 2500.0);
        assertThat(total.pain("p.y")).isEqualTo(1);
        assertThat(total.pain("p.z")).isEqualTo(1);
        assertThat(total.recommend(9)).isEqualTo(2);
        assertThat(total.statement("q.a").n()).isEqualTo(2);
    }
}
