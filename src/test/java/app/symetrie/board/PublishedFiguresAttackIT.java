package app.symetrie.board;

import static app.symetrie.barometer.BarometerFixture.as;
import static org.assertj.core.api.Assertions.assertThat;

import app.symetrie.barometer.AnonymityThresholds;
import app.symetrie.barometer.AnswerForm;
import app.symetrie.barometer.BarometerService;
import app.symetrie.barometer.Cadence;
import app.symetrie.barometer.Campaign;
import app.symetrie.barometer.CampaignId;
import app.symetrie.barometer.CampaignService;
import app.symetrie.barometer.Frequency;
import app.symetrie.barometer.Questionnaire;
import app.symetrie.barometer.QuestionnaireService;
import app.symetrie.barometer.Wave;
import app.symetrie.board.BoardRecords.Alert;
import app.symetrie.board.BoardRecords.CompanyOverview;
import app.symetrie.board.BoardRecords.DepartmentBoard;
import app.symetrie.board.BoardRecords.EquityPoint;
import app.symetrie.board.BoardRecords.HeatmapRow;
import app.symetrie.board.BoardRecords.TeamRow;
import app.symetrie.board.BoardRecords.TrendPoint;
import app.symetrie.common.Email;
import app.symetrie.common.Role;
import app.symetrie.organization.Department;
import app.symetrie.organization.DepartmentId;
import app.symetrie.organization.DepartmentKind;
import app.symetrie.organization.DepartmentTree;
import app.symetrie.organization.Employee;
import app.symetrie.organization.EmployeeId;
import app.symetrie.organization.OrganizationService;
import app.symetrie.organization.Team;
import app.symetrie.organization.TeamId;
import app.symetrie.test.IntegrationTest;
import app.symetrie.test.TestClock;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.commons.math3.fraction.BigFraction;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * Plays the attacker of issue 10, section 1: a lead who reads every number the boards give for a closed wave — each
 * department's board on its subtree (answers, participation, DCI, team rows, sub-department rows, trend lines of the
 * company and of the kind), the company overview under every kind filter (the tiles of the company or of the chosen
 * kind, answers, participation, heatmap rows, equity panel, alerts) — and
 * solves the linear relations between them. Exports are built from these same records (BoardExport), so they add
 * no number.
 * <p>
 * Unknowns: for each finest group (a team of a department, and the department's people in no team) its number of
 * answers n and the sum S of its respondents' DCI. A published count of a unit U gives Σ_{g∈U} n_g; a published
 * mean m of U gives Σ_{g∈U} S_g − m Σ_{g∈U} n_g = 0 (linear, with m known). The attacker is also assumed to know
 * which groups had no answer at all (those unknowns are removed). A group's count (or sum) is determined exactly
 * when its indicator vector lies in the row space of those relations — checked by Gaussian elimination over exact
 * fractions, for every finest group and every natural group of the tree (team, department, its rest beyond its
 * teams, kind, company, and what is left of each published unit beyond the published units inside it) with 1 to
 * k − 1 answers.
 */
@IntegrationTest
@Import(TestClock.Config.class)
class PublishedFiguresAttackIT {

    private static final AtomicInteger CASES = new AtomicInteger();

    @Autowired
    CampaignService campaigns;
    @Autowired
    BarometerService barometer;
    @Autowired
    QuestionnaireService questionnaires;
    @Autowired
    OrganizationService organization;
    @Autowired
    BoardService boards;
    @Autowired
    TestClock clock;

    /**
     * A department to build: respondents per team, respondents in no team, people who do not answer, and the name
     * of its parent department (built before it), if any.
     */
    record Spec(String name, DepartmentKind kind, int[] teams, int rest, int silent, @Nullable String parent) {
        Spec(String name, DepartmentKind kind, int[] teams, int rest, int silent) {
            this(name, kind, teams, rest, silent, null);
        }
    }

    private static Spec support(String name, int rest, int... teams) {
        return new Spec(name, DepartmentKind.SUPPORT, teams, rest, 1);
    }

    private static Spec front(String name, int rest, int... teams) {
        return new Spec(name, DepartmentKind.FRONT_OFFICE, teams, rest, 1);
    }

    private static Spec agency(String name, String parent, int rest, int... teams) {
        return new Spec(name, DepartmentKind.FRONT_OFFICE, teams, rest, 1, parent);
    }

    @Test
    void the_board_dataset_gives_no_group_under_k_away() {
        // BoardIT's company: Mini (4) is under k, RH (5) is hidden so that the company minus the rest is not Mini.
        attack(5, List.of(support("Compta", 6), front("Vente", 6), support("Mini", 4), support("RH", 5)));
    }

    @Test
    void a_hidden_department_board_gives_no_count_of_answers() {
        Map<String, DepartmentBoard> read = attack(5, List.of(support("Petit", 3), support("Grand", 9),
                front("Boutique", 7)));
        assertThat(read.get("Petit").visible()).isFalse();
        assertThat(read.get("Petit").n()).as("answers of a hidden department").isZero();
        assertThat(read.get("Petit").participation()).isNull();
    }

    @Test
    void teams_beside_a_department_whose_rest_is_small_are_not_shown() {
        // 7 + 3 people in no team: showing the team would give the 3 away; two teams of 5 and 6 with no rest can.
        attack(5, List.of(support("Atelier", 3, 7), support("Bureau", 0, 5, 6), front("Magasin", 2, 6, 1)));
    }

    @Test
    void the_kind_lines_the_company_line_and_the_equity_panel_do_not_give_a_kind_rest_away() {
        // Front office 7 + 3: the kind and the company are shown, the 3 must not come out of kind − department,
        // nor out of company − support − published departments, nor out of the means on the trend lines.
        attack(5, List.of(support("S1", 8), support("S2", 6), front("F1", 7), front("F2", 3)));
        // One kind under k: its line is never drawn, and the company minus the other kind must not show it.
        attack(5, List.of(support("S3", 8), support("S4", 6), front("F3", 2)));
    }

    @Test
    void a_network_of_agencies_gives_no_small_agency_away() {
        // The demo's shape: a network with 3 own respondents and a team, agencies of 12, 9 and 2; Marseille's 2 are
        // counted in the network, whose board shows Lille and Lyon as its breakdown — network − Lille − Lyon is
        // 3 + 2 = 5, never the 2 alone.
        Map<String, DepartmentBoard> read = attack(5, List.of(support("Siège", 8), front("Réseau", 3),
                agency("Lille", "Réseau", 6, 6), agency("Lyon", "Réseau", 9), agency("Marseille", "Réseau", 2)));
        assertThat(read.get("Réseau").n()).as("the network counts its whole subtree").isEqualTo(3 + 12 + 9 + 2);
        assertThat(read.get("Réseau").subDepartments()).extracting(BoardRecords.PartRow::n)
                .containsExactlyInAnyOrder(12, 9);
        assertThat(read.get("Marseille").visible()).isFalse();
    }

    @Test
    void a_parent_whose_rest_beyond_its_agencies_is_small_hides_one_more_agency() {
        // No own respondent: agencies of 7, 6 and 3 and a sub-agency of 1 under the 7 — any two shown would leave
        // the 3 (or 4) to subtraction.
        attack(5, List.of(support("Compta", 9), front("Réseau", 0), agency("Nord", "Réseau", 7),
                agency("Sud", "Réseau", 6), agency("Est", "Réseau", 3), agency("Nord-Ville", "Nord", 1)));
    }

    @Test
    void randomly_generated_organizations_give_no_group_under_k_away() {
        Random random = new Random(20260810L);
        for (int c = 0; c < 5; c++) {
            int k = c == 0 ? 3 : 5;
            int departments = 3 + random.nextInt(4);
            List<Spec> specs = new ArrayList<>();
            for (int d = 0; d < departments; d++) {
                int[] teams = new int[random.nextInt(3)];
                for (int t = 0; t < teams.length; t++) {
                    teams[t] = random.nextInt(9);
                }
                specs.add(new Spec("R" + c + "-" + d, random.nextBoolean() ? DepartmentKind.SUPPORT
                        : DepartmentKind.FRONT_OFFICE, teams, random.nextInt(7), random.nextInt(2)));
            }
            attack(k, specs);
        }
    }

    @Test
    void randomly_generated_trees_of_departments_give_no_group_under_k_away() {
        Random random = new Random(20261130L);
        for (int c = 0; c < 6; c++) {
            int k = c % 3 == 0 ? 3 : 5;
            int departments = 4 + random.nextInt(5);
            List<Spec> specs = new ArrayList<>();
            for (int d = 0; d < departments; d++) {
                int[] teams = new int[random.nextInt(3)];
                for (int t = 0; t < teams.length; t++) {
                    teams[t] = random.nextInt(9);
                }
                DepartmentKind kind = random.nextBoolean() ? DepartmentKind.SUPPORT : DepartmentKind.FRONT_OFFICE;
                String parent = null;
                if (d > 0 && random.nextInt(3) > 0) {
                    Spec candidate = specs.get(random.nextInt(d));
                    // now and then a parent of the other kind: the sub-department is then a root of its own kind
                    kind = random.nextInt(5) == 0 ? kind : candidate.kind();
                    parent = candidate.name();
                }
                specs.add(new Spec("T" + c + "-" + d, kind, teams, random.nextInt(7), random.nextInt(2), parent));
            }
            attack(k, specs);
        }
    }

    // ----- building a closed wave through the real services

    private record Built(Wave wave, Map<String, Department> departments, Map<String, Integer> counts,
                         Map<String, Integer> sums, Map<String, String> teamKeys) {
    }

    private Map<String, DepartmentBoard> attack(int k, List<Spec> specs) {
        int index = CASES.getAndIncrement();
        String prefix = "A" + index + "-";
        Built built = build(prefix, k, specs, new Random(7919L * (index + 1)));
        return check(built, k, prefix);
    }

    private Built build(String prefix, int k, List<Spec> specs, Random random) {
        Map<String, Department> departments = new LinkedHashMap<>();
        Map<String, Integer> counts = new HashMap<>();
        Map<String, Integer> sums = new HashMap<>();
        Map<String, String> teamKeys = new HashMap<>();
        Map<Employee, Integer> answers = new LinkedHashMap<>();
        AtomicInteger person = new AtomicInteger();
        Map<String, DepartmentId> byName = new HashMap<>();
        as(Role.ADMIN, () -> {
            for (Spec spec : specs) {
                Department d = organization.saveDepartment(new Department(DepartmentId.random(), prefix + spec.name(),
                        spec.kind(), spec.parent() == null ? null : byName.get(spec.parent())));
                byName.put(spec.name(), d.id());
                departments.put(d.id().value(), d);
                for (int t = 0; t <= spec.teams().length; t++) {
                    boolean inTeam = t < spec.teams().length;
                    TeamId teamId = null;
                    String key = d.id().value() + "/-";
                    if (inTeam) {
                        Team team = organization.saveTeam(new Team(TeamId.random(), d.id(),
                                prefix + spec.name() + "-T" + t));
                        teamId = team.id();
                        key = d.id().value() + "/" + team.id().value();
                        teamKeys.put(team.name(), key);
                    }
                    int respondents = inTeam ? spec.teams()[t] : spec.rest();
                    int people = respondents + (inTeam ? 0 : spec.silent());
                    for (int i = 0; i < people; i++) {
                        Employee e = organization.saveEmployee(new Employee(EmployeeId.random(), "P" + i,
                                "Attack", new Email("attack" + prefix.toLowerCase(Locale.ROOT).replace("-", "") + "p"
                                + person.getAndIncrement() + "@test.example"), d.id(), teamId, false,
                                Locale.FRENCH));
                        if (i < respondents) {
                            int value = 1 + random.nextInt(5);
                            answers.put(e, value);
                            counts.merge(key, 1, Integer::sum);
                            // The respondent's DCI, in quarters of 100: (value − 1) × 25.
                            sums.merge(key, value - 1, Integer::sum);
                        }
                    }
                }
            }
            return null;
        });
        LocalDate opening = LocalDate.of(2029, 1, 1).plusWeeks(3L * Integer.parseInt(prefix.substring(1,
                prefix.length() - 1)));
        Campaign campaign = as(Role.LEAD, () -> campaigns.saveCampaign(new Campaign(CampaignId.random(),
                "Attaque " + prefix, Cadence.QUARTERLY, opening, 14, List.copyOf(departments.values().stream()
                .map(Department::id).toList()), List.of(), new AnonymityThresholds(k, 10), true)));
        clock.setDay(opening);
        campaigns.advance(opening);
        Wave wave = campaigns.waves(campaign.id()).getFirst();
        as(Role.LEAD, () -> campaigns.saveCampaign(new Campaign(campaign.id(), campaign.name(), campaign.cadence(),
                campaign.firstOpening(), campaign.waveLengthDays(), campaign.targetDepartments(),
                campaign.reminderDays(), campaign.thresholds(), false)));
        Questionnaire q = questionnaires.version(wave.questionnaireVersion());
        answers.forEach((e, value) -> as(e, () -> {
            barometer.submit(wave.id(), form(q, value));
            return null;
        }));
        as(Role.LEAD, () -> campaigns.closeNow(wave.id()));
        Wave closed = campaigns.waves(campaign.id()).getFirst();
        return new Built(closed, departments, counts, sums, teamKeys);
    }

    private static AnswerForm form(Questionnaire q, int value) {
        Map<String, Integer> scores = new HashMap<>();
        q.statements().forEach(s -> scores.put(s.code(), value));
        Map<String, AnswerForm.ToolUse> tools = new HashMap<>();
        q.tools().forEach(t -> tools.put(t.code(), new AnswerForm.ToolUse(Frequency.WEEKLY, value)));
        return new AnswerForm(scores, tools, Set.of(), 2 * value, null);
    }

    // ----- what the lead reads, and the relations it gives

    /** Published counts and means, each on a unit given as its finest groups (those with answers). */
    private static final class Published {
        final Set<Set<String>> counts = new LinkedHashSet<>();
        final Map<Set<String>, Double> means = new LinkedHashMap<>();
        final List<String> provenance = new ArrayList<>();

        void count(Set<String> unit, String where) {
            if (!unit.isEmpty() && counts.add(unit)) {
                provenance.add("count " + where);
            }
        }

        void mean(Set<String> unit, @Nullable Double value, String where) {
            if (value != null && !value.isNaN() && !unit.isEmpty() && means.put(unit, value) == null) {
                provenance.add("mean " + where);
            }
        }
    }

    private Map<String, DepartmentBoard> check(Built built, int k, String prefix) {
        Wave wave = built.wave();
        Set<String> groups = new TreeSet<>(built.counts().keySet());
        Map<String, Set<String>> ofDepartment = new HashMap<>();
        Map<DepartmentKind, Set<String>> ofKind = new HashMap<>();
        for (String g : groups) {
            String department = g.substring(0, g.indexOf('/'));
            ofDepartment.computeIfAbsent(department, x -> new TreeSet<>()).add(g);
            ofKind.computeIfAbsent(built.departments().get(department).kind(), x -> new TreeSet<>()).add(g);
        }
        Map<String, String> idByName = new HashMap<>();
        built.departments().values().forEach(d -> idByName.put(d.name(), d.id().value()));
        // A department's figures cover its subtree (sub-departments of its kind, any depth).
        DepartmentTree tree = new DepartmentTree(built.departments().values());
        Map<String, Set<String>> ofSubtree = new HashMap<>();
        built.departments().keySet().forEach(id -> {
            Set<String> unit = new TreeSet<>();
            tree.subtree(id).forEach(member -> unit.addAll(ofDepartment.getOrDefault(member, Set.of())));
            ofSubtree.put(id, unit);
        });

        Published published = new Published();
        Map<String, DepartmentBoard> read = new HashMap<>();
        as(Role.LEAD, () -> {
            List<DepartmentKind> filters = new ArrayList<>(Arrays.asList(DepartmentKind.values()));
            filters.add(null);
            for (DepartmentKind filter : filters) {
                CompanyOverview o = boards.overview(wave.id(), filter, Locale.FRENCH).orElseThrow();
                String where = "overview[" + filter + "] ";
                // The tiles follow the kind filter: the company's figures, or the chosen kind's.
                Set<String> scope = filter == null ? groups : ofKind.getOrDefault(filter, Set.of());
                if (o.n() > 0 || o.participation() != null) {
                    published.count(scope, where + "tiles");
                }
                published.mean(scope, o.dci() == null ? null : o.dci().value(), where + "tiles");
                for (HeatmapRow r : o.rows()) {
                    Set<String> unit = ofSubtree.getOrDefault(r.departmentId().value(), Set.of());
                    if (r.n() > 0 || r.participation() != null || r.enps() != null) {
                        published.count(unit, where + r.name());
                    }
                    published.mean(unit, r.dci(), where + r.name());
                }
                for (EquityPoint p : o.equity()) {
                    if (!p.wave().id().equals(wave.id())) {
                        continue;
                    }
                    Set<String> support = ofKind.getOrDefault(DepartmentKind.SUPPORT, Set.of());
                    Set<String> frontOffice = ofKind.getOrDefault(DepartmentKind.FRONT_OFFICE, Set.of());
                    if (p.supportParticipation() != null) {
                        published.count(support, where + "equity support");
                    }
                    if (p.frontParticipation() != null) {
                        published.count(frontOffice, where + "equity front");
                    }
                    published.mean(support, p.supportDci(), where + "equity support");
                    published.mean(frontOffice, p.frontDci(), where + "equity front");
                }
                for (Alert a : o.alerts()) {
                    String id = idByName.get(a.department());
                    if (id != null && a.answers() > 0) {
                        published.count(ofSubtree.getOrDefault(id, Set.of()), where + "alert " + a.department());
                    }
                }
            }
            for (Department d : organization.departments()) {
                DepartmentBoard b = boards.departmentBoard(d.id(), wave.id(), Locale.FRENCH).orElseThrow();
                String id = d.id().value();
                Set<String> unit = ofSubtree.getOrDefault(id, Set.of());
                if (built.departments().containsKey(id)) {
                    read.put(d.name().substring(prefix.length()), b);
                }
                String where = "board " + d.name() + " ";
                if (b.n() > 0 || b.participation() != null || b.enps() != null) {
                    published.count(unit, where + "answers");
                }
                published.mean(unit, b.dci() == null ? null : b.dci().value(), where + "dci");
                for (TeamRow team : b.teams()) {
                    String key = built.teamKeys().get(team.name());
                    if (key != null) {
                        published.count(Set.of(key), where + "team " + team.name());
                        published.mean(Set.of(key), team.dci(), where + "team " + team.name());
                    }
                }
                for (BoardRecords.PartRow part : b.subDepartments()) {
                    Set<String> partUnit = ofSubtree.getOrDefault(part.departmentId().value(), Set.of());
                    published.count(partUnit, where + "part " + part.name());
                    published.mean(partUnit, part.dci(), where + "part " + part.name());
                }
                for (TrendPoint p : b.trends().getFirst().points()) {
                    if (p.wave().id().equals(wave.id())) {
                        published.mean(unit, p.value(), where + "trend");
                        published.mean(groups, p.company(), where + "trend company");
                        published.mean(ofKind.getOrDefault(d.kind(), Set.of()), p.sameKind(),
                                where + "trend kind " + d.kind());
                    }
                }
            }
            return null;
        });

        // Targets: every finest group, every natural group of the tree, and what is left of each published unit
        // once the published units inside it are taken away.
        Map<String, Set<String>> targets = new LinkedHashMap<>();
        groups.forEach(g -> targets.put("group " + g, Set.of(g)));
        ofDepartment.forEach((id, unit) -> {
            targets.put("department " + built.departments().get(id).name(), unit);
            Set<String> rest = new TreeSet<>();
            unit.stream().filter(g -> g.endsWith("/-")).forEach(rest::add);
            targets.put("people in no team of " + built.departments().get(id).name(), rest);
        });
        ofSubtree.forEach((id, unit) -> targets.put("subtree of " + built.departments().get(id).name(), unit));
        ofKind.forEach((kind, unit) -> targets.put("kind " + kind, unit));
        targets.put("company", groups);
        for (Set<String> parent : published.counts) {
            Set<String> rest = new TreeSet<>(parent);
            published.counts.stream().filter(u -> u.size() < parent.size() && parent.containsAll(u))
                    .forEach(rest::removeAll);
            targets.put("rest of " + parent, rest);
        }

        List<String> index = new ArrayList<>(groups);
        int size = index.size();
        List<BigFraction[]> rows = new ArrayList<>();
        for (Set<String> unit : published.counts) {
            BigFraction[] row = zero(2 * size);
            unit.forEach(g -> row[index.indexOf(g)] = BigFraction.ONE);
            rows.add(row);
        }
        for (Map.Entry<Set<String>, Double> entry : published.means.entrySet()) {
            Set<String> unit = entry.getKey();
            int n = unit.stream().mapToInt(built.counts()::get).sum();
            int sum = unit.stream().mapToInt(g -> built.sums().getOrDefault(g, 0)).sum();
            // The exact mean, in quarters of 100; the screen's double must be the same figure.
            BigFraction mean = new BigFraction(BigInteger.valueOf(sum), BigInteger.valueOf(n));
            assertThat(entry.getValue()).as("published mean of " + unit).isCloseTo(mean.doubleValue() * 25,
                    org.assertj.core.data.Offset.offset(1e-6));
            BigFraction[] row = zero(2 * size);
            unit.forEach(g -> {
                row[index.indexOf(g)] = mean.negate();
                row[size + index.indexOf(g)] = BigFraction.ONE;
            });
            rows.add(row);
        }
        List<BigFraction[]> basis = echelon(rows, 2 * size);
        for (Map.Entry<String, Set<String>> target : targets.entrySet()) {
            int n = target.getValue().stream().mapToInt(built.counts()::get).sum();
            if (n == 0 || n >= k) {
                continue;
            }
            BigFraction[] count = zero(2 * size);
            BigFraction[] sum = zero(2 * size);
            target.getValue().forEach(g -> {
                count[index.indexOf(g)] = BigFraction.ONE;
                sum[size + index.indexOf(g)] = BigFraction.ONE;
            });
            assertThat(inRowSpace(basis, count)).as("the count of %s (%d answers, k = %d) follows from %s",
                    target.getKey(), n, k, published.provenance).isFalse();
            assertThat(inRowSpace(basis, sum)).as("the DCI sum of %s (%d answers, k = %d) follows from %s",
                    target.getKey(), n, k, published.provenance).isFalse();
        }
        return read;
    }

    // ----- exact linear algebra

    private static BigFraction[] zero(int size) {
        BigFraction[] row = new BigFraction[size];
        Arrays.fill(row, BigFraction.ZERO);
        return row;
    }

    /** Rows reduced to echelon form: each kept row has a leading 1 in a column no other kept row leads. */
    private static List<BigFraction[]> echelon(List<BigFraction[]> rows, int columns) {
        List<BigFraction[]> basis = new ArrayList<>();
        for (BigFraction[] original : rows) {
            BigFraction[] row = reduce(basis, original.clone());
            int lead = leading(row);
            if (lead < 0) {
                continue;
            }
            BigFraction pivot = row[lead];
            for (int c = 0; c < columns; c++) {
                row[c] = row[c].divide(pivot);
            }
            basis.add(row);
        }
        return basis;
    }

    private static BigFraction[] reduce(List<BigFraction[]> basis, BigFraction[] row) {
        for (BigFraction[] b : basis) {
            int lead = leading(b);
            BigFraction factor = row[lead];
            if (!factor.equals(BigFraction.ZERO)) {
                for (int c = 0; c < row.length; c++) {
                    row[c] = row[c].subtract(b[c].multiply(factor));
                }
            }
        }
        return row;
    }

    private static int leading(BigFraction[] row) {
        for (int c = 0; c < row.length; c++) {
            if (!row[c].equals(BigFraction.ZERO)) {
                return c;
            }
        }
        return -1;
    }

    private static boolean inRowSpace(List<BigFraction[]> basis, BigFraction[] vector) {
        return leading(reduce(basis, vector.clone())) < 0;
    }
}
