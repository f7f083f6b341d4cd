package app.symetrie.bench;

import static app.symetrie.barometer.BarometerFixture.as;
import static org.assertj.core.api.Assertions.assertThat;

import app.symetrie.barometer.AnswerForm;
import app.symetrie.barometer.AnonymityThresholds;
import app.symetrie.barometer.BarometerService;
import app.symetrie.barometer.Cadence;
import app.symetrie.barometer.Campaign;
import app.symetrie.barometer.CampaignId;
import app.symetrie.barometer.CampaignService;
import app.symetrie.barometer.CatalogItem;
import app.symetrie.barometer.Frequency;
import app.symetrie.barometer.Questionnaire;
import app.symetrie.barometer.QuestionnaireService;
import app.symetrie.barometer.Statement;
import app.symetrie.barometer.Wave;
import app.symetrie.barometer.WaveId;
import app.symetrie.barometer.WaveReleased;
import app.symetrie.barometer.WaveStatus;
import app.symetrie.barometer.internal.AnswerDocument;
import app.symetrie.barometer.internal.CommentDocument;
import app.symetrie.barometer.internal.CommentShelfDocument;
import app.symetrie.barometer.internal.WaveDocument;
import app.symetrie.board.BoardService;
import app.symetrie.common.Ids;
import app.symetrie.common.Role;
import app.symetrie.organization.DepartmentId;
import app.symetrie.organization.EmployeeFilter;
import app.symetrie.organization.EmployeeId;
import app.symetrie.organization.OrganizationService;
import app.symetrie.security.SignedInUser;
import app.symetrie.store.WholeCollection;
import app.symetrie.test.SecurityStrategyExtension;
import app.symetrie.test.TestClock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.bson.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The company-scale benchmark of issue 14 (docs/PERFORMANCE.md): a synthetic company of 12,500 people in 50
 * departments (20 support functions) and 200 teams, with 10k, 100k and 1M stored answers over 1, 10 and 40 closed
 * waves, measured through the real services, printed as one table and written to
 * {@code target/bench/company-scale.csv}. Figures, not assertions on time; it checks only that nothing submitted was
 * lost or counted twice.
 *
 * <p>The company and the history are seeded by bulk inserts (not through the services, which would take hours at 1M):
 * released answers and comments as {@code WaveRelease} stores them (random ids, units named, no person, no time,
 * the comments' ids shelved per department),
 * closed waves with their counts, then the boards make each wave's figures from its answers exactly as at a real
 * close ({@link WaveReleased}). The submits go through {@link BarometerService#submit} on a wave opened by the real
 * service (12,500 participations).
 *
 * <p>Properties: {@code bench.scales} (default {@code 10k,100k,1M}; each is answers/waves, e.g. {@code 10k,100k}),
 * {@code bench.submits} per scale (default 5000), {@code bench.threads} (default 50), {@code bench.store=memory},
 * {@code spring.mongodb.uri} for a real MongoDB.
 */
@Tag("benchmark")
@ExtendWith(SecurityStrategyExtension.class)
// The baseline reads up to a million answers; on the embedded server the first answer to such a query comes only once
// the whole collection was scanned (over a minute at 1M), hence a read timeout of half an hour here.
@SpringBootTest(properties = {"symetrie.barometer.claim-recovery-delay=PT1H", "logging.level.app.symetrie=warn",
        "symetrie.store.read-timeout=1800000"})
@ActiveProfiles("test")
@ContextConfiguration(initializers = BenchStore.class)
@Import(TestClock.Config.class)
class CompanyScaleBenchmarkIT {

    static final int DEPARTMENTS = 50;
    static final int SUPPORT = 20;
    static final int TEAMS_PER_DEPARTMENT = 4;
    static final int PEOPLE_PER_DEPARTMENT = 250;
    static final LocalDate FIRST_OPENING = LocalDate.of(2020, 1, 6);

    /** A scale: that many answers stored over that many closed waves. */
    record Scale(String label, long answers, int waves) {
        static Scale parse(String text) {
            String t = text.strip().toLowerCase(Locale.ROOT);
            return switch (t) {
                case "10k" -> new Scale("10k answers, 1 wave", 10_000, 1);
                case "100k" -> new Scale("100k answers, 10 waves", 100_000, 10);
                case "1m" -> new Scale("1M answers, 40 waves", 1_000_000, 40);
                default -> throw new IllegalArgumentException("bench.scales: 10k, 100k or 1M, not " + text);
            };
        }
    }

    record Person(String id, String email, String departmentId, String teamId) {
    }

    @Autowired
    MongoTemplate mongo;
    @Autowired
    CampaignService campaigns;
    @Autowired
    BarometerService barometer;
    @Autowired
    QuestionnaireService questionnaires;
    @Autowired
    BoardService boards;
    @Autowired
    OrganizationService organization;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TestClock clock;
    @Autowired
    org.springframework.beans.factory.ObjectProvider<app.symetrie.store.EmbeddedMongo> embedded;

    final Random random = new Random(14);
    final List<String> departments = new ArrayList<>();
    final Map<String, String> kindOf = new HashMap<>();
    final Map<String, List<String>> teamsOf = new HashMap<>();
    final List<Person> people = new ArrayList<>();
    /** figure → scale label → value (text as printed) */
    final Map<String, Map<String, String>> table = new LinkedHashMap<>();
    final List<String> columns = new ArrayList<>();

    @Test
    void company_scale_figures() throws Exception {
        List<Scale> scales = Arrays.stream(System.getProperty("bench.scales", "10k,100k,1M").split(","))
                .filter(s -> !s.isBlank()).map(Scale::parse).toList();
        int submits = Integer.getInteger("bench.submits", 5000);
        int threads = Integer.getInteger("bench.threads", 50);
        System.out.println("BENCH store: " + BenchStore.description() + "; " + Runtime.getRuntime()
                .availableProcessors() + " cores, JDK " + Runtime.version() + ", max heap "
                + Runtime.getRuntime().maxMemory() / (1 << 20) + " MiB");

        long t = System.nanoTime();
        seedCompany();
        note("seed: 12,500 people, 50 departments, 200 teams (bulk inserts)", "", ms(t) + " ms");
        Questionnaire q = questionnaires.current();
        Campaign campaign = as(Role.LEAD, () -> campaigns.saveCampaign(new Campaign(CampaignId.random(),
                "Baromètre du banc d'essai", Cadence.QUARTERLY, FIRST_OPENING, 14,
                departments.stream().map(DepartmentId::new).toList(), List.of(3, 10), AnonymityThresholds.DEFAULT,
                false)));

        boolean warmedUp = false;
        for (Scale scale : scales) {
            columns.add(scale.label());
            seedHistory(campaign, q, scale);
            if (!warmedUp) {
                // the JIT and the connection pool, once: not counted
                measureSubmits(campaign, q, scale, Math.min(1000, submits), threads, false);
                warmedUp = true;
            }
            measureSubmits(campaign, q, scale, submits, threads, true);
            measureBoards(scale);
            measureEmployeesGrid(scale);
            app.symetrie.store.EmbeddedMongo server = embedded.getIfAvailable();
            if (server != null && !server.fileFigures().isEmpty()) {
                note("embedded store file: size, live share of its chunks", scale.label(), server.fileFigures());
            }
        }
        printAndWrite();
        if (BenchStore.external()) {
            mongo.getDb().drop(); // the benchmark's own database, named for this run
        }
    }

    // ----- seeding (bulk inserts)

    private void seedCompany() {
        String[] first = {"Camille", "Dominique", "Alex", "Claude", "Sacha", "Lou", "Noa", "Charlie", "Eden", "Morgan"};
        String[] last = {"Martin", "Bernard", "Thomas", "Petit", "Robert", "Richard", "Durand", "Dubois", "Moreau",
                "Laurent", "Simon", "Michel", "Lefebvre", "Leroy", "Roux", "David", "Bertrand", "Morel"};
        List<Document> departmentDocs = new ArrayList<>();
        List<Document> teamDocs = new ArrayList<>();
        List<Document> employeeDocs = new ArrayList<>();
        int n = 0;
        for (int d = 0; d < DEPARTMENTS; d++) {
            String id = Ids.random();
            String kind = d < SUPPORT ? "SUPPORT" : "FRONT_OFFICE";
            String name = (d < SUPPORT ? "Fonction support " : "Direction opérationnelle ") + (d + 1);
            departments.add(id);
            kindOf.put(id, kind);
            departmentDocs.add(new Document("_id", id).append("name", name)
                    .append("nameKey", name.toLowerCase(Locale.ROOT).replace("é", "e")).append("kind", kind));
            List<String> teams = new ArrayList<>();
            for (int tm = 0; tm < TEAMS_PER_DEPARTMENT; tm++) {
                String teamId = Ids.random();
                teams.add(teamId);
                String teamName = "Équipe " + (tm + 1);
                teamDocs.add(new Document("_id", teamId).append("departmentId", id).append("name", teamName)
                        .append("nameKey", "equipe " + (tm + 1)));
            }
            teamsOf.put(id, teams);
            for (int p = 0; p < PEOPLE_PER_DEPARTMENT; p++, n++) {
                String personId = Ids.random();
                String firstName = first[random.nextInt(first.length)];
                String lastName = last[random.nextInt(last.length)];
                String email = "personne" + n + "@banc.example";
                String teamId = teams.get(p % TEAMS_PER_DEPARTMENT);
                String number = String.format("E%05d", n);
                people.add(new Person(personId, email, id, teamId));
                employeeDocs.add(new Document("_id", personId).append("firstName", firstName)
                        .append("lastName", lastName).append("email", email).append("departmentId", id)
                        .append("teamId", teamId).append("manager", p == 0).append("locale", "fr")
                        .append("searchKey", (firstName + " " + lastName + " " + email + " " + number)
                                .toLowerCase(Locale.ROOT))
                        .append("employeeNumber", number).append("active", true));
            }
        }
        mongo.getCollection("departments").insertMany(departmentDocs);
        mongo.getCollection("teams").insertMany(teamDocs);
        for (int i = 0; i < employeeDocs.size(); i += 2500) {
            mongo.getCollection("employees").insertMany(employeeDocs.subList(i, Math.min(employeeDocs.size(), i + 2500)));
        }
    }

    /**
     * Tops the history up to the scale: closed waves of the campaign with released answers and comments (inserted in
     * bulk, shuffled, random ids, every unit named: each has far more than k answers), then each new wave's figures
     * made by the boards as at a real close.
     */
    private void seedHistory(Campaign campaign, Questionnaire q, Scale scale) {
        List<WaveDocument> closed = mongo.find(Query.query(Criteria.where("campaignId").is(campaign.id().value())
                .and("status").is(WaveStatus.CLOSED)), WaveDocument.class);
        long stored = mongo.getCollection("answers").estimatedDocumentCount(); // countDocuments gathers them all (039)
        int newWaves = scale.waves() - closed.size();
        if (newWaves <= 0 || stored >= scale.answers()) {
            throw new IllegalStateException("bench.scales must grow: " + scale.label() + " after " + stored
                    + " answers in " + closed.size() + " waves");
        }
        long perWave = (scale.answers() - stored) / newWaves;
        long insertNanos = 0;
        long figuresNanos = 0;
        Map<String, Integer> invited = new HashMap<>();
        departments.forEach(d -> invited.put(d, PEOPLE_PER_DEPARTMENT));
        for (int w = 0; w < newWaves; w++) {
            int slot = closed.size() + w;
            LocalDate opens = Cadence.QUARTERLY.opening(FIRST_OPENING, slot);
            String waveId = Ids.random();
            long t = System.nanoTime();
            Map<String, Integer> answered = new HashMap<>();
            List<AnswerDocument> answers = new ArrayList<>();
            List<CommentDocument> comments = new ArrayList<>();
            for (long a = 0; a < perWave; a++) {
                Person p = people.get(random.nextInt(people.size()));
                answered.merge(p.departmentId(), 1, Integer::sum);
                answers.add(answer(q, waveId, p));
                if (random.nextInt(10) == 0) {
                    comments.add(new CommentDocument(Ids.random(), waveId, p.departmentId(),
                            kindOf.get(p.departmentId()), "Un commentaire de banc d'essai n° " + a));
                }
                if (answers.size() == 5000) {
                    Collections.shuffle(answers, random);
                    mongo.insertAll(answers);
                    answers.clear();
                }
            }
            Collections.shuffle(answers, random);
            mongo.insertAll(answers);
            mongo.insertAll(comments);
            mongo.save(CommentShelfDocument.adding(waveId, null, comments));
            mongo.insert(new WaveDocument(waveId, campaign.id().value(), campaign.name(), slot, opens,
                    opens.plusDays(13), WaveStatus.CLOSED, q.version(), campaign.thresholds().k(),
                    campaign.thresholds().kComments(), invited, List.of(), answered, null, null));
            insertNanos += System.nanoTime() - t;
            t = System.nanoTime();
            events.publishEvent(new WaveReleased(new WaveId(waveId), campaign.thresholds().k()));
            figuresNanos += System.nanoTime() - t;
        }
        note("seed: released answers + comments (bulk inserts)", scale.label(),
                newWaves + " waves × " + perWave + " in " + insertNanos / 1_000_000 + " ms");
        note("seed: figures of each new wave at its close (board module)", scale.label(),
                figuresNanos / 1_000_000 / newWaves + " ms per wave");
    }

    private AnswerDocument answer(Questionnaire q, String waveId, Person p) {
        int mood = 1 + random.nextInt(5);
        List<AnswerDocument.Score> scores = new ArrayList<>();
        for (Statement s : q.statements()) {
            scores.add(new AnswerDocument.Score(s.code(), clamp(mood + random.nextInt(3) - 1)));
        }
        scores.sort((a, b) -> a.code().compareTo(b.code()));
        List<AnswerDocument.ToolAnswer> tools = new ArrayList<>();
        Frequency[] frequencies = Frequency.values();
        for (CatalogItem tool : q.tools()) {
            Frequency f = frequencies[random.nextInt(frequencies.length)];
            tools.add(new AnswerDocument.ToolAnswer(tool.code(), f, f == Frequency.NEVER ? null : clamp(mood)));
        }
        tools.sort((a, b) -> a.code().compareTo(b.code()));
        List<String> pains = q.painPoints().stream().map(CatalogItem::code).filter(c -> random.nextInt(5) == 0)
                .sorted().toList();
        return new AnswerDocument(Ids.random(), waveId, p.departmentId(), p.teamId(), kindOf.get(p.departmentId()),
                q.version(), scores, tools, pains, random.nextInt(11), List.of());
    }

    private static int clamp(int score) {
        return Math.max(1, Math.min(5, score));
    }

    // ----- submit

    private void measureSubmits(Campaign campaign, Questionnaire q, Scale scale, int count, int threads,
                                boolean counted) throws Exception {
        clock.setDay(Cadence.QUARTERLY.opening(FIRST_OPENING, 45));
        long t = System.nanoTime();
        Wave wave = as(Role.LEAD, () -> campaigns.openNow(campaign.id()));
        if (counted) {
            note("open a wave: 12,500 participations (CampaignService.openNow)", scale.label(), ms(t) + " ms");
        }
        List<Person> shuffled = new ArrayList<>(people);
        Collections.shuffle(shuffled, random);
        List<Person> submitters = shuffled.subList(0, Math.min(count, shuffled.size()));
        List<AnswerForm> forms = submitters.stream().map(p -> form(q)).toList();
        long[] latencies = new long[submitters.size()];
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> futures = new ArrayList<>();
        long wall = System.nanoTime();
        for (int i = 0; i < threads; i++) {
            futures.add(pool.submit(() -> {
                for (int j = next.getAndIncrement(); j < submitters.size(); j = next.getAndIncrement()) {
                    Person p = submitters.get(j);
                    SignedInUser user = new SignedInUser(p.email(), "Personne", "", Role.expand(Set.of()),
                            new EmployeeId(p.id()), new DepartmentId(p.departmentId()), Locale.FRENCH, true);
                    int one = j;
                    latencies[j] = as(user, () -> {
                        long start = System.nanoTime();
                        barometer.submit(wave.id(), forms.get(one));
                        return System.nanoTime() - start;
                    });
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        wall = System.nanoTime() - wall;
        pool.shutdown();
        // nothing lost, nothing twice: one ballot per participation marked done, none left pending
        long ballots = mongo.count(Query.query(Criteria.where("waveId").is(wave.id().value())), "ballots");
        long done = mongo.count(Query.query(Criteria.where("waveId").is(wave.id().value()).and("done").is(true)),
                "participations");
        assertThat(ballots).isEqualTo(submitters.size());
        assertThat(done).isEqualTo(submitters.size());
        if (counted) {
            Arrays.sort(latencies);
            note("submit: throughput, " + threads + " concurrent submitters", scale.label(),
                    String.format(Locale.ROOT, "%.0f answers/s", submitters.size() / (wall / 1e9)));
            note("submit: p50 / p99 (ms)", scale.label(), String.format(Locale.ROOT, "%.1f / %.1f",
                    latencies[latencies.length / 2] / 1e6, latencies[(int) (latencies.length * 0.99)] / 1e6));
        }
        // housekeeping, not measured: the next scale opens a fresh wave (its participations are all pending)
        mongo.remove(Query.query(Criteria.where("waveId").is(wave.id().value())), "ballots");
        mongo.remove(Query.query(Criteria.where("waveId").is(wave.id().value())), "participations");
        mongo.remove(Query.query(Criteria.where("_id").is(wave.id().value())), "waves");
    }

    private AnswerForm form(Questionnaire q) {
        int mood = 1 + random.nextInt(5);
        Map<String, Integer> scores = new HashMap<>();
        q.statements().forEach(s -> scores.put(s.code(), clamp(mood + random.nextInt(3) - 1)));
        Map<String, AnswerForm.ToolUse> tools = new HashMap<>();
        q.tools().forEach(tool -> tools.put(tool.code(), new AnswerForm.ToolUse(Frequency.WEEKLY, clamp(mood))));
        Set<String> pains = new HashSet<>();
        pains.add(q.painPoints().get(random.nextInt(q.painPoints().size())).code());
        return new AnswerForm(scores, tools, pains, random.nextInt(11),
                random.nextInt(5) == 0 ? "Un commentaire d'essai" : null);
    }

    // ----- boards and their raw-aggregation baseline

    private void measureBoards(Scale scale) {
        List<DepartmentId> sample = departments.stream().map(DepartmentId::new).toList();
        AtomicInteger i = new AtomicInteger();
        percentiles("board: department board model (BoardService.departmentBoard)", scale, 20, () -> as(Role.ADMIN,
                () -> boards.departmentBoard(sample.get(i.getAndIncrement() % sample.size()), null, Locale.FRENCH)
                        .isPresent()));
        percentiles("board: company overview model (BoardService.overview)", scale, 20, () -> as(Role.ADMIN,
                () -> boards.overview(null, null, Locale.FRENCH).isPresent()));
        String lastWave = mongo.find(Query.query(Criteria.where("status").is(WaveStatus.CLOSED))
                        .with(org.springframework.data.domain.Sort.by(org.springframework.data.domain.Sort.Direction
                                .DESC, "slot")).limit(1), WaveDocument.class).getFirst().id();
        // Each run reads every answer concerned (a full read at 1M): fewer runs at the larger scales.
        int runs = scale.answers() >= 1_000_000 ? 1 : scale.answers() >= 100_000 ? 3 : 5;
        percentiles("baseline: department figures from the raw answers", scale, runs, runs > 1, () -> {
            String d = sample.get(i.getAndIncrement() % sample.size()).value();
            // what the department board shows for every wave: the department's and the company's mean per statement
            int rows = meansFromAnswers(Criteria.where("departmentId").is(d), AnswerDocument::waveId);
            rows += meansFromAnswers(new Criteria(), AnswerDocument::waveId);
            return rows > 0;
        });
        percentiles("baseline: company overview from the raw answers", scale, runs, runs > 1,
                () -> meansFromAnswers(Criteria.where("waveId").is(lastWave), AnswerDocument::departmentId) > 0);
    }

    /**
     * The baseline: means per statement and per group, computed from the answers themselves (streamed, as a board
     * without stored figures would read them) rather than from the figures made at each wave's close. A thousand at
     * a time by id ({@link WholeCollection}): the embedded server holds a query's whole result in memory, and a
     * million answers in one query exhausted the heap (decision 039).
     */
    private int meansFromAnswers(Criteria match, java.util.function.Function<AnswerDocument, String> group) {
        Map<String, double[]> sums = new HashMap<>();
        WholeCollection.forEach(mongo.getCollection(mongo.getCollectionName(AnswerDocument.class)),
                Query.query(match).getQueryObject(), 1000, document -> {
                    AnswerDocument a = mongo.getConverter().read(AnswerDocument.class, document);
                    a.scores().forEach(s -> {
                        double[] sum = sums.computeIfAbsent(group.apply(a) + "|" + s.code(), k -> new double[2]);
                        sum[0] += s.value();
                        sum[1]++;
                    });
                });
        return sums.size();
    }

    private void measureEmployeesGrid(Scale scale) {
        percentiles("employees grid: first sorted page + count (OrganizationService)", scale, 20, () -> as(Role.ADMIN,
                () -> organization.findEmployees(EmployeeFilter.ALL, 0, 50).size() == 50
                        && organization.countEmployees(EmployeeFilter.ALL) >= people.size()));
    }

    // ----- output

    private void percentiles(String figure, Scale scale, int runs, Supplier<Boolean> work) {
        percentiles(figure, scale, runs, true, work);
    }

    private void percentiles(String figure, Scale scale, int runs, boolean warmUp, Supplier<Boolean> work) {
        if (warmUp) {
            assertThat(work.get()).as(figure).isTrue();
        }
        long[] times = new long[runs];
        for (int r = 0; r < runs; r++) {
            long start = System.nanoTime();
            assertThat(work.get()).as(figure).isTrue();
            times[r] = System.nanoTime() - start;
        }
        Arrays.sort(times);
        note(figure + " p50 / p95 (ms)", scale.label(), String.format(Locale.ROOT, "%.1f / %.1f",
                times[runs / 2] / 1e6, times[Math.min(runs - 1, (int) Math.ceil(runs * 0.95) - 1)] / 1e6));
    }

    private void note(String figure, String column, String value) {
        System.out.printf("BENCH %-75s %-24s %s%n", figure, column, value);
        table.computeIfAbsent(figure, f -> new LinkedHashMap<>()).put(column, value);
    }

    private void printAndWrite() throws IOException {
        StringBuilder md = new StringBuilder("| figure | " + String.join(" | ", columns) + " |\n|---|");
        columns.forEach(c -> md.append("---|"));
        StringBuilder csv = new StringBuilder("figure," + String.join(",", columns) + "\n");
        table.forEach((figure, values) -> {
            if (values.containsKey("")) {
                md.append("\n| ").append(figure).append(" | ").append(values.get("")).append(" |");
                csv.append(quote(figure)).append(',').append(quote(values.get(""))).append('\n');
                return;
            }
            md.append("\n| ").append(figure).append(" |");
            csv.append(quote(figure));
            for (String c : columns) {
                md.append(' ').append(values.getOrDefault(c, "")).append(" |");
                csv.append(',').append(quote(values.getOrDefault(c, "")));
            }
            csv.append('\n');
        });
        System.out.println("BENCH table (" + BenchStore.description() + ")\n" + md);
        Path out = Path.of("target", "bench", "company-scale.csv");
        Files.createDirectories(out.getParent());
        Files.writeString(out, csv.toString());
        System.out.println("BENCH written to " + out.toAbsolutePath());
    }

    private static String quote(String s) {
        return "\"" + s.replace("\"", "\"\"") + "\"";
    }

    private static long ms(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
