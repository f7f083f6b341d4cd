package app.symetrie.faults;

import app.symetrie.Application;
import app.symetrie.barometer.AnswerForm;
import app.symetrie.barometer.CampaignService;
import app.symetrie.barometer.Frequency;
import app.symetrie.barometer.Questionnaire;
import app.symetrie.barometer.QuestionnaireService;
import app.symetrie.barometer.SurveyLinks;
import app.symetrie.barometer.Wave;
import app.symetrie.barometer.internal.BallotSeal;
import app.symetrie.common.Role;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
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
 * The application as a child process for {@link SubmitKillIT}: the real main class on an embedded file store, plus
 * a driver that, in mode {@code load}, has many people submit at once through their personal survey links (printing
 * {@code ACK <participation>} on stdout each time the application has thanked someone) until its parent kills it;
 * in mode {@code check}, it prints what the store holds of the open wave once the start-up recovery has run, and
 * exits. Copied alone beside the application's classpath (never with the other test classes).
 */
public final class SubmitChild {

    private SubmitChild() {
    }

    public static void main(String[] args) throws Exception {
        String mode = System.getProperty("child.mode", "load");
        ConfigurableApplicationContext context = new SpringApplication(Application.class).run(args);
        MongoTemplate mongo = context.getBean(MongoTemplate.class);
        Wave wave = asSystem(() -> context.getBean(CampaignService.class).openWaves().getFirst());
        if (mode.equals("check")) {
            long pending = mongo.count(Query.query(Criteria.where("waveId").is(wave.id().value())
                    .and("pending").exists(true)), "participations");
            long done = mongo.count(Query.query(Criteria.where("waveId").is(wave.id().value()).and("done").is(true)),
                    "participations");
            long ballots = mongo.count(Query.query(Criteria.where("waveId").is(wave.id().value()).and("void")
                    .ne(true)), "ballots");
            for (Document p : mongo.find(Query.query(Criteria.where("waveId").is(wave.id().value()).and("done")
                    .is(true)), Document.class, "participations")) {
                System.out.println("DONE " + p.getString("_id"));
            }
            for (Document p : mongo.find(Query.query(Criteria.where("waveId").is(wave.id().value()).and("pending")
                    .exists(true)), Document.class, "participations")) {
                System.out.println("PENDING " + p.toJson());
            }
            System.out.println("CHECK pending=" + pending + " done=" + done + " ballots=" + ballots);
            System.out.flush();
            context.close();
            System.exit(0);
        }
        Questionnaire q = asSystem(() -> context.getBean(QuestionnaireService.class)
                .version(wave.questionnaireVersion()));
        BallotSeal seal = context.getBean(BallotSeal.class);
        SurveyLinks links = context.getBean(SurveyLinks.class);
        List<String> waiting = new ArrayList<>();
        mongo.find(Query.query(Criteria.where("waveId").is(wave.id().value()).and("done").is(false)),
                Document.class, "participations").forEach(p -> waiting.add(p.getString("_id")));
        Collections.shuffle(waiting);
        ConcurrentLinkedQueue<String> queue = new ConcurrentLinkedQueue<>(waiting);
        int threads = Integer.getInteger("child.threads", 16);
        CountDownLatch finished = new CountDownLatch(threads);
        System.out.println("READY " + waiting.size());
        System.out.flush();
        for (int t = 0; t < threads; t++) {
            Thread.ofPlatform().start(() -> {
                String id;
                while ((id = queue.poll()) != null) {
                    String participation = id;
                    try {
                        asSystem(() -> {
                            links.submit(seal.linkToken(participation), "kill-test", complete(q));
                            return null;
                        });
                        synchronized (System.out) {
                            System.out.println("ACK " + participation);
                            System.out.flush();
                        }
                    } catch (RuntimeException e) {
                        System.out.println("ERR " + participation + " " + e);
                    }
                }
                finished.countDown();
            });
        }
        finished.await();
        System.out.println("ALL SENT");
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }

    static AnswerForm complete(Questionnaire q) {
        Map<String, Integer> scores = new HashMap<>();
        q.statements().forEach(s -> scores.put(s.code(), 4));
        Map<String, AnswerForm.ToolUse> tools = new HashMap<>();
        q.tools().forEach(t -> tools.put(t.code(), new AnswerForm.ToolUse(Frequency.DAILY, 4)));
        return new AnswerForm(scores, tools, Set.of(q.painPoints().getFirst().code()), 8, "Sous charge");
    }

    private static <T> T asSystem(Supplier<T> work) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("system:kill-test", null,
                Role.ADMIN.withImplied().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
