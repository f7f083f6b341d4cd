package app.symetrie.board;

import app.symetrie.barometer.Dimension;
import app.symetrie.barometer.Statement;
import app.symetrie.board.BoardRecords.Enps;
import app.symetrie.board.BoardRecords.Score;
import app.symetrie.board.internal.RollupView;
import org.jspecify.annotations.Nullable;

/** The scores boards show, computed from a rollup's counts, sums and sums of squares ({@link Statistics}). */
final class Scores {

    private Scores() {
    }

    /** A mean score with its Student's t margin. */
    static Score score(RollupView.Stats stats, int n) {
        return new Score(stats.mean(), Statistics.margin(stats.n(), stats.sum(), stats.sq()), n, null);
    }

    /** A dimension's score and its favourable share: the 4s and 5s among all answers to its statements. */
    static Score dimension(RollupView view, Dimension d) {
        RollupView.Stats stats = view.dimension(d.code());
        double answered = 0;
        double favourable = 0;
        for (Statement st : d.statements()) {
            answered += view.statement(st.code()).n();
            favourable += view.favourable(st.code());
        }
        return new Score(stats.mean(), Statistics.margin(stats.n(), stats.sum(), stats.sq()), view.n(),
                answered == 0 ? null : favourable / answered);
    }

    /** A statement's 1–5 answers on the 0–100 scale ((x − 1) / 4 × 100), with margin and favourable share. */
    static Score statement(RollupView view, Statement st) {
        RollupView.Stats raw = view.statement(st.code());
        double mean = raw.n() == 0 ? Double.NaN : (raw.mean() - 1) / 4 * 100;
        double margin = Statistics.margin(raw.n(), raw.sum(), raw.sq()) * 25;
        return new Score(mean, margin, (int) raw.n(), raw.n() == 0 ? null : view.favourable(st.code()) / raw.n());
    }

    static @Nullable Enps enps(RollupView view) {
        int promoters = (int) (view.recommend(9) + view.recommend(10));
        int passives = (int) (view.recommend(7) + view.recommend(8));
        int detractors = 0;
        for (int s = 0; s <= 6; s++) {
            detractors += (int) view.recommend(s);
        }
        Statistics.EnpsFigures figures = Statistics.enps(promoters, passives, detractors);
        return figures == null ? null : new Enps((int) Math.round(figures.value()), figures.margin(),
                promoters + passives + detractors, promoters, passives, detractors);
    }

    /** A group's mean against the company's, beyond noise ({@link Statistics#versus}). */
    static int versus(RollupView.Stats group, RollupView.Stats company) {
        return Statistics.versus(group.mean(), Statistics.margin(group.n(), group.sum(), group.sq()),
                company.mean());
    }

    /** The DCI ("dci") or a dimension's mean; null without answers. */
    static @Nullable Double measure(RollupView view, String code) {
        RollupView.Stats stats = code.equals("dci") ? view.dci() : view.dimension(code);
        return stats.n() == 0 ? null : stats.mean();
    }
}
