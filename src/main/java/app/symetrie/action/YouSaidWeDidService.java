package app.symetrie.action;

import app.symetrie.action.internal.ActionDocument;
import app.symetrie.action.internal.ActionRepository;
import app.symetrie.barometer.CampaignService;
import app.symetrie.barometer.Dimension;
import app.symetrie.barometer.QuestionnaireService;
import app.symetrie.barometer.Wave;
import app.symetrie.barometer.WaveId;
import app.symetrie.board.BoardRecords.DepartmentBoard;
import app.symetrie.board.BoardService;
import app.symetrie.organization.Department;
import app.symetrie.organization.DepartmentId;
import app.symetrie.security.CurrentUser;
import app.symetrie.security.SignedInUser;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Closing the loop with the people who answered: the "You said, we did" page (a department's published results next
 * to what was done about them) and, for a lead, participation wave after wave beside the actions taken between waves.
 * Results are read through the board's public service only, so a figure the board hides stays hidden here.
 */
@Service
public class YouSaidWeDidService {

    /** How many pain points the page lists (those reported by the most people). */
    static final int PAINS = 5;

    private final BoardService boards;
    private final ActionService actions;
    private final CheckInService checkIns;
    private final ActionRepository repository;
    private final CampaignService campaigns;
    private final QuestionnaireService questionnaires;

    YouSaidWeDidService(BoardService boards, ActionService actions, CheckInService checkIns,
                        ActionRepository repository, CampaignService campaigns,
                        QuestionnaireService questionnaires) {
        this.boards = boards;
        this.actions = actions;
        this.checkIns = checkIns;
        this.repository = repository;
        this.campaigns = campaigns;
        this.questionnaires = questionnaires;
    }

    /**
     * A department's page (null: the signed-in person's own, or the first they may read). Only a department whose board
     * the person may read.
     */
    @PreAuthorize("isAuthenticated()")
    public YouSaidWeDid page(@Nullable DepartmentId department, Locale locale) {
        SignedInUser user = CurrentUser.require();
        List<Department> readable = boards.readableDepartments().stream()
                .sorted(Comparator.comparing(Department::name, String.CASE_INSENSITIVE_ORDER)).toList();
        DepartmentId chosen = department != null ? department
                : user.departmentId() != null ? user.departmentId()
                : readable.isEmpty() ? null : readable.getFirst().id();
        List<Action> company = actions.plan(null).stream().filter(a -> a.status() != ActionStatus.PROPOSED).toList();
        if (chosen == null) {
            return new YouSaidWeDid(readable, null, "", null, List.of(), company, checkInsOf(company));
        }
        DepartmentId id = chosen;
        Department d = readable.stream().filter(r -> r.id().equals(id)).findFirst()
                .orElseThrow(() -> new AccessDeniedException("not a department this person may read"));
        YouSaidWeDid.Results results = boards.departmentBoard(id, null, locale).map(b -> results(b, locale))
                .orElse(null);
        List<Action> mine = actions.plan(id).stream().filter(a -> a.status() != ActionStatus.PROPOSED).toList();
        List<Action> all = new ArrayList<>(mine);
        all.addAll(company);
        return new YouSaidWeDid(readable, id, d.name(), results, mine, company, checkInsOf(all));
    }

    private Map<ActionId, CheckIn> checkInsOf(List<Action> list) {
        Map<ActionId, CheckIn> map = new LinkedHashMap<>();
        list.forEach(a -> map.put(a.id(), checkIns.checkIn(a.id())));
        return map;
    }

    private YouSaidWeDid.Results results(DepartmentBoard b, Locale locale) {
        if (!b.visible() || b.dci() == null) {
            return new YouSaidWeDid.Results(b.wave().opensOn(), b.wave().closesOn(), b.k(), false, 0, null, null,
                    List.of(), List.of());
        }
        Map<String, String> labels = questionnaires.current().dimensions().stream()
                .collect(Collectors.toMap(Dimension::code, x -> x.name().in(locale), (x, y) -> x));
        List<YouSaidWeDid.Line> dimensions = b.dimensions().entrySet().stream()
                .map(e -> new YouSaidWeDid.Line(e.getKey(), labels.getOrDefault(e.getKey(), e.getKey()),
                        new YouSaidWeDid.Score(e.getValue().value(), e.getValue().margin())))
                .sorted(Comparator.comparingDouble(l -> l.score().value())).toList();
        List<YouSaidWeDid.Pain> pains = b.pains().stream()
                .sorted(Comparator.comparingDouble((app.symetrie.board.BoardRecords.PainRow p) -> p.prevalence())
                        .reversed())
                .limit(PAINS)
                .map(p -> new YouSaidWeDid.Pain(p.code(), p.label(), p.prevalence(), p.previous())).toList();
        return new YouSaidWeDid.Results(b.wave().opensOn(), b.wave().closesOn(), b.k(), true, b.n(),
                b.participation(), new YouSaidWeDid.Score(b.dci().value(), b.dci().margin()), dimensions, pains);
    }

