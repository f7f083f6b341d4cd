package app.symetrie.demo;

import app.symetrie.common.Role;
import app.symetrie.organization.OrganizationService;
import app.symetrie.store.SeedJournal;
import app.symetrie.store.StoreMode;
import app.symetrie.store.StoreUnavailable;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Seeds the demo company. {@code symetrie.demo.seed}: {@code auto} (default) seeds an empty embedded store,
 * {@code always} seeds an empty store of any kind (a real MongoDB too), {@code never} seeds nothing. A store that
 * already holds an organization is never touched — unless it holds a seed that was interrupted: the seed is
 * all-or-nothing ({@link SeedJournal}), so that one is undone and the seed runs again from the start.
 */
@Component
@Order(10)
class DemoSeeder implements ApplicationRunner {

    /** The seed's name in the {@link SeedJournal}; the sign-in page says "preparing the demo company" meanwhile. */
    static final String JOURNAL = SeedJournal.DEMO;

    private static final Logger log = LoggerFactory.getLogger(DemoSeeder.class);

    private final List<DemoStep> steps;
    private final OrganizationService organization;
    private final StoreMode storeMode;
    private final Environment environment;
    private final Clock clock;
    private final SeedJournal journal;

    DemoSeeder(List<DemoStep> steps, OrganizationService organization, StoreMode storeMode, Environment environment,
               Clock clock, SeedJournal journal) {
        this.journal = journal;
        this.steps = steps.stream().sorted(Comparator.comparingInt(DemoStep::order)).toList();
        this.organization = organization;
        this.storeMode = storeMode;
        this.environment = environment;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        StoreUnavailable.atStartup("the demo seed", this::seed);
    }

    void seed() {
        // A seed cut short (a Ctrl-C, a kill) is undone first, whatever the mode: never half a company.
        boolean interrupted = journal.undoInterrupted(JOURNAL);
        String mode = environment.getProperty("symetrie.demo.seed", "auto").strip().toLowerCase(Locale.ROOT);
        boolean wanted = switch (mode) {
            case "always", "true", "on" -> true;
            case "auto", "" -> storeMode.embedded();
            default -> false;
        };
        if (!wanted) {
            return;
        }
        if (!interrupted && (!organization.departments().isEmpty() || organization.employeeCount() > 0)) {
            log.info("Demo company not seeded: the store already holds an organization");
            return;
        }
        long start = System.nanoTime();
        journal.begin(JOURNAL);
        runAsSystem(() -> {
            DemoContext context = new DemoContext(clock);
            for (DemoStep step : steps) {
                long stepStart = System.nanoTime();
                step.seed(context);
                log.info("Demo step {} took {} ms", step.getClass().getSimpleName(),
                        (System.nanoTime() - stepStart) / 1_000_000);
            }
        });
        journal.finish(JOURNAL);
        log.info("Demo company seeded in {} ms ({} departments, {} employees)",
                (System.nanoTime() - start) / 1_000_000, organization.departments().size(),
                organization.employeeCount());
    }

    private static void runAsSystem(Runnable work) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("system:demo-seed", null,
                Role.ADMIN.withImplied().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList()));
        SecurityContextHolder.setContext(context);
        try {
            work.run();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
