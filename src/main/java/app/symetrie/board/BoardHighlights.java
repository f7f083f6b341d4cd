package app.symetrie.board;

import app.symetrie.barometer.CampaignService;
import app.symetrie.barometer.DepartmentHighlights;
import app.symetrie.barometer.Wave;
import app.symetrie.board.internal.RollupView;
import app.symetrie.organization.DepartmentId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * What a department struggles with in the last closed wave, from its rollup only and only where the wave publishes
 * that department (the same anonymity decision as the boards): the tools its users are least comfortable with and
 * its most frequent pain points.
 */
@Component
class BoardHighlights implements DepartmentHighlights {

    private static final int TOP = 3;

    private final CampaignService campaigns;
    private final Publications publications;
    private final ClosedWaveFigures figures;

    BoardHighlights(CampaignService campaigns, Publications publications, ClosedWaveFigures figures) {
        this.campaigns = campaigns;
        this.publications = publications;
        this.figures = figures;
    }

    @Override
    public Optional<WeakSpots> lastClosedWave(DepartmentId department) {
        List<Wave> closed = campaigns.closedWaves();
        if (closed.isEmpty()) {
            return Optional.empty();
        }
        Wave wave = closed.getLast();
        if (!publications.of(wave).departments().contains(department.value())) {
            return Optional.empty();
        }
        RollupView view = figures.department(wave, department.value());
        if (view.n() == 0) {
            return Optional.empty();
        }
        ClosedWaveFigures.References references = figures.references(wave);
        List<String> tools = view.toolCodes().stream()
                .filter(code -> view.toolComfort(code).n() > 0
                        && references.showsToolComfort(code, department.value()))
                .sorted(Comparator.comparingDouble(code -> view.toolComfort(code).mean()))
                .limit(TOP).toList();
        List<String> topPains = view.painCodes().stream()
                .sorted(Comparator.comparingDouble(view::pain).reversed())
                .filter(code -> view.pain(code) > 0).limit(TOP).toList();
        return Optional.of(new WeakSpots(tools, topPains));
    }
}