    /**
     * Participation at each closed wave beside the actions started between it and the wave before; the split between
     * departments that acted and the others is given only where each group holds at least k answers in both waves,
     * and where one of the two groups is made of departments whose counts the participation page already shows in
     * both waves. The split's two changes, with the invited counts and the overall rates, give each group's count of
     * answers: a group made of shown counts reveals nothing new (the other is the total minus it), where any other
     * group minus the counts shown could leave a department the page hides.
     */
    @PreAuthorize("hasRole('LEAD')")
    public ParticipationLoop participation() {
        List<Wave> waves = campaigns.closedWaves();
        List<ActionDocument> started = repository.findAll().stream()
                .filter(a -> a.status() != ActionStatus.PROPOSED && a.startOn() != null).toList();
        Map<WaveId, Set<String>> shown = new HashMap<>();
        waves.forEach(w -> shown.put(w.id(), campaigns.shownCounts(w)));
        return new ParticipationLoop(loop(waves, started, w -> shown.getOrDefault(w.id(), Set.of())));
    }

    /**
     * @param shownCounts the departments whose count of answers the participation page shows for a wave
     */
    static List<ParticipationLoop.WaveRow> loop(List<Wave> waves, List<ActionDocument> started,
                                                java.util.function.Function<Wave, Set<String>> shownCounts) {
        List<ParticipationLoop.WaveRow> rows = new ArrayList<>();
        for (int i = 0; i < waves.size(); i++) {
            Wave w = waves.get(i);
            Double rate = rate(w, w.invited().keySet());
            if (i == 0) {
                rows.add(new ParticipationLoop.WaveRow(w.opensOn(), rate, null, 0, 0, null, null));
                continue;
            }
            Wave before = waves.get(i - 1);
            LocalDate from = before.closesOn();
            List<ActionDocument> between = started.stream()
                    .filter(a -> a.startOn() != null && a.startOn().isAfter(from) && !a.startOn().isAfter(w.opensOn()))
                    .toList();
            Set<String> acted = between.stream().map(ActionDocument::departmentId)
                    .filter(java.util.Objects::nonNull).collect(Collectors.toSet());
            Set<String> all = new HashSet<>(w.invited().keySet());
            all.retainAll(before.invited().keySet());
            Set<String> actedHere = new HashSet<>(acted);
            actedHere.retainAll(all);
            Set<String> others = new HashSet<>(all);
            others.removeAll(actedHere);
            int k = Math.max(w.thresholds().k(), before.thresholds().k());
            Set<String> shownBoth = new HashSet<>(shownCounts.apply(w));
            shownBoth.retainAll(shownCounts.apply(before));
            boolean split = !actedHere.isEmpty() && !others.isEmpty()
                    && answered(w, actedHere) >= k && answered(before, actedHere) >= k
                    && answered(w, others) >= k && answered(before, others) >= k
                    && (shownBoth.containsAll(actedHere) || shownBoth.containsAll(others));
            Double previous = rate(before, before.invited().keySet());
            rows.add(new ParticipationLoop.WaveRow(w.opensOn(), rate,
                    rate == null || previous == null ? null : 100 * (rate - previous), between.size(),
                    actedHere.size(), split ? points(w, before, actedHere) : null,
                    split ? points(w, before, others) : null));
        }
        return rows;
    }

    private static int answered(Wave w, Set<String> departments) {
        return departments.stream().mapToInt(d -> w.answered().getOrDefault(d, 0)).sum();
    }

    private static @Nullable Double rate(Wave w, Set<String> departments) {
        int invited = departments.stream().mapToInt(d -> w.invited().getOrDefault(d, 0)).sum();
        return invited == 0 ? null : (double) answered(w, departments) / invited;
    }

    private static @Nullable Double points(Wave now, Wave before, Set<String> departments) {
        Double a = rate(now, departments);
        Double b = rate(before, departments);
        return a == null || b == null ? null : 100 * (a - b);
    }
}
