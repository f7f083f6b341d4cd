package app.symetrie.faults;

import app.symetrie.Application;
import app.symetrie.barometer.AnonymityThresholds;
import app.symetrie.barometer.AnswerForm;
import app.symetrie.barometer.Cadence;
import app.symetrie.barometer.Campaign;
import app.symetrie.barometer.CampaignId;
import app.symetrie.barometer.CampaignService;
import app.symetrie.barometer.Frequency;
import app.symetrie.barometer.Questionnaire;
import app.symetrie.barometer.QuestionnaireService;
import app.symetrie.barometer.SurveyLinks;
import app.symetrie.barometer.Wave;
import app.symetrie.barometer.internal.BallotSeal;
import app.symetrie.common.Email;
import app.symetrie.common.Role;
import app.symetrie.common.UserFacingException;
import app.symetrie.organization.Department;
import app.symetrie.organization.DepartmentId;
import app.symetrie.organization.DepartmentKind;
import app.symetrie.organization.Employee;
import app.symetrie.organization.EmployeeId;
import app.symetrie.organization.OrganizationService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;
import org.bson.Document;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * One of the two application instances of {@link TwoInstancesIT}, as a child process running the real main class
 * (its own scheduler included). Steps are started by files the test creates in the working folder, so that both
 * instances act at the same moment:
 * <ol>
 *   <li>{@code setup} (first instance only): a department of {@value #PEOPLE} people and a campaign whose first wave
 *       is due today with a reminder day already passed — the two schedulers race to open it, invite and remind;</li>
 *   <li>{@code submit}: every invited person answers through their personal link, on this instance, with 8 threads
 *       ({@code ACK <participation>} for each thanked answer, {@code USED <participation>} for each refusal);</li>
 *   <li>{@code close}: a lead closes the wave now (on both instances at the same moment: one is told it is not open).
 *   </li>
 * </ol>
 * Copied alone beside the application's classpath (never with the other test classes).
 */
public final class TwoInstanceChild {

    static final int PEOPLE = 60;

    private TwoInstanceChild() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(System.getProperty("child.folder"));
        String name = System.getProperty("child.name");
        ConfigurableApplicationContext context = new SpringApplication(Application.class).run(args);
        System.out.println("READY " + name);
        System.out.flush();

        if (name.equals("first")) {
            awaitFile(folder.resolve("setup"));
            setUp(context);
            System.out.println("SET UP");
            System.out.flush();
        }

        awaitFile(folder.resolve("submit"));
        submitEverybody(context, name);
        System.out.println("SUBMITTED " + name);
        System.out.flush();

        awaitFile(folder.resolve("close"));
        try {
            Wave closed = asSystem(() -> {
                CampaignService campaigns = context.getBean(CampaignService.class);
                return campaigns.closeNow(campaigns.openWaves().getFirst().id());
            });
            System.out.println("CLOSED " + closed.status());
        } catch (UserFacingException | java.util.NoSuchElementException e) {
            System.out.println("NOT OPEN " + e.getMessage());
        }
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }

    private static void setUp(ConfigurableApplicationContext context) {
        OrganizationService organization = context.getBean(OrganizationService.class);
        CampaignService campaigns = context.getBean(CampaignService.class);
        LocalDate today = LocalDate.now(context.getBean(Clock.class));
        asSystem(() -> {
            Department d = organization.saveDepartment(new Department(DepartmentId.random(), "Deux instances",
                    DepartmentKind.FRONT_OFFICE, null));
            for (int i = 0; i < PEOPLE; i++) {
                organization.saveEmployee(new Employee(EmployeeId.random(), "P" + i, "Deux",
                        new Email("deux" + i + "@test.example"), d.id(), null, false, Locale.FRENCH));
            }
            // Opened three days ago, on a 14-day wave, with its first reminder two days after the opening: the first
            // schedule run to find it opens the wave, sends the invitations and the (already due) reminder.
            return campaigns.saveCampaign(new Campaign(CampaignId.random(), "Deux instances", Cadence.QUARTERLY,
                    today.minusDays(3), 14, List.of(d.id()), List.of(2, 10), AnonymityThresholds.DEFAULT, true));
        });
    }

    private static void submitEverybody(ConfigurableApplicationContext context, String name) throws Exception {
        MongoTemplate mongo = context.getBean(MongoTemplate.class);
        Wave wave = asSystem(() -> context.getBean(CampaignService.class).openWaves().getFirst());
        Questionnaire q = asSystem(() -> context.getBean(QuestionnaireService.class)
                .version(wave.questionnaireVersion()));
        BallotSeal seal = context.getBean(BallotSeal.class);
        SurveyLinks links = context.getBean(SurveyLinks.class);
        List<String> invited = new ArrayList<>();
        mongo.find(Query.query(Criteria.where("waveId").is(wave.id().value())), Document.class, "participations")
                .forEach(p -> invited.add(p.getString("_id")));
        // Each instance starts with its own half (in random order), then tries the other half: so both instances
        // thank people, and every person is also tried a second time, on the other instance, about when the first
        // answer is going through.
        Collections.sort(invited);
        List<String> mine = new ArrayList<>();
        List<String> theirs = new ArrayList<>();
        for (int i = 0; i < invited.size(); i++) {
            ((i % 2 == 0) == name.equals("first") ? mine : theirs).add(invited.get(i));
        }
        Collections.shuffle(mine);
        Collections.shuffle(theirs);
        ConcurrentLinkedQueue<String> queue = new ConcurrentLinkedQueue<>(mine);
        queue.addAll(theirs);
        CountDownLatch finished = new CountDownLatch(8);
        for (int t = 0; t < 8; t++) {
            Thread.ofPlatform().start(() -> {
                String id;
                while ((id = queue.poll()) != null) {
                    String participation = id;
                    try {
                        asSystem(() -> {
                            links.submit(seal.linkToken(participation), name + "-" + participation, complete(q));
                            return null;
                        });
                        print("ACK " + participation);
                    } catch (UserFacingException e) {
                        print("USED " + participation + " " + e.getMessage());
                    } catch (RuntimeException e) {
                        print("ERR " + participation + " " + e);
                    }
                }
                finished.countDown();
            });
        }
        finished.await();
    }

    private static void print(String line) {
        synchronized (System.out) {
            System.out.println(line);
            System.out.flush();
        }
    }

    private static void awaitFile(Path file) throws InterruptedException {
        while (!Files.exists(file)) {
            Thread.sleep(50);
        }
    }

    static AnswerForm complete(Questionnaire q) {
        Map<String, Integer> scores = new HashMap<>();
        q.statements().forEach(s -> scores.put(s.code(), 4));
        Map<String, AnswerForm.ToolUse> tools = new HashMap<>();
        q.tools().forEach(t -> tools.put(t.code(), new AnswerForm.ToolUse(Frequency.DAILY, 4)));
        return new AnswerForm(scores, tools, Set.of(q.painPoints().getFirst().code()), 8, "Deux instances");
    }

    private static <T> T asSystem(Supplier<T> work) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("system:two-instances", null,
                Role.ADMIN.withImplied().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
